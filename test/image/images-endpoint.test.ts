import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { OpenClawRouterImageModel } from '../../src';
import { errorEnvelope } from '../../src/testing';
import { encodeSolidImage, readImageInfo, sampleImageDataUrl } from '../../src/testing/image-samples';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { routers } from '../helpers/model-calls';
import { doGenerateWith } from './support';
import { generateImage } from '../helpers/surface';

const server = useEmulator();
silenceAISDKWarnings();

const { verified: router, sentBody } = routers(server);
const call = doGenerateWith('a red panda astronaut');

describe('choosing the endpoint', () => {
  it('uses POST /images for openai/gpt-image-*, ten images per request', () => {
    const model = router().imageModel('openai/gpt-image-1') as OpenClawRouterImageModel;
    expect(model.endpoint).toBe('images');
    expect(model.maxImagesPerCall).toBe(10);
  });

  it('keeps chat completions for chat-served image models, one image per request', () => {
    for (const id of ['openai/gpt-5-image', 'google/gemini-2.5-flash-image', 'black-forest-labs/flux.2-pro']) {
      const model = router().imageModel(id) as OpenClawRouterImageModel;
      expect([id, model.endpoint, model.maxImagesPerCall]).toEqual([id, 'chat', 1]);
    }
  });

  it('follows an explicit endpoint and maxImagesPerCall', () => {
    const model = router().imageModel('bytedance-seed/seedream-4.5', { endpoint: 'images' }) as OpenClawRouterImageModel;
    expect([model.endpoint, model.maxImagesPerCall]).toEqual(['images', 1]);
    const batched = router().imageModel('bytedance-seed/seedream-4.5', { endpoint: 'images', maxImagesPerCall: 4 });
    expect(batched.maxImagesPerCall).toBe(4);
    const chat = router().imageModel('openai/gpt-image-1', { endpoint: 'chat' }) as OpenClawRouterImageModel;
    expect([chat.endpoint, chat.maxImagesPerCall]).toEqual(['chat', 1]);
  });
});

