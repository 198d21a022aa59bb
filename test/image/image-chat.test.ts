import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { chatCompletion, errorEnvelope } from '../../src/testing';
import { encodeSolidImage, readImageInfo, sampleImageDataUrl } from '../../src/testing/image-samples';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { routers } from '../helpers/model-calls';
import { doGenerateWith } from './support';
import { generateImage } from '../helpers/surface';

const server = useEmulator({ knownModels: ['recraft/recraft-v3', 'microsoft/mai-image-2.5', 'example/new-image-model'] });
silenceAISDKWarnings();

const { verified: router, proxy, sentBody } = routers(server);
const call = doGenerateWith('a lighthouse at dusk');
const bodies = () => server.emulator.requests.map((request) => request.body);

const EMULATOR_USAGE = {
  promptTokens: 4,
  completionTokens: 1007,
  totalTokens: 1011,
  cost: 0.002018,
  isByok: false,
  promptTokensDetails: { cachedTokens: 0, cacheWriteTokens: 0 },
  completionTokensDetails: { reasoningTokens: 0 },
  costDetails: { upstreamInferencePromptCost: 0.000004, upstreamInferenceCompletionsCost: 0.002014 },
};

describe('Gemini image generation over chat completions', () => {
  it('sends the prompt, both modalities, the aspect ratio and image_size, and returns a real PNG', async () => {
    const result = await generateImage({
      model: router().imageModel(),
      prompt: 'a lighthouse at dusk',
      aspectRatio: '16:9',
      providerOptions: { openrouter: { image_config: { image_size: '2K' } } },
    });

    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
    expect(request.body).toEqual({
      model: 'google/gemini-3.1-flash-image-preview',
      messages: [{ role: 'user', content: 'a lighthouse at dusk' }],
      modalities: ['image', 'text'],
      image_config: { aspect_ratio: '16:9', image_size: '2K' },
    });
    expect(request.headers).toMatchObject({
      authorization: 'Bearer test-key',
      'http-referer': 'https://openclaw.ai',
      'x-openrouter-title': 'OpenClaw',
      'x-openrouter-categories': 'cli-agent',
    });

    expect(result.images).toHaveLength(1);
    expect(result.image.mediaType).toBe('image/png');
    expect(result.image.uint8Array.subarray(0, 8)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The emulator draws the ratio it received: 16:9 reached OpenRouter.
    expect(readImageInfo(result.image.uint8Array)).toEqual({ mediaType: 'image/png', width: 64, height: 36 });
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({
      openrouter: {
        images: [
          {
            mediaType: 'image/png',
            generationId: 'gen-emulator-1',
            text: 'Here is the image you asked for.',
            usage: EMULATOR_USAGE,
          },
        ],
      },
    });
  });

  it('reports the reply text, usage, model and generation id beside the images to doGenerate callers', async () => {
    const result = await call(router().imageModel());
    expect(result.providerMetadata).toEqual({
      openrouter: {
        images: [{ mediaType: 'image/png', generationId: 'gen-emulator-1', text: 'Here is the image you asked for.', usage: EMULATOR_USAGE }],
        generationId: 'gen-emulator-1',
        model: 'google/gemini-3.1-flash-image-preview',
        provider: 'Google',
        text: 'Here is the image you asked for.',
        usage: EMULATOR_USAGE,
      },
    });
    expect(result.response).toMatchObject({ modelId: 'google/gemini-3.1-flash-image-preview', timestamp: new Date(1767225600 * 1000) });
    expect((result as unknown as { usage: unknown }).usage).toEqual({ inputTokens: 4, outputTokens: 1007, totalTokens: 1011 });
  });

  it('uses google/gemini-3.1-flash-image-preview by default and reads OpenClaw refs', async () => {
    expect(router().imageModel().modelId).toBe('google/gemini-3.1-flash-image-preview');
    expect(router().image('openrouter/google/gemini-2.5-flash-image').modelId).toBe('google/gemini-2.5-flash-image');
    expect(router().imageModel().provider).toBe('openrouter.image');
    expect(router().imageModel().maxImagesPerCall).toBe(1);
  });
});

describe('modalities', () => {
  it.each([
    ['black-forest-labs/flux.2-pro', ['image']],
    ['sourceful/riverflow-v2-pro', ['image']],
    ['recraft/recraft-v3', ['image']],
    ['bytedance-seed/seedream-4.5', ['image']],
    ['microsoft/mai-image-2.5', ['image']],
    ['google/gemini-2.5-flash-image', ['image', 'text']],
    ['openai/gpt-5-image-mini', ['image', 'text']],
  ])('%s gets %j', async (modelId, modalities) => {
    await call(router().imageModel(modelId));
    expect(sentBody().modalities).toEqual(modalities);
  });

  it('can be set on the model or per call', async () => {
    await call(router().imageModel('example/new-image-model', { modalities: ['image'] }));
    expect(sentBody().modalities).toEqual(['image']);
    await call(router().imageModel('black-forest-labs/flux.2-pro'), { providerOptions: { openrouter: { modalities: ['image', 'text'] } } });
    expect(sentBody().modalities).toEqual(['image', 'text']);
  });

  it('must include "image"', () => {
    expect(() => router().imageModel('x/y', { modalities: ['text'] })).toThrow(/modalities: must include "image"/);
  });
});

describe('size and aspect ratio', () => {
  it('maps a Gemini size to the nearest aspect ratio and size tier, and says what was sent', async () => {
    const result = await call(router().imageModel('google/gemini-2.5-flash-image'), { size: '2048x1152' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '16:9', image_size: '2K' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'size "2048x1152" is not sent as pixels: OpenRouter\'s chat image API takes an aspect ratio and a size tier. Sent image_config aspect_ratio "16:9" and image_size "2K".',
      },
    ]);
  });

  it('rounds an odd size to the nearest ratio, and to a tier with at least its pixels', async () => {
    await call(router().imageModel('google/gemini-2.5-flash-image'), { size: '900x1200' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '3:4', image_size: '1K' });
    await call(router().imageModel('google/gemini-2.5-flash-image'), { size: '1920x1080' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '16:9', image_size: '2K' });
  });

  it('uses the 0.5K tier only where OpenRouter documents it', async () => {
    await call(router().imageModel(), { size: '512x512' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '1:1', image_size: '0.5K' });
    await call(router().imageModel('google/gemini-3-pro-image-preview'), { size: '512x512' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '1:1', image_size: '1K' });
  });

  it('sends only the aspect ratio for a non-Gemini model, and warns that no size tier went', async () => {
    const result = await call(router().imageModel('black-forest-labs/flux.2-pro'), { size: '1024x1536' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '2:3' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'size "1024x1536" is not sent as pixels: OpenRouter\'s chat image API takes an aspect ratio and a size tier. Sent image_config aspect_ratio "2:3". No image_size was derived for black-forest-labs/flux.2-pro (only Gemini models are known to take it); set providerOptions.openrouter.image_config.image_size to ask for one.',
      },
    ]);
  });

  it('keeps the asked aspect ratio when a size is given too', async () => {
    const result = await call(router().imageModel('google/gemini-2.5-flash-image'), { size: '1024x1024', aspectRatio: '9:16' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '9:16', image_size: '1K' });
    expect(result.warnings[0]).toMatchObject({ message: expect.stringContaining('aspect_ratio "9:16" from aspectRatio, not the ratio of the size') });
  });

  it('sends the extended ratios to google/gemini-3.1-flash-image-preview as they are', async () => {
    const result = await call(router().imageModel(), { aspectRatio: '1:4' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '1:4' });
    expect(result.warnings).toEqual([]);
  });

  it('replaces a ratio the model does not take by the nearest one, with a warning', async () => {
    const result = await call(router().imageModel('google/gemini-2.5-flash-image'), { aspectRatio: '1:4' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '9:16' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'aspectRatio "1:4" is not one google/gemini-2.5-flash-image takes; sent the nearest, image_config.aspect_ratio "9:16" (supported: 1:1, 2:3, 3:2, 3:4, 4:3, 4:5, 5:4, 9:16, 16:9, 21:9).',
      },
    ]);
  });

  it('reads an unreduced ratio as the same ratio, without a warning', async () => {
    const result = await call(router().imageModel(), { aspectRatio: '32:18' });
    expect(sentBody().image_config).toEqual({ aspect_ratio: '16:9' });
    expect(result.warnings).toEqual([]);
  });

  it("lets the call's image_config win over a derived hint, and says so", async () => {
    const model = router().imageModel('google/gemini-2.5-flash-image', { image_config: { image_size: '4K', aspect_ratio: '1:1' } });
    const result = await call(model, { aspectRatio: '16:9', providerOptions: { openrouter: { image_config: { aspect_ratio: '4:3' } } } });
    expect(sentBody().image_config).toEqual({ image_size: '4K', aspect_ratio: '4:3' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'image_config.aspect_ratio "16:9" derived from the call\'s aspectRatio/size was replaced by providerOptions.openrouter.image_config.aspect_ratio "4:3".',
      },
    ]);
  });

  it('passes provider-specific image_config fields through', async () => {
    const fonts = [{ font_url: 'https://example.com/font.ttf', text: 'SALE' }];
    await call(router().imageModel('sourceful/riverflow-v2-pro'), { providerOptions: { openrouter: { image_config: { font_inputs: fonts } } } });
    expect(sentBody().image_config).toEqual({ font_inputs: fonts });
  });

  it('turns the /images `resolution` option into image_size', async () => {
    await call(router().imageModel(), { providerOptions: { openrouter: { resolution: '512' } } });
    expect(sentBody().image_config).toEqual({ image_size: '0.5K' });
  });

  it('passes the seed through', async () => {
    await call(router().imageModel(), { seed: 42 });
    expect(sentBody().seed).toBe(42);
  });
});

