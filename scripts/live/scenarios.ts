/**
 * The scenarios of the live kit, through the `/v4` surface and AI SDK 7, as an app calls them.
 * Each asserts what the offline suites assert of the same scenario: finish reasons, usage that
 * adds up, a reported cost, reasoning replayed and accepted on the next turn, the error a bad
 * request gets. Per-model scenarios run for every chat model; the others once.
 */
import assert from 'node:assert/strict';
import {
  APICallError,
  embedMany,
  generateImage,
  generateSpeech,
  generateText,
  Output,
  rerank,
  stepCountIs,
  streamText,
  tool,
  transcribe,
  type LanguageModelUsage,
} from 'ai-v7';
import { z } from 'zod';
import type { OpenClawRouterProvider } from '../../src/v4';
import { documentsOf } from './fixtures';
import { MEDIA_MODELS, MISSING_MODEL, type LiveChatModel } from './models';
import type { Recorder } from './recorder';

export interface LiveContext {
  router: OpenClawRouterProvider;
  recorder: Recorder;
  /** The API key, which no error may contain. */
  apiKey: string;
  /** Makes prompts unique to this run, so the response cache cannot answer from an earlier one. */
  runId: string;
}

export interface Scenario {
  name: string;
  model: string;
  /** Runs the calls and their assertions; resolves to a one-line summary. */
  run(context: LiveContext): Promise<string>;
}

/** No call of a live run waits longer than this. */
const CALL_TIMEOUT_MS = 120_000;
const call = () => ({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS), maxRetries: 1 });

type Metadata = Record<string, Record<string, unknown> | undefined> | undefined;
type OpenRouterMetadata = { generationId?: string; provider?: string; usage?: { cost?: number }; responseCache?: { status?: string } };
const openrouterOf = (metadata: Metadata) => (metadata?.openrouter ?? {}) as OpenRouterMetadata;

/** Tokens reported, and adding up: total = input + output. */
function assertUsage(usage: LanguageModelUsage, what: string): void {
  assert.ok((usage.inputTokens ?? 0) > 0, `${what}: no input tokens reported`);
  assert.ok((usage.outputTokens ?? 0) > 0, `${what}: no output tokens reported`);
  assert.equal(usage.totalTokens, (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0), `${what}: total tokens are not input + output`);
}

/** A cost in the provider metadata, as every OpenRouter reply reports it. */
function costOf(metadata: Metadata, what: string): number {
  const cost = openrouterOf(metadata).usage?.cost;
  assert.equal(typeof cost, 'number', `${what}: no cost in providerMetadata.openrouter.usage`);
  assert.ok((cost as number) >= 0, `${what}: negative cost`);
  return cost as number;
}

function assertIdentity(metadata: Metadata, what: string): void {
  const openrouter = openrouterOf(metadata);
  assert.match(openrouter.generationId ?? '', /^\S+$/, `${what}: no generation id`);
  assert.ok(openrouter.provider, `${what}: no upstream provider`);
}

const usd = (cost: number) => `$${cost.toFixed(6)}`;

