import type { LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, usageChunk } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { modelFinishReason, modelUsage, sdkUsage, type TokenCounts, type UnifiedFinishReason } from '../helpers/spec-shapes';
import { chatModels, HI } from './support';
import { generateText, retainBodies, streamText } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'anthropic/claude-sonnet-4.5');

const FULL_USAGE = {
  prompt_tokens: 1200,
  completion_tokens: 300,
  total_tokens: 1500,
  prompt_tokens_details: { cached_tokens: 1000, cache_write_tokens: 150, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 120 },
  cost: 0.0123,
  is_byok: true,
  cost_details: { upstream_inference_cost: 0.0111, upstream_inference_prompt_cost: 0.0051, upstream_inference_completions_cost: 0.006 },
};
const FULL_COUNTS: TokenCounts = { input: 1200, output: 300, total: 1500, reasoning: 120, cacheRead: 1000, cacheWrite: 150, raw: FULL_USAGE };
const FULL_MODEL_USAGE = modelUsage(FULL_COUNTS);
const FULL_SDK_USAGE = sdkUsage(FULL_COUNTS);
const FULL_METADATA_USAGE = {
  promptTokens: 1200,
  completionTokens: 300,
  totalTokens: 1500,
  cost: 0.0123,
  isByok: true,
  promptTokensDetails: { cachedTokens: 1000, cacheWriteTokens: 150, audioTokens: 0 },
  completionTokensDetails: { reasoningTokens: 120 },
  costDetails: { upstreamInferenceCost: 0.0111, upstreamInferencePromptCost: 0.0051, upstreamInferenceCompletionsCost: 0.006 },
};
const NO_USAGE = modelUsage({});
const STOPPED = modelFinishReason('stop', 'stop');

const IDENTITY = { id: 'gen-77', model: 'anthropic/claude-4.5-sonnet-20250929', provider: 'Amazon Bedrock', created: 1767229200 };
/** What the provider metadata says of a reply with IDENTITY that stopped, besides usage. */
const IDENTITY_METADATA = { provider: 'Amazon Bedrock', model: 'anthropic/claude-4.5-sonnet-20250929', generationId: 'gen-77', nativeFinishReason: 'stop' };
const TEXT = chatChunk({ role: 'assistant', content: 'Hello.' }, IDENTITY);
const STOP = chatChunk({ role: 'assistant', content: '' }, { ...IDENTITY, finish_reason: 'stop' });

async function finishPart(chunks: Array<Record<string, unknown>>, schemaCheck = true) {
  server.emulator.enqueue({ type: 'stream', chunks, schemaCheck });
  const { stream } = await model().doStream({ prompt: HI });
  const parts: LanguageModelV2StreamPart[] = await convertReadableStreamToArray(stream);
  return parts[parts.length - 1];
}