describe('several images', () => {
  it('generateImage({ n: 4 }) sends one request per image and returns 4 images', async () => {
    const result = await generateImage({ model: router().imageModel(), prompt: 'four kittens', n: 4 });
    expect(server.emulator.requests).toHaveLength(4);
    expect(bodies().every((body) => body.n === undefined)).toBe(true);
    expect(result.images).toHaveLength(4);
    for (const image of result.images) expect(readImageInfo(image.uint8Array)).toEqual({ mediaType: 'image/png', width: 64, height: 64 });
    const generationIds = (result.providerMetadata.openrouter.images as Array<{ generationId: string }>).map((entry) => entry.generationId);
    expect(new Set(generationIds).size).toBe(4);
  });

  it('returns every image of one reply, each with its media type and size intact', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({
        id: 'gen-three',
        model: 'google/gemini-2.5-flash-image',
        provider: 'Google',
        message: {
          content: 'Three takes.',
          images: [
            { type: 'image_url', image_url: { url: sampleImageDataUrl('png', 96, 64) } },
            { type: 'image_url', image_url: { url: sampleImageDataUrl('jpeg', 1344, 768, [0xeb, 0x57, 0x57]) } },
            { type: 'image_url', image_url: { url: sampleImageDataUrl('webp', 768, 1344, [0x27, 0xae, 0x60]) } },
          ],
        },
      }),
    });
    const result = await generateImage({ model: router().imageModel('google/gemini-2.5-flash-image'), prompt: 'three takes' });

    expect(result.images.map((image) => readImageInfo(image.uint8Array))).toEqual([
      { mediaType: 'image/png', width: 96, height: 64 },
      { mediaType: 'image/jpeg', width: 1344, height: 768 },
      { mediaType: 'image/webp', width: 768, height: 1344 },
    ]);
    expect(result.images.map((image) => image.mediaType)).toEqual(['image/png', 'image/jpeg', 'image/webp']);
    expect(result.images[1].uint8Array.subarray(0, 3)).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
    expect(Buffer.from(result.images[2].uint8Array.subarray(8, 12)).toString('ascii')).toBe('WEBP');
    const entries = result.providerMetadata.openrouter.images as Array<Record<string, unknown>>;
    expect(entries.map((entry) => entry.mediaType)).toEqual(['image/png', 'image/jpeg', 'image/webp']);
    expect(entries[0]).toMatchObject({ generationId: 'gen-three', text: 'Three takes.' });
    expect(entries[1]).toEqual({ mediaType: 'image/jpeg', generationId: 'gen-three' });
  });

  it('warns when asked for several images in one chat request', async () => {
    const result = await call(router().imageModel(), { n: 2 });
    expect(sentBody().n).toBeUndefined();
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'n=2 cannot be asked of a chat completion: it returns the images the model draws in one reply. Leave maxImagesPerCall at 1 so the AI SDK sends one request per image.',
      },
    ]);
  });
});

