import { APICallError, type LanguageModelV2StreamPart } from '@ai-sdk/provider';
type Parts = LanguageModelV2StreamPart[];
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { recordedChunks, recordedJson, recordedReply } from '../helpers/recorded-replies';
import { fileData, modelFinishReason, modelUsage } from '../helpers/spec-shapes';
import { generateText, streamText } from '../helpers/surface';
import { chatModels, countsOf, HI, normalizeParts } from './support';

// Real OpenRouter replies (test/fixtures/openrouter, each with its source) replayed byte for byte:
// what a user sees, with the expected values read from the wire itself, in the lane's spec shapes.

const server = useEmulator();
const model = chatModels(server, 'openai/gpt-5');

/** Fixtures built from documented facts are spec-valid and checked against the spec as they replay. */
const CONSTRUCTED = new Set(['gemini-thought-signature-tool-call.chunks.txt', 'openai-parallel-tool-calls.chunks.txt', 'claude-tool-call-without-arguments.chunks.txt']);

async function replayStream(name: string) {
  server.emulator.enqueue(recordedReply(name, { schemaCheck: CONSTRUCTED.has(name) }));
  const { stream } = await model().doStream({ prompt: HI });
  return normalizeParts(await convertReadableStreamToArray(stream)) as Parts;
}

async function replayJson(name: string, options: { status?: number; schemaCheck?: boolean } = {}) {
  server.emulator.enqueue(recordedReply(name, options));
  return model().doGenerate({ prompt: HI });
}

const ofType = <T extends LanguageModelV2StreamPart['type']>(parts: LanguageModelV2StreamPart[], type: T) =>
  parts.filter((part): part is Extract<LanguageModelV2StreamPart, { type: T }> => part.type === type);
const textOf = (parts: LanguageModelV2StreamPart[]) =>
  ofType(parts, 'text-delta')
    .map((part) => part.delta)
    .join('');
const reasoningOf = (parts: LanguageModelV2StreamPart[]) =>
  ofType(parts, 'reasoning-delta')
    .map((part) => part.delta)
    .join('');
const finishOf = (parts: LanguageModelV2StreamPart[]) => ofType(parts, 'finish')[0];

/** What the wire says of a recorded stream: its identity, text, finish and usage. */
function wire(name: string) {
  const chunks = recordedChunks(name);
  const choices = chunks.map((chunk) => chunk.choices?.[0]).filter(Boolean);
  const finishing = choices.find((choice) => choice.finish_reason !== null);
  const usage = chunks.find((chunk) => chunk.usage)?.usage;
  return {
    chunks,
    id: chunks[0].id as string,
    model: chunks[0].model as string,
    provider: chunks[0].provider as string,
    text: choices.map((choice) => choice.delta?.content ?? '').join(''),
    details: choices.flatMap((choice) => choice.delta?.reasoning_details ?? []),
    /** OpenRouter's finish_reason, as sent. */
    finishReason: finishing?.finish_reason as string,
    nativeFinishReason: finishing?.native_finish_reason as string,
    usage,
    /** The usage as the lane's model reports it. */
    modelUsage: modelUsage(countsOf(usage)),
  };
}