function perModel(model: LiveChatModel): Scenario[] {
  return [
    {
      name: 'text',
      model: model.id,
      async run({ router }) {
        const result = await generateText({ model: router(model.id), prompt: 'Reply with the single word: pong', ...call() });
        assert.equal(result.finishReason, 'stop', 'finish reason');
        assert.ok(result.text.trim().length > 0, 'no text');
        assertUsage(result.usage, 'text');
        assertIdentity(result.providerMetadata, 'text');
        return `"${result.text.trim().slice(0, 40)}", cost ${usd(costOf(result.providerMetadata, 'text'))}`;
      },
    },
    {
      name: 'streaming',
      model: model.id,
      async run({ router }) {
        // An error comes as an error part of fullStream, asserted below, not as a log line.
        const result = streamText({ model: router(model.id), prompt: 'Count from 1 to 5, separated by spaces.', onError: () => {}, ...call() });
        const parts: { type: string; text?: string }[] = [];
        for await (const part of result.fullStream) parts.push(part as { type: string; text?: string });
        const errors = parts.filter((part) => part.type === 'error');
        assert.deepEqual(errors, [], 'the stream carried an error part');
        assert.equal(parts.filter((part) => part.type === 'finish').length, 1, 'not exactly one finish part');
        const deltas = parts.filter((part) => part.type === 'text-delta').map((part) => part.text ?? '');
        assert.ok(deltas.length > 0, 'no text deltas');
        assert.equal(deltas.join(''), await result.text, 'the deltas do not add up to the text');
        assert.equal(await result.finishReason, 'stop');
        assertUsage(await result.totalUsage, 'streaming');
        const metadata = await result.providerMetadata;
        assertIdentity(metadata, 'streaming');
        return `${deltas.length} deltas, cost ${usd(costOf(metadata, 'streaming'))}`;
      },
    },
    {
      name: 'tool-loop',
      model: model.id,
      async run({ router, recorder }) {
        const result = await generateText({
          model: router(model.id, { thinking: 'low' }),
          prompt: 'What is the weather in Paris right now? Use the getWeather tool, then answer in one sentence.',
          tools: {
            getWeather: tool({
              description: 'Current weather for a city',
              inputSchema: z.object({ city: z.string() }),
              execute: async ({ city }) => ({ city, forecast: 'sunny', celsius: 21 }),
            }),
          },
          stopWhen: stepCountIs(4),
          ...call(),
        });
        assert.ok(result.steps.length >= 2, `expected a tool step and an answer, got ${result.steps.length} step(s)`);
        const [first] = result.steps;
        assert.equal(first.finishReason, 'tool-calls', 'finish reason of the first step');
        assert.ok(first.toolCalls.length > 0, 'no tool call in the first step');
        assert.ok(
          first.toolCalls.every((toolCall) => toolCall.toolName === 'getWeather'),
          `calls to tools that were not offered: ${first.toolCalls.map((toolCall) => toolCall.toolName).join(', ')}`,
        );
        assert.equal(result.finishReason, 'stop', 'finish reason of the last step');
        assert.ok(result.text.trim().length > 0, 'no answer after the tool result');
        for (const [index, step] of result.steps.entries()) assertUsage(step.usage, `step ${index + 1}`);
        const replayed = reasoningReplayed(await recorder.settled());
        const cost = result.steps.reduce((sum, step, index) => sum + costOf(step.providerMetadata, `step ${index + 1}`), 0);
        return `${result.steps.length} steps, ${replayed} signed/encrypted reasoning detail(s) replayed, cost ${usd(cost)}`;
      },
    },
    {
      name: 'structured-output',
      model: model.id,
      async run({ router }) {
        const result = await generateText({
          model: router(model.id),
          output: Output.object({ schema: z.object({ city: z.string(), country: z.string() }) }),
          prompt: 'The capital of France, as JSON with its city and country.',
          ...call(),
        });
        assert.equal(result.finishReason, 'stop');
        assert.equal(typeof result.output.city, 'string');
        assert.equal(typeof result.output.country, 'string');
        assertUsage(result.usage, 'structured output');
        return `${JSON.stringify(result.output)}, cost ${usd(costOf(result.providerMetadata, 'structured output'))}`;
      },
    },
  ];
}

/**
 * The reasoning details of the first reply that carry a signature or encrypted data must come
 * back, unchanged, in the next request's assistant message; that request must succeed.
 */