describe('editing', () => {
  it('sends the input images as image_url parts after the text part (AI SDK 5: providerOptions.openrouter.inputImages)', async () => {
    const jpeg = sampleImageDataUrl('jpeg', 32, 32);
    const bareWebp = encodeSolidImage('webp', 16, 16, [1, 2, 3]).toString('base64');
    await generateImage({
      model: router().imageModel(),
      prompt: 'make the sky purple',
      providerOptions: { openrouter: { inputImages: [jpeg, 'https://example.com/cat.png', bareWebp] } },
    });
    expect(sentBody().messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'make the sky purple' },
          { type: 'image_url', image_url: { url: jpeg } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
          { type: 'image_url', image_url: { url: `data:image/webp;base64,${bareWebp}` } },
        ],
      },
    ]);
  });

  it('sends AI SDK 6/7 `files` first, and warns that a mask cannot be sent', async () => {
    const png = encodeSolidImage('png', 8, 8, [9, 9, 9]);
    const result = await call(router().imageModel(), {
      files: [
        { type: 'file', mediaType: 'image/png', data: new Uint8Array(png) },
        { type: 'url', url: 'https://example.com/dog.jpg' },
      ],
      mask: { type: 'file', mediaType: 'image/png', data: png.toString('base64') },
      providerOptions: { openrouter: { inputImages: ['https://example.com/style.png'] } },
    });
    expect(sentBody().messages[0].content).toEqual([
      { type: 'text', text: 'a lighthouse at dusk' },
      { type: 'image_url', image_url: { url: `data:image/png;base64,${png.toString('base64')}` } },
      { type: 'image_url', image_url: { url: 'https://example.com/dog.jpg' } },
      { type: 'image_url', image_url: { url: 'https://example.com/style.png' } },
    ]);
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'The mask was not sent: OpenRouter image models take no mask. Describe the area to change in the prompt instead.',
      },
    ]);
  });

  it('needs a prompt or an input image', async () => {
    await expect(call(router().imageModel(), { prompt: '' })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(server.emulator.requests).toHaveLength(0);
    await call(router().imageModel(), { prompt: '', providerOptions: { openrouter: { inputImages: ['https://example.com/a.png'] } } });
    expect(sentBody().messages[0].content).toEqual([{ type: 'image_url', image_url: { url: 'https://example.com/a.png' } }]);
  });
});