describe('reasoning', () => {
  const CLAUDE = 'claude-sonnet-4.5-signed-thinking.chunks.txt';

  it('signed Claude thinking through Vertex: one reasoning block whose detail carries the late signature', async () => {
    const recorded = wire(CLAUDE);
    const signature = recorded.details.find((detail) => detail.signature)!.signature;
    const parts = await replayStream(CLAUDE);
    const detail = { type: 'reasoning.text', text: 'This is a simple arithmetic question. 2+2 equals 4.', signature, format: 'anthropic-claude-v1', index: 0 };

    expect(reasoningOf(parts)).toBe(recorded.chunks.map((chunk) => chunk.choices[0]?.delta.reasoning ?? '').join(''));
    expect(ofType(parts, 'reasoning-end')).toEqual([{ type: 'reasoning-end', id: 'reasoning-1', providerMetadata: { openrouter: { reasoning_details: [detail] } } }]);
    expect(textOf(parts)).toBe('2 + 2 = 4');
    expect(finishOf(parts)).toEqual({
      type: 'finish',
      finishReason: modelFinishReason('stop', recorded.finishReason),
      usage: recorded.modelUsage,
      providerMetadata: {
        openrouter: {
          provider: 'Google',
          model: recorded.model,
          generationId: recorded.id,
          nativeFinishReason: 'stop',
          // The usage as sent, camelCased; the null upstream_inference_cost is left out.
          usage: {
            promptTokens: 43,
            completionTokens: 36,
            totalTokens: 79,
            cost: 0.000669,
            isByok: false,
            promptTokensDetails: { cachedTokens: 0, audioTokens: 0, videoTokens: 0 },
            costDetails: { upstreamInferencePromptCost: 0.000129, upstreamInferenceCompletionsCost: 0.00054 },
            completionTokensDetails: { reasoningTokens: 13, imageTokens: 0 },
          },
          reasoning_details: [detail],
        },
      },
    });
  });

  it('replays the signed thinking once, unmodified, on the next turn', async () => {
    server.emulator.enqueue(recordedReply(CLAUDE));
    const first = streamText({ model: model('anthropic/claude-sonnet-4.5'), prompt: 'What is 2+2?' });
    const { messages } = await first.response;
    await generateText({
      model: model('anthropic/claude-sonnet-4.5'),
      messages: [{ role: 'user', content: 'What is 2+2?' }, ...messages, { role: 'user', content: 'And 3+3?' }],
    });

    const signature = wire(CLAUDE).details.find((detail) => detail.signature)!.signature;
    expect(server.emulator.lastRequest().body.messages[1]).toEqual({
      role: 'assistant',
      content: '2 + 2 = 4',
      reasoning: 'This is a simple arithmetic question. 2+2 equals 4.',
      reasoning_details: [{ type: 'reasoning.text', text: 'This is a simple arithmetic question. 2+2 equals 4.', signature, format: 'anthropic-claude-v1', index: 0 }],
    });
  });

  it.each([
    ['openai-o3-encrypted-reasoning.chunks.txt', 'openai-responses-v1'],
    ['xai-grok-4-encrypted-reasoning.chunks.txt', 'xai-responses-v1'],
  ])('%s: encrypted reasoning is kept for replay and never shown', async (name, format) => {
    const recorded = wire(name);
    const parts = await replayStream(name);
    expect(recorded.details).toEqual([expect.objectContaining({ type: 'reasoning.encrypted', format })]);
    expect(ofType(parts, 'reasoning-delta')).toEqual([]);
    expect(ofType(parts, 'reasoning-end')[0].providerMetadata).toEqual({ openrouter: { reasoning_details: recorded.details } });
    expect(textOf(parts)).toBe(recorded.text);
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('stop', recorded.finishReason),
      usage: recorded.modelUsage,
      providerMetadata: { openrouter: { provider: recorded.provider, model: recorded.model, nativeFinishReason: 'completed', reasoning_details: recorded.details } },
    });
  });

  it('Gemini: the thought signature that follows a call rides on the call', async () => {
    const name = 'gemini-thought-signature-tool-call.chunks.txt';
    const recorded = wire(name);
    const signature = recorded.details.find((detail) => detail.type === 'reasoning.encrypted');
    const parts = await replayStream(name);
    expect(ofType(parts, 'tool-call')).toEqual([
      {
        type: 'tool-call',
        toolCallId: signature.id,
        toolName: 'get_weather',
        input: '{"city":"Paris"}',
        providerMetadata: { openrouter: { reasoning_details: [signature] } },
      },
    ]);
    expect(reasoningOf(parts)).toBe(recorded.details[0].text);
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('tool-calls', recorded.finishReason),
      providerMetadata: { openrouter: { nativeFinishReason: 'STOP', reasoning_details: recorded.details } },
    });
  });
});