describe('POST /images', () => {
  it('asks for n images in one request, with the pixel size, seed and /images options, and returns real PNGs', async () => {
    const result = await generateImage({
      model: router().imageModel('openai/gpt-image-1'),
      prompt: 'a red panda astronaut',
      n: 3,
      size: '1024x1536',
      seed: 7,
      providerOptions: { openrouter: { quality: 'high', background: 'transparent', output_format: 'png' } },
    });

    expect(server.emulator.requests).toHaveLength(1);
    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/images');
    expect(request.headers).toMatchObject({ authorization: 'Bearer test-key', 'x-openrouter-title': 'OpenClaw' });
    expect(request.body).toEqual({
      model: 'openai/gpt-image-1',
      prompt: 'a red panda astronaut',
      n: 3,
      size: '1024x1536',
      quality: 'high',
      background: 'transparent',
      output_format: 'png',
      seed: 7,
    });

    expect(result.images).toHaveLength(3);
    for (const image of result.images) {
      expect(image.mediaType).toBe('image/png');
      // The emulator draws the size it received (1024x1536, scaled down).
      expect(readImageInfo(image.uint8Array)).toEqual({ mediaType: 'image/png', width: 43, height: 64 });
    }
    expect(result.providerMetadata.openrouter.images).toEqual([
      {
        mediaType: 'image/png',
        generationId: 'gen-emulator-1',
        usage: {
          promptTokens: 4,
          completionTokens: 3000,
          totalTokens: 3004,
          cost: 0.006004,
          isByok: false,
          promptTokensDetails: { cachedTokens: 0, cacheWriteTokens: 0 },
          completionTokensDetails: { reasoningTokens: 0 },
          costDetails: { upstreamInferencePromptCost: 0.000004, upstreamInferenceCompletionsCost: 0.006 },
        },
      },
      { mediaType: 'image/png', generationId: 'gen-emulator-1' },
      { mediaType: 'image/png', generationId: 'gen-emulator-1' },
    ]);
  });

  it('splits more than ten images across requests', async () => {
    const result = await generateImage({ model: router().imageModel('openai/gpt-image-1'), prompt: 'tiles', n: 12 });
    expect(server.emulator.requests.map((request) => request.body.n).sort()).toEqual([10, 2]);
    expect(result.images).toHaveLength(12);
  });

  it('returns JPEG and WebP images with their media types and sizes intact', async () => {
    server.emulator.enqueue({
      type: 'json',
      headers: { 'x-generation-id': 'gen-formats' },
      body: {
        created: 1767225600,
        data: [
          { b64_json: encodeSolidImage('jpeg', 1536, 1024, [0xeb, 0x57, 0x57]).toString('base64'), media_type: 'image/jpeg' },
          { b64_json: encodeSolidImage('webp', 1024, 1536, [0x27, 0xae, 0x60]).toString('base64') },
        ],
        usage: { prompt_tokens: 5, completion_tokens: 2000, total_tokens: 2005, cost: 0.04 },
      },
    });
    const result = await generateImage({
      model: router().imageModel('openai/gpt-image-1'),
      prompt: 'two formats',
      n: 2,
      providerOptions: { openrouter: { output_format: 'jpeg', output_compression: 80 } },
    });
    expect(result.images.map((image) => [image.mediaType, readImageInfo(image.uint8Array)])).toEqual([
      ['image/jpeg', { mediaType: 'image/jpeg', width: 1536, height: 1024 }],
      ['image/webp', { mediaType: 'image/webp', width: 1024, height: 1536 }],
    ]);
    expect(result.providerMetadata.openrouter.images).toEqual([
      { mediaType: 'image/jpeg', generationId: 'gen-formats', usage: { promptTokens: 5, completionTokens: 2000, totalTokens: 2005, cost: 0.04 } },
      { mediaType: 'image/webp', generationId: 'gen-formats' },
    ]);
    expect(sentBody()).toMatchObject({ output_format: 'jpeg', output_compression: 80 });
  });

  it('maps aspect ratios and image_config onto the /images fields', async () => {
    const model = router().imageModel('bytedance-seed/seedream-4.5', { endpoint: 'images' });
    const result = await call(model, { aspectRatio: '16:9', providerOptions: { openrouter: { image_config: { image_size: '4K' } } } });
    expect(sentBody()).toEqual({ model: 'bytedance-seed/seedream-4.5', prompt: 'a red panda astronaut', n: 1, aspect_ratio: '16:9', resolution: '4K' });
    expect(result.warnings).toEqual([]);
  });

  it('sends the nearest aspect ratio the endpoint takes, with a warning', async () => {
    const result = await call(router().imageModel('openai/gpt-image-1'), { aspectRatio: '7:5' });
    expect(sentBody().aspect_ratio).toBe('4:3');
    expect(result.warnings).toEqual([
      { type: 'other', message: 'aspectRatio "7:5" is not one OpenRouter\'s /images endpoint takes; sent the nearest, aspect_ratio "4:3".' },
    ]);
  });

  it('sends a size alone: a different aspect ratio beside it would be rejected', async () => {
    const result = await call(router().imageModel('openai/gpt-image-1'), { size: '1024x1024', aspectRatio: '16:9' });
    expect(sentBody().size).toBe('1024x1024');
    expect(sentBody().aspect_ratio).toBeUndefined();
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'aspectRatio "16:9" was not sent: size "1024x1024" fixes the dimensions, and OpenRouter rejects a different aspect ratio beside it.',
      },
    ]);
    const matching = await call(router().imageModel('openai/gpt-image-1'), { size: '1536x1024', aspectRatio: '3:2' });
    expect(matching.warnings).toEqual([]);
  });

  it('sends input images as input_references', async () => {
    const png = sampleImageDataUrl('png', 8, 8);
    await call(router().imageModel('openai/gpt-image-1'), {
      files: [{ type: 'url', url: 'https://example.com/room.jpg' }],
      providerOptions: { openrouter: { inputImages: [png] } },
    });
    expect(sentBody().input_references).toEqual([
      { type: 'image_url', image_url: { url: 'https://example.com/room.jpg' } },
      { type: 'image_url', image_url: { url: png } },
    ]);
  });

  it('keeps only the routing fields /images takes, and names the rest', async () => {
    const model = router({ provider: { zdr: true, order: ['openai'] } }).imageModel('openai/gpt-image-1');
    const result = await call(model, {
      providerOptions: {
        openrouter: { provider: { allow_fallbacks: false, max_price: { image: 0.1 } }, models: ['openai/gpt-image-1-mini'], modalities: ['image'], user: 'u1' },
      },
    });
    expect(sentBody().provider).toEqual({ order: ['openai'], allow_fallbacks: false });
    expect(sentBody().models).toBeUndefined();
    expect(result.warnings.map((warning) => (warning as { message: string }).message)).toEqual([
      'modalities was not sent: the /images endpoint always answers with images.',
      'user was not sent: the /images endpoint has no user field.',
      'models (fallback models) was not sent: the /images endpoint takes one model.',
      'provider.zdr was not sent: the /images endpoint routes by order, only, ignore, allow_fallbacks, sort, options only.',
      'provider.max_price was not sent: the /images endpoint routes by order, only, ignore, allow_fallbacks, sort, options only.',
    ]);
  });

  it('names image_config fields /images has no place for', async () => {
    const result = await call(router().imageModel('openai/gpt-image-1'), {
      providerOptions: { openrouter: { image_config: { font_inputs: [] } } },
    });
    expect(sentBody().font_inputs).toBeUndefined();
    expect(result.warnings).toEqual([
      { type: 'other', message: "image_config.font_inputs [] was not sent: OpenRouter's /images endpoint (used for openai/gpt-image-1) has no image_config." },
    ]);
  });

  it('needs a prompt', async () => {
    await expect(call(router().imageModel('openai/gpt-image-1'), { prompt: '  ' })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.emulator.requests).toHaveLength(0);
  });
});

describe('POST /images failures', () => {
  it('a 402 is an APICallError with OpenRouter’s message', async () => {
    server.emulator.enqueue({ type: 'json', status: 402, body: errorEnvelope(402, 'Insufficient credits') });
    const error = await generateImage({ model: router().imageModel('openai/gpt-image-1'), prompt: 'x' }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 402, isRetryable: false, message: 'OpenRouter error 402: Insufficient credits' });
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('a reply with no image data is an error naming the model', async () => {
    server.emulator.enqueue({ type: 'json', body: { created: 1767225600, data: [] } });
    await expect(call(router().imageModel('openai/gpt-image-1'))).rejects.toThrow(
      'OpenRouter model openai/gpt-image-1 returned no image. It answered with no text either.',
    );
  });

  it('a reply that is not an image list says what came back', async () => {
    server.emulator.enqueue({ type: 'raw', body: '<html>Bad gateway</html>', contentType: 'text/html' });
    await expect(call(router().imageModel('openai/gpt-image-1'))).rejects.toThrow('OpenRouter returned a reply that is not JSON (text/html): <html>Bad gateway</html>');
  });
});
