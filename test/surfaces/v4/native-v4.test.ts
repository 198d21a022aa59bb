import type { LanguageModelV4StreamPart } from '@ai-sdk/provider-v4';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { createProviderRegistry, customProvider, embed, generateImage, generateText, streamText, wrapLanguageModel } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../../../src/v4';
import { chatChunk, chatCompletion, usageChunk } from '../../../src/testing';
import { useEmulator } from '../../helpers/emulator';
import { CACHED_USAGE, collectPrintedNotices, GEMINI_SAME_READ_WRITE_USAGE, NESTED_CACHED_USAGE } from '../native-notices';

const server = useEmulator();
const notices = collectPrintedNotices();
const router = () => createOpenClawRouter({ apiKey: 'test-key', baseURL: server.baseURL });
/** The usage object exactly as the emulator sent it (its builders add cost details to the counts given). */
const sentUsage = () => (server.emulator.lastRequest().reply as { body: { usage: unknown } }).body.usage;
const HI = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }] }];

describe('openclaw-router/v4 is a native ProviderV4', () => {
  it('declares v3 on the provider and on every model, with the provider names of the V2 models', () => {
    const provider = router();
    expect(provider.specificationVersion).toBe('v4');
    expect(provider('openai/gpt-5')).toMatchObject({ specificationVersion: 'v4', provider: 'openrouter.chat', modelId: 'openai/gpt-5' });
    expect(provider.chat('openai/gpt-5').specificationVersion).toBe('v4');
    expect(provider.imageModel()).toMatchObject({ specificationVersion: 'v4', provider: 'openrouter.image' });
    expect(provider.embeddingModel('openai/text-embedding-3-small')).toMatchObject({ specificationVersion: 'v4', provider: 'openrouter.embedding' });
    // Official 3.x offers the older name on AI SDK 7 too, so code written for it keeps working.
    expect(provider.textEmbeddingModel('openai/text-embedding-3-small')).toMatchObject({ specificationVersion: 'v4', provider: 'openrouter.embedding' });
  });

  it('generateText on ai 7 prints no compatibility notice and reports the native usage and raw finish reason', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ usage: CACHED_USAGE, finish_reason: 'stop' }) });
    const result = await generateText({ model: router()('anthropic/claude-sonnet-4.5'), prompt: 'Hi' });
    expect(notices()).toEqual([]);
    expect(result.usage).toEqual({
      inputTokens: 1200,
      inputTokenDetails: { noCacheTokens: 50, cacheReadTokens: 1000, cacheWriteTokens: 150 },
      outputTokens: 300,
      outputTokenDetails: { textTokens: 180, reasoningTokens: 120 },
      totalTokens: 1500,
      raw: sentUsage(),
    });
    expect(result.finishReason).toBe('stop');
    expect(result.rawFinishReason).toBe('stop');
  });

  it("doGenerate returns the spec's nested usage and {unified, raw} finish reason", async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ usage: CACHED_USAGE, finish_reason: 'length' }) });
    const result = await router()('openai/gpt-5').doGenerate({ prompt: HI });
    expect(result.usage).toEqual({ ...NESTED_CACHED_USAGE, raw: sentUsage() });
    expect(result.finishReason).toEqual({ unified: 'length', raw: 'length' });
  });

  it('counts a cache read that is also reported as a write once', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ usage: GEMINI_SAME_READ_WRITE_USAGE }) });
    const result = await router()('google/gemini-2.5-flash').doGenerate({ prompt: HI });
    expect(result.usage.inputTokens).toEqual({ total: 100, noCache: 20, cacheRead: 80, cacheWrite: 80 });
    expect(result.usage.outputTokens).toEqual({ total: 10, text: 10, reasoning: 0 });
  });

  it('a stream ends with the nested usage and a finish reason V4 can name (no reason: other, raw undefined)', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ role: 'assistant', content: 'Hi.' }), usageChunk(CACHED_USAGE)],
      done: true,
    });
    const { stream } = await router()('openai/gpt-5').doStream({ prompt: HI });
    const parts: LanguageModelV4StreamPart[] = await convertReadableStreamToArray(stream);
    const finish = parts[parts.length - 1];
    expect(finish).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'other', raw: undefined },
      usage: { inputTokens: NESTED_CACHED_USAGE.inputTokens, outputTokens: NESTED_CACHED_USAGE.outputTokens },
    });
    expect((finish as { usage: { raw: unknown } }).usage.raw).toEqual(usageChunk(CACHED_USAGE).usage);
  });

  it('streamText on ai 7 prints no notice and sees the cache writes', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ role: 'assistant', content: 'Hi.' }), chatChunk({}, { finish_reason: 'stop' }), usageChunk(CACHED_USAGE)],
    });
    const result = streamText({ model: router()('anthropic/claude-sonnet-4.5'), prompt: 'Hi' });
    expect(await result.text).toBe('Hi.');
    expect((await result.usage).inputTokenDetails).toEqual({ noCacheTokens: 50, cacheReadTokens: 1000, cacheWriteTokens: 150 });
    expect(notices()).toEqual([]);
  });

  it('warnings use the V4 kinds', async () => {
    const result = await router()('openai/gpt-5').doGenerate({
      prompt: HI,
      tools: [{ type: 'provider', id: 'anthropic.web_search', name: 'web_search', args: {} }],
    });
    expect(result.warnings).toEqual([
      {
        type: 'unsupported',
        feature: 'tool "web_search"',
        details:
          'Provider-defined tool "anthropic.web_search" is not sent: it belongs to another provider. OpenRouter\'s own server tools come from router.tools (web search, web fetch, datetime, ...).',
      },
    ]);
  });

  it('createProviderRegistry and customProvider take the provider as it is; wrapLanguageModel keeps the finish reason', async () => {
    const provider = router();
    const registry = createProviderRegistry({ openrouter: provider });
    const custom = customProvider({ languageModels: { fast: provider('openai/gpt-5-mini') }, fallbackProvider: provider });
    const wrapped = wrapLanguageModel({ model: registry.languageModel('openrouter:openai/gpt-5'), middleware: { specificationVersion: 'v4' } });

    const viaWrapped = await generateText({ model: wrapped, prompt: 'Hi' });
    const viaCustom = await generateText({ model: custom.languageModel('fast'), prompt: 'Hi' });
    expect(viaWrapped.finishReason).toBe('stop');
    expect(viaCustom.text).toBe('You said: Hi');
    expect(notices()).toEqual([]);
  });

  it("generated files carry V4's tagged data", async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ message: { content: '', images: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }] } }),
    });
    const result = await router()('google/gemini-2.5-flash-image').doGenerate({ prompt: HI });
    expect(result.content).toEqual([{ type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'iVBORw0KGgo=' } }]);
  });

  it('tagged file data in the prompt is sent as bytes or a URL', async () => {
    await router()('openai/gpt-5').doGenerate({
      prompt: [
        {
          role: 'user',
          content: [
            { type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'iVBORw0KGgo=' } },
            { type: 'file', mediaType: 'image/jpeg', data: { type: 'url', url: new URL('https://example.com/cat.jpg') } },
          ],
        },
      ],
    });
    expect((server.emulator.lastRequest().body as { messages: unknown }).messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
        ],
      },
    ]);
  });

  it('the reasoning call option maps like a thinking level', async () => {
    await generateText({ model: router()('anthropic/claude-sonnet-4.5'), prompt: 'Hi', reasoning: 'high' });
    expect((server.emulator.lastRequest().body as { reasoning?: unknown }).reasoning).toEqual({ effort: 'high' });
  });

  it('the dimensions call option reaches OpenRouter; providerOptions.openrouter.dimensions wins over it', async () => {
    const model = router().embeddingModel('openai/text-embedding-3-small');
    await model.doEmbed({ values: ['a'], dimensions: 64 });
    expect(server.emulator.lastRequest().body).toMatchObject({ dimensions: 64 });
    await model.doEmbed({ values: ['a'], dimensions: 64, providerOptions: { openrouter: { dimensions: 32 } } });
    expect(server.emulator.lastRequest().body).toMatchObject({ dimensions: 32 });
  });

  it('image models take files for edits and say a mask cannot be honoured', async () => {
    const model = router().imageModel();
    expect(model).toMatchObject({ supportsFileInputs: true, supportsMaskInputs: false });
    const result = await model.doGenerate({
      prompt: 'make it blue',
      n: 1,
      size: undefined,
      aspectRatio: undefined,
      seed: undefined,
      files: [{ type: 'url', url: 'https://example.com/in.png' }],
      mask: { type: 'url', url: 'https://example.com/mask.png' },
      providerOptions: {},
    });
    const content = (server.emulator.lastRequest().body as { messages: Array<{ content: unknown }> }).messages[0].content;
    expect(content).toEqual([
      { type: 'text', text: 'make it blue' },
      { type: 'image_url', image_url: { url: 'https://example.com/in.png' } },
    ]);
    expect(result.warnings).toEqual([
      { type: 'other', message: 'The mask was not sent: OpenRouter image models take no mask. Describe the area to change in the prompt instead.' },
    ]);
  });

  it('embed and generateImage run natively', async () => {
    const { embedding } = await embed({ model: router().embeddingModel('openai/text-embedding-3-small'), value: 'hello' });
    expect(embedding.length).toBeGreaterThan(0);
    const viaOlderName = await embed({ model: router().textEmbeddingModel('openai/text-embedding-3-small'), value: 'hello' });
    expect(viaOlderName.embedding).toEqual(embedding);
    const { images } = await generateImage({ model: router().imageModel(), prompt: 'a lighthouse' });
    expect(images[0].mediaType).toBe('image/png');
    expect(notices()).toEqual([]);
  });
});