describe('tool calls', () => {
  it('parallel calls with split arguments: each call once, arguments byte for byte', async () => {
    const name = 'openai-parallel-tool-calls.chunks.txt';
    const recorded = wire(name);
    const parts = await replayStream(name);
    const argumentsOf = (index: number) =>
      recorded.chunks
        .flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? [])
        .filter((call) => call.index === index)
        .map((call) => call.function.arguments)
        .join('');
    expect(ofType(parts, 'tool-call').map(({ toolName, input }) => ({ toolName, input }))).toEqual([
      { toolName: 'get_weather', input: argumentsOf(0) },
      { toolName: 'get_weather', input: argumentsOf(1) },
    ]);
    expect(argumentsOf(1)).toBe('{"city":"Zürich"}');
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('tool-calls', recorded.finishReason),
      usage: recorded.modelUsage,
      providerMetadata: { openrouter: { nativeFinishReason: 'completed' } },
    });
  });

  it('a call without an arguments key gets {} as input', async () => {
    const name = 'claude-tool-call-without-arguments.chunks.txt';
    const recorded = wire(name);
    const parts = await replayStream(name);
    expect(textOf(parts)).toBe(recorded.text);
    expect(ofType(parts, 'tool-call')).toEqual([{ type: 'tool-call', toolCallId: 'toolu_bdrk_01FqZ3m8Wc2Vt6Yh4Kp9Ns7L', toolName: 'get_time', input: '{}' }]);
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('tool-calls', recorded.finishReason),
      providerMetadata: { openrouter: { provider: 'Amazon Bedrock', model: recorded.model, nativeFinishReason: 'tool_use' } },
    });
  });

  it('a BYOK Gemini tool call: cost 0 with the upstream cost, and index on the call ignored', async () => {
    const name = 'gemini-byok-tool-call.json';
    const body = recordedJson(name);
    const result = await replayJson(name);
    const call = body.choices[0].message.tool_calls[0];
    expect(result.content).toEqual([{ type: 'tool-call', toolCallId: call.id, toolName: call.function.name, input: call.function.arguments }]);
    expect(result.finishReason).toEqual(modelFinishReason('tool-calls', body.choices[0].finish_reason));
    expect(result.providerMetadata?.openrouter).toMatchObject({
      provider: 'Google AI Studio',
      nativeFinishReason: 'STOP',
      usage: { cost: 0, isByok: true, costDetails: { upstreamInferenceCost: body.usage.cost_details.upstream_inference_cost } },
    });
  });
});

describe('citations, files and images', () => {
  it('web search citations: one source per URL, an empty title left out', async () => {
    const name = 'deepseek-web-search-citations.chunks.txt';
    const citations = recordedChunks(name)
      .flatMap((chunk) => chunk.choices[0]?.delta.annotations ?? [])
      .map((annotation) => annotation.url_citation);
    const urls = [...new Set(citations.map((citation) => citation.url))];
    const parts = await replayStream(name);
    const sources = ofType(parts, 'source');
    expect(sources.map((source) => source.sourceType === 'url' && source.url)).toEqual(urls);
    const untitled = citations.find((citation) => citation.title === '');
    expect(sources.find((source) => source.id === untitled.url)).not.toHaveProperty('title');
    expect(textOf(parts)).toBe(wire(name).text);
  });

  it('a file annotation reaches the text part and the provider metadata', async () => {
    const name = 'openai-file-annotation.json';
    const message = recordedJson(name).choices[0].message;
    const result = await replayJson(name);
    expect(result.content.filter((part) => part.type === 'text')).toEqual([
      { type: 'text', text: message.content, providerMetadata: { openrouter: { annotations: message.annotations } } },
    ]);
    expect(result.content.filter((part) => part.type === 'reasoning')).toEqual([
      { type: 'reasoning', text: message.reasoning_details[0].summary, providerMetadata: { openrouter: { reasoning_details: message.reasoning_details } } },
    ]);
    expect(result.providerMetadata?.openrouter).toMatchObject({ annotations: message.annotations, nativeFinishReason: 'completed' });
  });

  it('an image in a 1.9 MB line, in the finishing chunk: one file with every byte', async () => {
    const name = 'gemini-image.chunks.txt';
    const url: string = recordedChunks(name).find((chunk) => chunk.choices[0]?.delta.images)!.choices[0].delta.images[0].image_url.url;
    const parts = await replayStream(name);
    const recorded = wire(name);
    expect(ofType(parts, 'file')).toEqual([{ type: 'file', mediaType: 'image/png', data: fileData(url.slice('data:image/png;base64,'.length)) }]);
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('stop', recorded.finishReason),
      usage: recorded.modelUsage,
      providerMetadata: { openrouter: { nativeFinishReason: 'STOP' } },
    });
  });
});