describe('replies without an image and errors', () => {
  it('a reply without an image fails with the model and its answer, and is not retried', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ model: 'google/gemini-2.5-flash-image', message: { content: 'I cannot draw real people.' } }),
    });
    const error = await generateImage({ model: router().imageModel('google/gemini-2.5-flash-image'), prompt: 'the president' }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect((error as APICallError).message).toBe(
      'OpenRouter model google/gemini-2.5-flash-image returned no image (finish reason: stop). It answered with text instead: "I cannot draw real people."',
    );
    expect((error as APICallError).isRetryable).toBe(false);
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('names image links, which are not downloaded', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ message: { content: '', images: [{ type: 'image_url', image_url: { url: 'https://cdn.example/x.png' } }] } }),
    });
    await expect(call(router().imageModel())).rejects.toThrow(
      'OpenRouter model google/gemini-3.1-flash-image-preview returned no image (finish reason: stop). It returned image links, which are not downloaded: https://cdn.example/x.png. It answered with no text either.',
    );
  });

  it('a 402 is an APICallError with OpenRouter’s message, not retried', async () => {
    server.emulator.enqueue({
      type: 'json',
      status: 402,
      body: errorEnvelope(402, 'Insufficient credits. Add more using https://openrouter.ai/credits'),
    });
    const error = await generateImage({ model: router().imageModel(), prompt: 'a cat' }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      statusCode: 402,
      isRetryable: false,
      message: 'OpenRouter error 402: Insufficient credits. Add more using https://openrouter.ai/credits',
      url: 'https://openrouter.ai/api/v1/chat/completions',
    });
    expect(JSON.stringify((error as APICallError).requestBodyValues)).not.toContain('test-key');
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('an error envelope inside a 200 is an error with its code and upstream cause', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: errorEnvelope(502, 'Provider returned error', { provider_name: 'Google', raw: '{"error":{"message":"Image generation quota exceeded"}}' }),
    });
    await expect(call(router().imageModel())).rejects.toMatchObject({
      statusCode: 502,
      isRetryable: true,
      message: 'OpenRouter error 502: Provider returned error (provider: Google) - Image generation quota exceeded',
    });
  });
});

