import { APICallError, type LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { basename, isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf } from '../helpers/model-calls';
import { discoverRecordings, RECORDED_DIR_VARIABLE, recordedChunks, recordedJson, recordedReply, type RecordedFixture } from '../helpers/recorded-replies';
import { EMBEDDING_MODEL, modelFinishReason, modelUsage, type UnifiedFinishReason } from '../helpers/spec-shapes';
import { createOpenClawRouter, lane } from '../helpers/surface';
import { countsOf, HI, normalizeParts } from './support';

// Recordings written by `npm run test:live` (their `.source.md` says so), under
// test/fixtures/openrouter/recorded/<date>/ or in the folder OPENCLAW_RECORDED_DIR names, replayed
// byte for byte through the provider. The hand-checked fixtures of recorded-replies.test.ts are not
// among them. A replay passes when what the lane's model makes of the recorded reply agrees with
// the reply itself:
// - a chat stream: the block protocol holds, an error part exactly when the stream carries an
//   error chunk, one finish part with OpenRouter's finish_reason mapped (tool calls present make it
//   tool-calls), a usage chunk unless an error cut the stream short, usage and cost as sent, the
//   text and function tool calls as sent, and the generation id, served model and upstream
//   provider of the first chunk;
// - a chat JSON reply: the same of its message (usage required), and one file per image;
// - embeddings: one vector per recorded vector, byte for byte, and the tokens as sent;
// - a transcription: the text as sent; a rerank: the ranking as sent; a generation look-up: the
//   recorded generation;
// - an error status: an APICallError with that status, OpenRouter's message, and no retry for 4xx
//   other than 408 and 429.

const recordings = discoverRecordings().filter((recording) => recording.source['recorded by'] === 'npm run test:live');

const server = useEmulator({ acceptAnyModel: true });
const router = () => createOpenClawRouter({ apiKey: 'test-key', fetch: server.fetch });
type Parts = LanguageModelV2StreamPart[];

const ofType = <T extends LanguageModelV2StreamPart['type']>(parts: Parts, type: T) =>
  parts.filter((part): part is Extract<LanguageModelV2StreamPart, { type: T }> => part.type === type);

/** OpenRouter's finish_reason, unified as its documentation says; Gemini reports `stop` for tool calls. */
function unified(raw: string | null | undefined, hasToolCalls: boolean): UnifiedFinishReason {
  if (raw === 'tool_calls') return 'tool-calls';
  if (raw === 'stop') return hasToolCalls ? 'tool-calls' : 'stop';
  if (raw === 'length') return 'length';
  if (raw === 'content_filter') return 'content-filter';
  if (raw === 'error') return 'error';
  if (raw === null || raw === undefined) return hasToolCalls ? 'tool-calls' : 'unknown';
  return 'other';
}

/** Function tool calls of a stream, by index, with their arguments joined. */
function streamedToolCalls(chunks: any[]): { name: string; input: string }[] {
  const calls = new Map<number, { name: string; input: string }>();
  for (const call of chunks.flatMap((chunk) => chunk.choices?.[0]?.delta?.tool_calls ?? [])) {
    const entry = calls.get(call.index) ?? { name: '', input: '' };
    entry.name ||= call.function?.name ?? '';
    entry.input += call.function?.arguments ?? '';
    calls.set(call.index, entry);
  }
  return [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
}

async function replayChatStream({ name }: RecordedFixture) {
  const chunks = recordedChunks(name);
  const choices = chunks.map((chunk) => chunk.choices?.[0]).filter(Boolean);
  const failed = chunks.some((chunk) => chunk.error);
  const raw = choices.find((choice) => choice.finish_reason != null)?.finish_reason;
  const calls = streamedToolCalls(chunks);
  const usage = chunks.find((chunk) => chunk.usage)?.usage;

  server.emulator.enqueue(recordedReply(name));
  const { stream } = await router().languageModel('openai/gpt-5').doStream({ prompt: HI });
  const parts = normalizeParts(await convertReadableStreamToArray(stream)) as Parts;

  expect(ofType(parts, 'error')).toHaveLength(failed ? 1 : 0);
  expect(ofType(parts, 'finish')).toHaveLength(1);
  const [finish] = ofType(parts, 'finish');
  expect(finish.finishReason).toEqual(modelFinishReason(failed ? 'error' : unified(raw, calls.length > 0), raw));
  // A stream that finished reports its usage; one cut short by an error may not.
  if (!failed) expect(usage, 'a usage chunk').toBeDefined();
  if (usage) expect(finish.usage).toEqual(modelUsage(countsOf(usage)));
  expect(
    ofType(parts, 'text-delta')
      .map((part) => part.delta)
      .join(''),
  ).toBe(choices.map((choice) => choice.delta?.content ?? '').join(''));
  expect(
    ofType(parts, 'tool-call')
      .filter((part) => !part.providerExecuted)
      .map(({ toolName, input }) => ({ name: toolName, input: input || '{}' })),
  ).toEqual(calls.map((call) => ({ name: call.name, input: call.input || '{}' })));
  expect(finish.providerMetadata?.openrouter).toMatchObject({
    generationId: chunks[0].id,
    model: chunks[0].model,
    ...(chunks[0].provider ? { provider: chunks[0].provider } : {}),
    ...(typeof usage?.cost === 'number' ? { usage: { cost: usage.cost } } : {}),
  });
}

async function replayChatJson({ name }: RecordedFixture) {
  const body = recordedJson(name);
  const message = body.choices[0].message;
  const calls = (message.tool_calls ?? []).map((call: any) => ({ name: call.function.name, input: call.function.arguments || '{}' }));
  server.emulator.enqueue(recordedReply(name));
  const result = await router().languageModel('openai/gpt-5').doGenerate({ prompt: HI });

  expect(
    result.content
      .filter((part) => part.type === 'text')
      .map((part) => part.text)
      .join(''),
  ).toBe(message.content ?? '');
  expect(result.content.filter((part) => part.type === 'tool-call').map((part) => ({ name: part.toolName, input: part.input || '{}' }))).toEqual(calls);
  expect(result.content.filter((part) => part.type === 'file')).toHaveLength(message.images?.length ?? 0);
  expect(result.finishReason).toEqual(modelFinishReason(unified(body.choices[0].finish_reason, calls.length > 0), body.choices[0].finish_reason));
  expect(body.usage, 'usage in the reply').toBeDefined();
  expect(result.usage).toEqual(modelUsage(countsOf(body.usage)));
  expect(result.providerMetadata?.openrouter).toMatchObject({
    generationId: body.id,
    ...(typeof body.usage.cost === 'number' ? { usage: { cost: body.usage.cost } } : {}),
  });
}

async function replayEmbeddings({ name }: RecordedFixture) {
  const body = recordedJson(name);
  server.emulator.enqueue(recordedReply(name));
  const result = await router()
    [EMBEDDING_MODEL]('openai/text-embedding-3-small')
    .doEmbed({ values: body.data.map((_: unknown, index: number) => `value ${index}`) });
  expect(result.embeddings).toEqual(body.data.map((entry: any) => entry.embedding));
  expect(result.usage).toEqual({ tokens: body.usage.prompt_tokens });
}

async function replayTranscription({ name }: RecordedFixture) {
  const body = recordedJson(name);
  server.emulator.enqueue(recordedReply(name));
  const result = await router()
    .transcriptionModel('openai/whisper-large-v3')
    .doGenerate({ audio: new Uint8Array(64), mediaType: 'audio/wav' });
  expect(result.text).toBe(body.text);
}

async function replayRerank({ name }: RecordedFixture) {
  const body = recordedJson(name);
  server.emulator.enqueue(recordedReply(name));
  const model = (router() as any).rerankingModel('cohere/rerank-v3.5');
  const count = Math.max(...body.results.map((result: any) => result.index)) + 1;
  const values = Array.from({ length: count }, (_, index) => `document ${index}`);
  const result = await model.doRerank({ documents: { type: 'text', values }, query: 'q', topN: body.results.length });
  expect(result.ranking).toEqual(body.results.map((entry: any) => ({ index: entry.index, relevanceScore: entry.relevance_score })));
}

async function replayGeneration({ name }: RecordedFixture) {
  const body = recordedJson(name);
  server.emulator.enqueue(recordedReply(name));
  expect(await router().getGeneration(body.data.id)).toEqual(body.data);
}

async function replayError(recording: RecordedFixture, status: number) {
  const body = recordedJson(recording.name);
  server.emulator.enqueue(recordedReply(recording.name, { status }), recordedReply(recording.name, { status }));
  const [method, path] = recording.source.endpoint.split(' ');
  const call =
    path === '/api/v1/generation'
      ? router().getGeneration('gen-recorded')
      : path === '/api/v1/embeddings'
        ? router()
            [EMBEDDING_MODEL]('openai/text-embedding-3-small')
            .doEmbed({ values: ['x'] })
        : router().languageModel('openai/gpt-5').doGenerate({ prompt: HI });
  expect(method === 'GET' || method === 'POST').toBe(true);
  const error = await rejectionOf(call);
  expect(error).toBeInstanceOf(APICallError);
  const retryable = body.error.availability?.retryable ?? (status === 408 || status === 429 || status >= 500);
  expect(error).toMatchObject({ statusCode: status, isRetryable: retryable });
  expect(error.message).toContain(body.error?.message ?? `${status}`);
}

/** What each endpoint's recording replays through; the reranking model exists from AI SDK 6 on. */
const REPLAYS: Record<string, ((recording: RecordedFixture) => Promise<void>) | undefined> = {
  'POST /api/v1/chat/completions': (recording) => (recording.name.endsWith('.chunks.txt') ? replayChatStream(recording) : replayChatJson(recording)),
  'POST /api/v1/embeddings': replayEmbeddings,
  'POST /api/v1/audio/transcriptions': replayTranscription,
  'POST /api/v1/rerank': lane === 'v2' ? undefined : replayRerank,
  'GET /api/v1/generation': replayGeneration,
};

/** How a recording replays in this lane; undefined when this lane has no model for its endpoint. */
function replayOf(recording: RecordedFixture): (() => Promise<void>) | undefined {
  const status = Number(recording.source.status);
  if (status >= 400) return () => replayError(recording, status);
  const replay = REPLAYS[recording.source.endpoint];
  return replay && (() => replay(recording));
}

const cases = recordings.map((recording) => ({ label: basename(recording.name), recording, replay: replayOf(recording) }));

describe('recordings of npm run test:live', () => {
  it.skipIf(recordings.length > 0)('none yet: `npm run test:live -- --record` writes them', () => {});

  it.runIf(process.env[RECORDED_DIR_VARIABLE] !== undefined)(`${RECORDED_DIR_VARIABLE} holds recordings`, () => {
    expect(recordings.filter((recording) => isAbsolute(recording.name))).not.toHaveLength(0);
  });

  it.each(cases.filter((entry) => entry.replay !== undefined))('$label', async ({ recording, replay }) => {
    for (const field of ['date', 'scenario', 'model', 'upstream provider', 'endpoint', 'status']) {
      expect(recording.source[field], `${field} in its .source.md`).toBeTruthy();
    }
    await replay!();
  });

  // Endpoints this lane has no model for (reranking before AI SDK 6) or the suite does not replay yet.
  it.skip.each(cases.filter((entry) => entry.replay === undefined))('$label', () => {});
});