function reasoningReplayed(exchanges: readonly { requestBody: string | undefined; body: string | undefined; contentType: string; status: number }[]): number {
  const chat = exchanges.filter((exchange) => exchange.requestBody?.includes('"messages"'));
  assert.ok(chat.length >= 2, 'the tool loop did not make a second request');
  const [first, second] = chat;
  const signed = documentsOf(first.body ?? '', first.contentType)
    .flatMap((document) => {
      const choice = (document as { choices?: { message?: { reasoning_details?: unknown[] }; delta?: { reasoning_details?: unknown[] } }[] }).choices?.[0];
      return choice?.message?.reasoning_details ?? choice?.delta?.reasoning_details ?? [];
    })
    .map((detail) => detail as { signature?: unknown; data?: unknown })
    .flatMap((detail) => [detail.signature, detail.data].filter((value): value is string => typeof value === 'string' && value !== ''));
  const messages =
    (JSON.parse(second.requestBody ?? '{}') as { messages?: { role: string; reasoning_details?: { signature?: unknown; data?: unknown }[] }[] }).messages ?? [];
  const replayed = messages.filter((message) => message.role === 'assistant').flatMap((message) => message.reasoning_details ?? []);
  for (const value of signed) {
    assert.ok(
      replayed.some((detail) => detail.signature === value || detail.data === value),
      'a signed or encrypted reasoning detail of the first reply was not replayed',
    );
  }
  assert.equal(second.status, 200, 'the upstream did not accept the replayed reasoning');
  return signed.length;
}