describe('routing, headers and options', () => {
  it('merges provider routing from provider, model and call settings, as chat does', async () => {
    const model = router({ provider: { order: ['google-vertex'], allow_fallbacks: false } }).imageModel('google/gemini-2.5-flash-image', { provider: { sort: 'price' } });
    await call(model, { providerOptions: { openrouter: { provider: { order: ['google-ai-studio'] }, models: ['google/gemini-3-pro-image-preview'] } } });
    expect(sentBody()).toEqual({
      model: 'google/gemini-2.5-flash-image',
      messages: [{ role: 'user', content: 'a lighthouse at dusk' }],
      modalities: ['image', 'text'],
      provider: { order: ['google-ai-studio'], allow_fallbacks: false, sort: 'price' },
      models: ['google/gemini-3-pro-image-preview'],
    });
  });

  it('sends no attribution headers to a base URL that is not openrouter.ai', async () => {
    await call(proxy().imageModel());
    const { headers } = server.emulator.lastRequest();
    expect(headers.authorization).toBe('Bearer test-key');
    expect(headers['http-referer']).toBeUndefined();
    expect(headers['x-openrouter-title']).toBeUndefined();
  });

  it('merges call headers over the provider headers', async () => {
    await call(router({ headers: { 'X-Team': 'design' } }).imageModel(), { headers: { 'X-Request': 'r1', 'X-OpenRouter-Title': 'Studio' } });
    expect(server.emulator.lastRequest().headers).toMatchObject({ 'x-team': 'design', 'x-request': 'r1', 'x-openrouter-title': 'Studio' });
  });

  it('reports options an image request cannot use instead of dropping them unseen', async () => {
    const result = await call(router().imageModel(), {
      providerOptions: { openrouter: { reasoning: { effort: 'high' }, quality: 'high', extraBody: { user: 'u-7' } } },
    });
    expect(sentBody()).toMatchObject({ user: 'u-7' });
    expect(sentBody().reasoning).toBeUndefined();
    expect(sentBody().quality).toBeUndefined();
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'providerOptions.openrouter.reasoning is not an image option and was not sent. Put raw body fields in providerOptions.openrouter.extraBody.',
      },
      {
        type: 'other',
        message:
          'quality "high" was not sent: it is a field of OpenRouter\'s /images endpoint, which this model does not use (set { endpoint: "images" } on the model to use it).',
      },
    ]);
  });

  it("puts the provider's extraBody under every option, and the model's and call's extraBody over them", async () => {
    const model = router({ extraBody: { modalities: ['text'], user: 'provider-user', trace: { tag: 'p' } } }).imageModel('google/gemini-2.5-flash-image', {
      extraBody: { trace: { tag: 'model' } },
    });
    await call(model, { providerOptions: { openrouter: { user: 'call-user' } } });
    expect(sentBody()).toMatchObject({ modalities: ['image', 'text'], user: 'call-user', trace: { tag: 'model' } });
    await call(model, { providerOptions: { openrouter: { extraBody: { trace: { tag: 'call' } } } } });
    expect(sentBody()).toMatchObject({ user: 'provider-user', trace: { tag: 'call' } });
  });

  it('keeps model and messages even when extraBody names them', async () => {
    await call(router().imageModel(), { providerOptions: { openrouter: { extraBody: { model: 'other/model', messages: [], stream: true } } } });
    expect(sentBody()).toEqual({
      model: 'google/gemini-3.1-flash-image-preview',
      messages: [{ role: 'user', content: 'a lighthouse at dusk' }],
      modalities: ['image', 'text'],
    });
  });

  it('rejects unknown model settings and model-only call options with a clear error', async () => {
    expect(() => router().imageModel('x/y', { aspect: '1:1' } as never)).toThrow(/unknown option\(s\) "aspect"/);
    await expect(call(router().imageModel(), { providerOptions: { openrouter: { endpoint: 'images' } } })).rejects.toThrow(
      'providerOptions.openrouter.endpoint is a model setting: pass it as router.imageModel(id, { endpoint: ... }).',
    );
    await expect(call(router().imageModel(), { providerOptions: { openrouter: { image_config: 'big' } } })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