describe('usage', () => {
  it('keep-alive comments between chunks and a usage chunk repeating stop show nothing twice', async () => {
    const name = 'gpt-4o-mini-server-tool-keep-alives.chunks.txt';
    const recorded = wire(name);
    const parts = await replayStream(name);
    expect(ofType(parts, 'text-start')).toHaveLength(1);
    expect(textOf(parts)).toBe(recorded.text);
    expect(ofType(parts, 'finish')).toHaveLength(1);
    expect(finishOf(parts)).toMatchObject({
      finishReason: modelFinishReason('stop', recorded.finishReason),
      usage: recorded.modelUsage,
      providerMetadata: { openrouter: { usage: { cost: recorded.usage.cost } } },
    });
  });

  it.each([
    ['claude-sonnet-4.6-cache-write-read.json', 'anthropic/claude-4.6-sonnet-20260217'],
    ['gemini-cache-write-equals-read.json', 'google/gemini-2.5-flash'],
  ])('%s: cache reads in usage, cache writes and cost in provider metadata', async (name, servedModel) => {
    const body = recordedJson(name);
    const result = await replayJson(name);
    const details = body.usage.prompt_tokens_details;
    expect(result.usage).toEqual(modelUsage(countsOf(body.usage)));
    expect(result.response?.modelId).toBe(servedModel);
    expect(result.finishReason).toEqual(modelFinishReason('length', body.choices[0].finish_reason));
    expect(result.providerMetadata?.openrouter).toMatchObject({
      usage: { cost: body.usage.cost, promptTokensDetails: { cachedTokens: details.cached_tokens, cacheWriteTokens: details.cache_write_tokens } },
    });
  });
});

describe('errors', () => {
  it('a 429 envelope: retryable, naming the upstream and its explanation', async () => {
    const body = recordedJson('rate-limited-429.json');
    server.emulator.enqueue(recordedReply('rate-limited-429.json', { status: 429 }), recordedReply('rate-limited-429.json', { status: 429 }));
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(error).toBeInstanceOf(APICallError);
    expect(error).toMatchObject({
      statusCode: 429,
      isRetryable: true,
      message: `OpenRouter error 429: Provider returned error (provider: Google) - ${body.error.metadata.raw}`,
    });
  });

  it('a 400 envelope: not retryable, with the upstream message pulled out of metadata.raw', async () => {
    const body = recordedJson('anthropic-invalid-image-400.json');
    server.emulator.enqueue(recordedReply('anthropic-invalid-image-400.json', { status: 400 }));
    const error = await rejectionOf(model().doGenerate({ prompt: HI }));
    expect(error).toMatchObject({
      statusCode: 400,
      isRetryable: false,
      message: `OpenRouter error 400: Provider returned error (provider: Anthropic) - ${JSON.parse(body.error.metadata.raw).error.message}`,
    });
  });

  it('a mid-stream error chunk after a length finish keeps its usage, cost, upstream and response identity', async () => {
    const name = 'minimax-error-after-length.chunks.txt';
    const recorded = wire(name);
    const errorChunk = recorded.chunks.find((chunk) => chunk.error);
    const parts = await replayStream(name);

    expect(reasoningOf(parts)).toBe('We need to respond to a greeting. The user');
    expect(ofType(parts, 'response-metadata')).toEqual([
      { type: 'response-metadata', id: recorded.id, modelId: recorded.model, timestamp: new Date(recorded.chunks[0].created * 1000) },
    ]);
    expect(ofType(parts, 'error')).toEqual([{ type: 'error', error: expect.any(APICallError) }]);
    expect(ofType(parts, 'error')[0].error).toMatchObject({
      message: 'OpenRouter error 400: Token limit reached (provider: Minimax)',
      statusCode: 400,
      isRetryable: false,
      data: errorChunk,
    });
    expect(finishOf(parts)).toEqual({
      type: 'finish',
      // The stream stopped for length, then failed: an error, with OpenRouter's reason kept as sent.
      finishReason: modelFinishReason('error', recorded.finishReason),
      // As reported: reasoning_tokens (11) exceeds completion_tokens (10) here; text tokens, where the spec has them, stay at 0.
      usage: recorded.modelUsage,
      providerMetadata: {
        openrouter: {
          provider: 'Minimax',
          model: recorded.model,
          generationId: recorded.id,
          nativeFinishReason: 'length',
          // The error chunk's usage as sent, camelCased; the null upstream_inference_cost is left out.
          usage: {
            promptTokens: 43,
            completionTokens: 10,
            totalTokens: 53,
            cost: 0,
            isByok: false,
            promptTokensDetails: { cachedTokens: 0, audioTokens: 0 },
            costDetails: { upstreamInferencePromptCost: 0, upstreamInferenceCompletionsCost: 0 },
            completionTokensDetails: { reasoningTokens: 11, imageTokens: 0 },
          },
          reasoning_details: [{ type: 'reasoning.text', text: 'We need to respond to a greeting. The user', index: 0, format: null }],
        },
      },
    });
  });
});