const once: Scenario[] = [
  {
    name: 'image',
    model: MEDIA_MODELS.image,
    async run({ router }) {
      const { image, providerMetadata } = await generateImage({
        model: router.imageModel(MEDIA_MODELS.image),
        prompt: 'A small red circle on white',
        aspectRatio: '1:1',
        ...call(),
      });
      assert.match(image.mediaType, /^image\//);
      assert.ok(image.uint8Array.length > 100, 'the image is empty');
      const [first] = providerMetadata.openrouter.images as Array<{ usage?: { cost?: number } }>;
      assert.equal(typeof first?.usage?.cost, 'number', 'no cost on the image');
      return `${image.mediaType}, ${image.uint8Array.length} bytes, cost ${usd(first.usage?.cost as number)}`;
    },
  },
  {
    name: 'embedding',
    model: MEDIA_MODELS.embedding,
    async run({ router }) {
      const result = await embedMany({ model: router.embeddingModel(MEDIA_MODELS.embedding), values: ['sunny beach', 'rainy harbour'], ...call() });
      assert.equal(result.embeddings.length, 2);
      assert.ok(result.embeddings[0].length > 0);
      assert.equal(result.embeddings[0].length, result.embeddings[1].length);
      assert.ok(result.usage.tokens > 0, 'no tokens reported');
      return `2 × ${result.embeddings[0].length} dimensions, cost ${usd(costOf(result.providerMetadata, 'embedding'))}`;
    },
  },
  {
    name: 'speech-transcription',
    model: `${MEDIA_MODELS.speech}+${MEDIA_MODELS.transcription}`,
    async run({ router }) {
      const speech = await generateSpeech({ model: router.speechModel(MEDIA_MODELS.speech), text: 'The ferry leaves at noon.', voice: 'alloy', ...call() });
      assert.equal(speech.audio.mediaType, 'audio/wav');
      assert.ok(speech.audio.uint8Array.length > 44, 'no audio after the WAV header');
      const heard = await transcribe({ model: router.transcriptionModel(MEDIA_MODELS.transcription), audio: speech.audio.uint8Array, ...call() });
      assert.match(heard.text, /ferry/i, `the transcript does not say "ferry": ${heard.text}`);
      return `"${heard.text.trim()}", cost ${usd(costOf(heard.providerMetadata, 'transcription'))}`;
    },
  },
  {
    name: 'rerank',
    model: MEDIA_MODELS.rerank,
    async run({ router }) {
      const documents = ['The museum is closed on Mondays.', 'The island ferry leaves the harbour every hour.', 'Trains leave every twenty minutes.'];
      const result = await rerank({ model: router.rerankingModel(MEDIA_MODELS.rerank), query: 'Which ferry goes to the island?', documents, topN: 2, ...call() });
      assert.equal(result.ranking.length, 2);
      assert.equal(result.ranking[0].originalIndex, 1, 'the ferry document is not ranked first');
      return `top: #${result.ranking[0].originalIndex}, cost ${usd(costOf(result.providerMetadata, 'rerank'))}`;
    },
  },
  {
    name: 'web-search',
    model: MEDIA_MODELS.chat,
    async run({ router }) {
      const result = await generateText({
        model: router(MEDIA_MODELS.chat),
        prompt: 'Search the web for the OpenRouter homepage and tell me in one sentence what OpenRouter is, citing the page.',
        tools: { search: router.tools.webSearch({ maxResults: 2 }) },
        stopWhen: stepCountIs(2),
        ...call(),
      });
      assert.equal(result.finishReason, 'stop');
      const urls = result.sources.filter((source) => source.sourceType === 'url');
      assert.ok(urls.length > 0, 'no URL sources from the web search');
      return `${urls.length} source(s), cost ${usd(costOf(result.providerMetadata, 'web search'))}`;
    },
  },
  {
    name: 'response-cache',
    model: MEDIA_MODELS.chat,
    async run({ router, runId }) {
      const model = router(MEDIA_MODELS.chat, { responseCache: { ttl: 300 } });
      const prompt = `Reply with the single word: cached (run ${runId})`;
      const miss = await generateText({ model, prompt, ...call() });
      const hit = await generateText({ model, prompt, ...call() });
      assert.equal(openrouterOf(miss.providerMetadata).responseCache?.status, 'MISS', 'the first call was not a cache MISS');
      assert.equal(openrouterOf(hit.providerMetadata).responseCache?.status, 'HIT', 'the repeated call was not a cache HIT');
      assert.equal(hit.text, miss.text, 'the hit did not replay the stored answer');
      assert.notEqual(openrouterOf(hit.providerMetadata).generationId, openrouterOf(miss.providerMetadata).generationId);
      assert.equal(costOf(hit.providerMetadata, 'cache hit'), 0, 'a cache hit was billed');
      return `MISS ${usd(costOf(miss.providerMetadata, 'cache miss'))}, then HIT $0`;
    },
  },
  {
    name: 'generation-lookup',
    model: MEDIA_MODELS.chat,
    async run({ router }) {
      let failure: unknown;
      const result = streamText({
        model: router(MEDIA_MODELS.chat),
        prompt: 'Write one short sentence about fog.',
        onError: ({ error }) => {
          failure = error;
        },
        ...call(),
      });
      await result.consumeStream();
      if (failure !== undefined) throw failure;
      const metadata = await result.providerMetadata;
      const id = openrouterOf(metadata).generationId as string;
      const generation = await lookUp(router, id);
      assert.equal(generation.id, id);
      assert.equal(generation.streamed, true);
      assert.equal(typeof generation.total_cost, 'number');
      assert.equal(generation.tokens_prompt, (await result.usage).inputTokens, 'the look-up and the stream disagree on prompt tokens');
      return `${generation.provider_name}, ${usd(generation.total_cost)}`;
    },
  },
  {
    name: 'bad-request',
    model: MISSING_MODEL,
    async run({ router, apiKey }) {
      let failure: unknown;
      try {
        await generateText({ model: router(MISSING_MODEL), prompt: 'Hi', abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS), maxRetries: 0 });
      } catch (error) {
        failure = error;
      }
      assert.ok(APICallError.isInstance(failure), `expected an APICallError, got ${String(failure)}`);
      assert.equal(failure.statusCode, 400);
      assert.equal(failure.isRetryable, false);
      assert.ok(failure.message.includes(MISSING_MODEL), `the error does not name the model: ${failure.message}`);
      assert.ok(!failure.message.includes(apiKey), 'the error contains the API key');
      return failure.message.slice(0, 80);
    },
  },
];

/** OpenRouter's generation stats can take a moment to appear: a 404 is asked again a few times. */
async function lookUp(router: OpenClawRouterProvider, id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await router.getGeneration(id);
    } catch (error) {
      if (!(APICallError.isInstance(error) && error.statusCode === 404 && attempt < 5)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

export function scenariosFor(models: readonly LiveChatModel[]): Scenario[] {
  return [...models.flatMap(perModel), ...once];
}