describe('usage', () => {
  it('maps every count and keeps cost, BYOK and cache writes in metadata (generate)', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ ...IDENTITY, usage: FULL_USAGE }) });
    const result = await model().doGenerate({ prompt: HI });
    expect(result.usage).toEqual(FULL_MODEL_USAGE);
    expect(result.providerMetadata).toEqual({ openrouter: { ...IDENTITY_METADATA, usage: FULL_METADATA_USAGE } });
  });

  it('maps every count and keeps cost, BYOK and cache writes in metadata (stream)', async () => {
    expect(await finishPart([TEXT, STOP, usageChunk(FULL_USAGE, IDENTITY)])).toEqual({
      type: 'finish',
      finishReason: STOPPED,
      usage: FULL_MODEL_USAGE,
      providerMetadata: { openrouter: { ...IDENTITY_METADATA, usage: FULL_METADATA_USAGE } },
    });
  });

  it('leaves counts undefined, never NaN, when a stream has no usage chunk', async () => {
    expect(await finishPart([TEXT, STOP])).toEqual({
      type: 'finish',
      finishReason: STOPPED,
      usage: NO_USAGE,
      providerMetadata: { openrouter: IDENTITY_METADATA },
    });
  });

  it('leaves counts undefined, never NaN, when a reply has no usage', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ usage: null }) });
    const result = await model().doGenerate({ prompt: HI });
    expect(result.usage).toEqual(NO_USAGE);
    expect(result.providerMetadata?.openrouter).not.toHaveProperty('usage');
  });

  it('adds up a missing total and skips null or missing details', async () => {
    // Off-spec nulls and a missing total, as some upstreams report them.
    const sparse = {
      prompt_tokens: 7,
      completion_tokens: 3,
      total_tokens: null,
      prompt_tokens_details: { cached_tokens: null },
      completion_tokens_details: null,
      cost: null,
      cost_details: null,
      is_byok: null,
    };
    expect(await finishPart([TEXT, STOP, { ...usageChunk({}, IDENTITY), usage: sparse }], false)).toEqual({
      type: 'finish',
      finishReason: STOPPED,
      usage: modelUsage({ input: 7, output: 3, total: 10, raw: sparse }),
      providerMetadata: {
        openrouter: { ...IDENTITY_METADATA, usage: { promptTokens: 7, completionTokens: 3, totalTokens: 10, promptTokensDetails: {} } },
      },
    });
  });

  it('gives AI SDK users usage and cost, and sums steps without NaN when a step had no usage', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: [TEXT, STOP] });
    const noUsage = streamText({ model: model(), prompt: 'Hi' });
    await noUsage.consumeStream();
    const usage = await noUsage.totalUsage;
    expect(Object.values(usage).some((value) => Number.isNaN(value))).toBe(false);
    expect(usage).toEqual(sdkUsage({}));

    server.emulator.enqueue({ type: 'json', body: chatCompletion({ ...IDENTITY, usage: FULL_USAGE }) });
    const withUsage = await generateText({ model: model(), prompt: 'Hi' });
    expect(withUsage.totalUsage).toEqual(FULL_SDK_USAGE);
    expect(withUsage.providerMetadata?.openrouter?.usage).toEqual(FULL_METADATA_USAGE);
  });
});

describe('response metadata', () => {
  it('gives streamText users the generation id, served model, timestamp and headers, and the provider', async () => {
    server.emulator.enqueue({ type: 'stream', chunks: [TEXT, STOP, usageChunk({}, IDENTITY)], headers: { 'x-ratelimit-remaining': '41' } });
    const result = streamText({ model: model(), prompt: 'Hi', ...retainBodies });
    const response = await result.response;
    expect({ id: response.id, modelId: response.modelId, timestamp: response.timestamp }).toEqual({
      id: 'gen-77',
      modelId: 'anthropic/claude-4.5-sonnet-20250929',
      timestamp: new Date(1767229200 * 1000),
    });
    expect(response.headers).toEqual(expect.objectContaining({ 'content-type': 'text/event-stream', 'x-generation-id': 'gen-77', 'x-ratelimit-remaining': '41' }));
    expect((await result.providerMetadata)?.openrouter?.provider).toBe('Amazon Bedrock');
    expect((await result.request).body).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: [{ role: 'user', content: 'Hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('gives generateText users the generation id, served model, timestamp, headers and raw body', async () => {
    const body = chatCompletion(IDENTITY);
    server.emulator.enqueue({ type: 'json', body });
    const result = await generateText({ model: model(), prompt: 'Hi', ...retainBodies });
    expect(result.response.id).toBe('gen-77');
    expect(result.response.modelId).toBe('anthropic/claude-4.5-sonnet-20250929');
    expect(result.response.timestamp).toEqual(new Date(1767229200 * 1000));
    expect(result.response.headers).toEqual(expect.objectContaining({ 'x-generation-id': 'gen-77' }));
    expect(result.response.body).toEqual(body);
    expect(result.providerMetadata?.openrouter?.provider).toBe('Amazon Bedrock');
  });

  it('maps finish reasons and keeps the native one', async () => {
    const reasons: Array<[string | null, UnifiedFinishReason]> = [
      ['stop', 'stop'],
      ['length', 'length'],
      ['content_filter', 'content-filter'],
      ['tool_calls', 'tool-calls'],
      [null, 'unknown'],
    ];
    for (const [wire, expected] of reasons) {
      server.emulator.enqueue({ type: 'json', body: chatCompletion({ finish_reason: wire, native_finish_reason: 'MAX_TOKENS' }) });
      const result = await model().doGenerate({ prompt: HI });
      expect([wire, result.finishReason, result.providerMetadata?.openrouter?.nativeFinishReason]).toEqual([
        wire,
        modelFinishReason(expected, wire ?? undefined),
        'MAX_TOKENS',
      ]);
    }
  });
});
