import type { LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { APICallError } from '@ai-sdk/provider';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ChatStreamState } from '../../src/core/chat/stream/chat-stream-state';
import { createChatPartStream } from '../../src/core/chat/stream/sse-part-stream';
import type { ChatStreamPart } from '../../src/core/model-io/result-types';
import { toV2StreamPart } from '../../src/v2/map-to-v2';
import { chatChunk, usageChunk } from '../../src/testing';
import type { Lane } from './surface';
import { modelFinishReason, tokenTotals, unifiedFinishReason, type UnifiedFinishReason } from './spec-shapes';

/**
 * Fuzz settings. The seed is fixed so CI runs are reproducible; `FUZZ_SEED` replays or varies
 * it, `FUZZ_RUNS` sets the case count of each in-memory property (HTTP properties run a
 * twentieth of it). fast-check prints the seed and the shrunk counterexample path on failure.
 */
export const FUZZ_SEED = readInteger('FUZZ_SEED') ?? 424242;
const FUZZ_RUNS = readInteger('FUZZ_RUNS');

function readInteger(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

/** fast-check parameters for a property that runs `defaultRuns` cases by default. */
export function fuzzParameters(defaultRuns: number, { http = false } = {}): fc.Parameters<unknown> {
  const numRuns = FUZZ_RUNS === undefined ? defaultRuns : Math.max(1, http ? Math.round(FUZZ_RUNS / 20) : FUZZ_RUNS);
  return { seed: FUZZ_SEED, numRuns, endOnFailure: false };
}

/** A test timeout that grows with the case count, so a large FUZZ_RUNS run is not cut short. */
export function fuzzTimeout(defaultRuns: number, { http = false } = {}): number {
  const runs = fuzzParameters(defaultRuns, { http }).numRuns ?? defaultRuns;
  return 20_000 + runs * (http ? 200 : 20);
}

export function announceFuzz(suite: string): void {
  console.info(
    `[fuzz] ${suite}: seed=${FUZZ_SEED}${FUZZ_RUNS !== undefined ? ` runs=${FUZZ_RUNS}` : ''} (replay with FUZZ_SEED=${FUZZ_SEED}; more cases with FUZZ_RUNS=<n>)`,
  );
}

// ---------------------------------------------------------------------------------------------
// Scripts: a well-formed OpenRouter stream plus what a correct provider must make of it.

export type LineEnding = '\n' | '\r\n' | '\r';

/** One SSE event: a data payload (object or verbatim string) or a comment line. */
export type ScriptEvent = { kind: 'data'; payload: unknown } | { kind: 'comment'; text: string };

export interface ToolCallExpectation {
  name: string;
  input: string;
}

export interface StreamExpectation {
  text: string;
  reasoning: string;
  /** The complete reasoning details the stream must hand back (finish metadata), in order. */
  reasoningDetails: unknown[];
  toolCalls: ToolCallExpectation[];
  finishReason: UnifiedFinishReason;
  /** OpenRouter's finish_reason as sent. */
  rawFinishReason: string;
  inputTokens?: number;
  outputTokens?: number;
}

export interface StreamScript {
  events: ScriptEvent[];
  /** Index in `events` of the event carrying finish_reason. */
  finishEvent: number;
  expected: StreamExpectation;
}

const KNOWN_KEYS = new Set([
  'id',
  'object',
  'created',
  'model',
  'provider',
  'choices',
  'usage',
  'error',
  'delta',
  'content',
  'reasoning',
  'reasoning_details',
  'tool_calls',
  'images',
  'annotations',
  'finish_reason',
  'native_finish_reason',
  'index',
  'type',
  'text',
  'summary',
  'data',
  'signature',
  'format',
  'function',
  'arguments',
  'name',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
]);

const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !KNOWN_KEYS.has(key));

/** Extra fields OpenRouter may add tomorrow: they must change nothing. */
const unknownFields = fc.oneof(
  { weight: 2, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.dictionary(unknownKey, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }) },
);

/** Text that exercises multi-byte UTF-8 (2, 3 and 4 bytes), line breaks and JSON escapes. */
const textPiece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 2, arbitrary: fc.constantFrom('é', 'ß', '日本語', '🙂', '👍🏽', 'naïve ☕', 'a\r\nb', '\n', '"quoted"', '\\', '\u2028') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);

const pieces = (min: number, max: number) => fc.array(textPiece, { minLength: min, maxLength: max });

/** Splits a string into consecutive slices at the given cut ratios. */
function splitString(value: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((ratio) => Math.floor(ratio * value.length)))].filter((p) => p > 0 && p < value.length).sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const point of points) {
    out.push(value.slice(last, point));
    last = point;
  }
  out.push(value.slice(last));
  return out;
}

const reasoningPlan = fc.oneof(
  fc.constant(undefined),
  fc.record({ mode: fc.constant('plain' as const), texts: pieces(1, 4) }),
  fc.record({
    mode: fc.constant('details' as const),
    texts: pieces(1, 4),
    signature: fc.option(fc.stringMatching(/^[A-Za-z0-9+/]{4,24}={0,2}$/), { nil: undefined }),
    /** The signature comes in a late, signature-only piece (a failure of other providers). */
    lateSignature: fc.boolean(),
    summary: fc.option(textPiece, { nil: undefined }),
    encrypted: fc.option(fc.base64String({ minLength: 4, maxLength: 40 }), { nil: undefined }),
    /** A reasoning-detail type this provider has never heard of: kept opaque. */
    unknown: fc.option(
      fc.record({
        type: fc.stringMatching(/^reasoning\.[a-z_]{1,16}$/).filter((t) => !['reasoning.text', 'reasoning.summary', 'reasoning.encrypted'].includes(t)),
        fields: unknownFields,
      }),
      { nil: undefined },
    ),
  }),
);

const toolPlan = fc.array(
  fc.record({
    name: fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,15}$/),
    args: fc.oneof(
      fc.constant(''),
      fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }).map((value) => JSON.stringify(value)),
    ),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
  }),
  { maxLength: 3 },
);

const noiseEvent: fc.Arbitrary<ScriptEvent> = fc.oneof(
  fc.constant<ScriptEvent>({ kind: 'comment', text: 'OPENROUTER PROCESSING' }),
  fc.string({ maxLength: 20 }).map((text): ScriptEvent => ({ kind: 'comment', text: text.replace(/[\r\n]/g, ' ') })),
  // A chunk with no choices at all, or an empty list, carrying unknown fields.
  fc.tuple(fc.boolean(), unknownFields).map(([empty, extra]): ScriptEvent => {
    const { choices: _choices, ...base } = chatChunk({});
    return { kind: 'data', payload: { ...base, ...(empty ? { choices: [] } : {}), ...extra } };
  }),
);

const scriptPlan = fc.record({
  reasoning: reasoningPlan,
  text: pieces(0, 6),
  tools: toolPlan,
  finish: fc.constantFrom('stop', 'length', 'tool_calls', 'content_filter'),
  usage: fc.option(fc.record({ prompt_tokens: fc.nat(100_000), completion_tokens: fc.nat(100_000) }), { nil: undefined }),
  done: fc.boolean(),
  chunkExtras: fc.array(unknownFields, { minLength: 6, maxLength: 6 }),
  deltaExtras: fc.array(unknownFields, { minLength: 6, maxLength: 6 }),
  noise: fc.array(fc.tuple(fc.nat(60), noiseEvent), { maxLength: 6 }),
});

type ScriptPlan = typeof scriptPlan extends fc.Arbitrary<infer T> ? T : never;

/**
 * A well-formed stream: reasoning (plain or details, with summary, encrypted and unknown
 * detail types), text, tool calls with split arguments, a finish chunk, maybe usage and
 * [DONE]; unknown fields on every chunk and delta, and comments or choice-less chunks anywhere.
 */
export const streamScript: fc.Arbitrary<StreamScript> = scriptPlan.map(buildScript);

function buildScript(plan: ScriptPlan): StreamScript {
  const deltas: Array<Record<string, unknown>> = [];
  const expected: StreamExpectation = { text: '', reasoning: '', reasoningDetails: [], toolCalls: [], finishReason: 'unknown', rawFinishReason: '' };

  const reasoning = plan.reasoning;
  if (reasoning?.mode === 'plain') {
    for (const text of reasoning.texts) {
      deltas.push({ reasoning: text });
      expected.reasoning += text;
    }
  } else if (reasoning?.mode === 'details') {
    const texts = reasoning.texts;
    const full = { type: 'reasoning.text', text: '', index: 0, format: 'anthropic-claude-v1' } as Record<string, unknown>;
    texts.forEach((text, position) => {
      const piece: Record<string, unknown> = { type: 'reasoning.text', text, index: 0, format: 'anthropic-claude-v1' };
      const last = position === texts.length - 1;
      if (last && reasoning.signature !== undefined && !reasoning.lateSignature) piece.signature = reasoning.signature;
      deltas.push({ reasoning: text, reasoning_details: [piece] });
      full.text += text;
      expected.reasoning += text;
    });
    if (reasoning.signature !== undefined) {
      full.signature = reasoning.signature;
      if (reasoning.lateSignature) deltas.push({ reasoning_details: [{ type: 'reasoning.text', signature: reasoning.signature, index: 0 }] });
    }
    expected.reasoningDetails.push(full);
    if (reasoning.summary !== undefined) {
      const detail = { type: 'reasoning.summary', summary: reasoning.summary, index: 1, format: 'openai-responses-v1' };
      deltas.push({ reasoning_details: [detail] });
      expected.reasoning += reasoning.summary;
      expected.reasoningDetails.push({ ...detail });
    }
    if (reasoning.encrypted !== undefined) {
      const detail = { type: 'reasoning.encrypted', data: reasoning.encrypted, index: 2, format: 'openai-responses-v1' };
      deltas.push({ reasoning_details: [detail] });
      expected.reasoningDetails.push({ ...detail });
    }
    if (reasoning.unknown !== undefined) {
      const detail = { ...reasoning.unknown.fields, type: reasoning.unknown.type, index: 3 };
      deltas.push({ reasoning_details: [detail] });
      expected.reasoningDetails.push(structuredClone(detail));
    }
  }

  for (const text of plan.text) {
    deltas.push({ content: text });
    expected.text += text;
  }

  plan.tools.forEach((tool, index) => {
    const parts = splitString(tool.args, tool.cuts);
    parts.forEach((argumentsPiece, position) => {
      const call: Record<string, unknown> =
        position === 0
          ? { index, id: `call_${index}`, type: 'function', function: { name: tool.name, arguments: argumentsPiece } }
          : { index, function: { arguments: argumentsPiece } };
      deltas.push({ tool_calls: [call] });
    });
    expected.toolCalls.push({ name: tool.name, input: tool.args === '' ? '{}' : tool.args });
  });

  const events: ScriptEvent[] = deltas.map((delta, position) => ({
    kind: 'data',
    payload: { ...chatChunk({ ...delta, ...plan.deltaExtras[position % 6] }), ...plan.chunkExtras[position % 6] },
  }));
  for (const [at, event] of plan.noise) events.splice(at % (events.length + 1), 0, event);

  const finishEvent = events.length;
  events.push({ kind: 'data', payload: chatChunk({}, { finish_reason: plan.finish }) });
  expected.finishReason = mapExpectedFinish(plan.finish, plan.tools.length > 0);
  expected.rawFinishReason = plan.finish;
  if (plan.usage) {
    events.push({ kind: 'data', payload: usageChunk({ ...plan.usage, total_tokens: plan.usage.prompt_tokens + plan.usage.completion_tokens }) });
    expected.inputTokens = plan.usage.prompt_tokens;
    expected.outputTokens = plan.usage.completion_tokens;
  }
  if (plan.done) events.push({ kind: 'data', payload: '[DONE]' });
  return { events, finishEvent, expected };
}

function mapExpectedFinish(reason: string, hasToolCalls: boolean): UnifiedFinishReason {
  switch (reason) {
    case 'tool_calls':
      return 'tool-calls';
    case 'stop':
      return hasToolCalls ? 'tool-calls' : 'stop';
    case 'length':
      return 'length';
    default:
      return 'content-filter';
  }
}

/** SSE text of one event, with the given line ending. */
export function encodeEvent(event: ScriptEvent, eol: LineEnding = '\n'): string {
  if (event.kind === 'comment') return `: ${event.text}${eol}${eol}`;
  const data = typeof event.payload === 'string' ? event.payload : JSON.stringify(event.payload);
  return `data: ${data}${eol}${eol}`;
}

export interface EncodedScript {
  bytes: Uint8Array;
  /** Byte offset just past each event's terminating blank line. */
  eventEnds: number[];
}

export function encodeScript(events: ScriptEvent[], eol: LineEnding = '\n'): EncodedScript {
  const encoder = new TextEncoder();
  const buffers = events.map((event) => encoder.encode(encodeEvent(event, eol)));
  const eventEnds: number[] = [];
  let offset = 0;
  for (const buffer of buffers) eventEnds.push((offset += buffer.length));
  const bytes = new Uint8Array(offset);
  let at = 0;
  for (const buffer of buffers) {
    bytes.set(buffer, at);
    at += buffer.length;
  }
  return { bytes, eventEnds };
}

/** Cuts bytes into network chunks whose sizes cycle through `sizes`. */
export function splitBySizes(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  let turn = 0;
  while (at < bytes.length) {
    const size = Math.max(1, sizes[turn++ % sizes.length]);
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

/** Network chunk sizes: tiny (inside characters and CRLF), mixed, or whole events at once. */
export const splitSizes = fc.oneof(
  { weight: 1, arbitrary: fc.constant([1]) },
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 12 }) },
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }) },
);

// ---------------------------------------------------------------------------------------------
// Structure-aware mutation of JSON values.

/** Values that break code trusting the wire: wrong types, huge numbers, objects that cannot become strings. */
export const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    '',
    -1,
    1e308,
    [],
    {},
    [null],
    'x'.repeat(5_000),
    ...['{"toString":1}', '{"valueOf":{},"toString":{}}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'].map(
      (json) => JSON.parse(json) as unknown,
    ),
  ),
);

/** Every path into a JSON value, so a mutation can hit any field at any depth. */
export function jsonPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const paths = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...jsonPaths(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) paths.push(...jsonPaths((value as Record<string, unknown>)[key], [...prefix, key]));
  return paths;
}

export function replaceAt(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = replacement;
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Running the parser + state machine over bytes, without HTTP.

/** A body that hands out one piece per read, like a socket would. */
export function bodyFrom(pieces: Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < pieces.length) controller.enqueue(pieces[next++]);
      else controller.close();
    },
  });
}

/** Reads every part, failing (instead of hanging) if the stream does not end within `timeoutMs`. */
export async function readParts(stream: ReadableStream<LanguageModelV2StreamPart>, timeoutMs = 2_000): Promise<LanguageModelV2StreamPart[]> {
  const parts: LanguageModelV2StreamPart[] = [];
  const reader = stream.getReader();
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the part stream did not end within ${timeoutMs} ms; parts so far: ${parts.map((p) => p.type).join(', ')}`)), timeoutMs);
  });
  try {
    const drain = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return parts;
        parts.push(value);
      }
    })();
    return await Promise.race([drain, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The parts the stream state makes of `pieces` in memory, as V2 parts unless `toSpecPart` maps the
 * core's parts to another spec (the over-HTTP checks compare with the lane's own parts).
 */
export function partsFromPieces(pieces: Uint8Array[], toSpecPart: (part: ChatStreamPart) => unknown = toV2StreamPart): Promise<LanguageModelV2StreamPart[]> {
  const state = new ChatStreamState({
    url: 'https://openrouter.ai/api/v1/chat/completions',
    requestBodyValues: {},
    responseHeaders: {},
    warnings: [],
    includeRawChunks: false,
  });
  return readParts(createChatPartStream(bodyFrom(pieces), state, toSpecPart as (part: ChatStreamPart) => LanguageModelV2StreamPart));
}

/** How a lane's models map the core's parts: the in-memory reference for what they stream over HTTP. */
export async function streamPartMapperOf(lane: Lane): Promise<(part: ChatStreamPart) => unknown> {
  switch (lane) {
    case 'v2':
      return toV2StreamPart;
    case 'v3':
      return (await import('../../src/v3/map-to-v3')).toV3StreamPart;
    case 'v4':
      return (await import('../../src/v4/map-to-v4')).toV4StreamPart;
  }
}

// ---------------------------------------------------------------------------------------------
// Judging part sequences.

/**
 * Parts with generated ids replaced by their order of appearance and errors reduced to what a
 * caller sees, so runs over differently split bytes compare equal.
 */
export function normalizeParts(parts: LanguageModelV2StreamPart[]): unknown[] {
  const ids = new Map<string, string>();
  const stable = (id: string) => {
    if (!ids.has(id)) ids.set(id, `#${ids.size}`);
    return ids.get(id)!;
  };
  return parts.map((part) => {
    const copy: Record<string, unknown> = { ...part };
    if (typeof copy.id === 'string' && part.type !== 'source' && part.type !== 'response-metadata') copy.id = stable(copy.id);
    if (typeof copy.toolCallId === 'string') copy.toolCallId = stable(copy.toolCallId);
    if (part.type === 'error') copy.error = describeError(part.error);
    return copy;
  });
}

function describeError(error: unknown): unknown {
  if (APICallError.isInstance(error)) return { message: error.message, isRetryable: error.isRetryable, statusCode: error.statusCode };
  return error instanceof Error ? { name: error.name, message: error.message } : error;
}

export interface PartSummary {
  text: string;
  reasoning: string;
  toolCalls: ToolCallExpectation[];
  errors: unknown[];
  finish?: Extract<LanguageModelV2StreamPart, { type: 'finish' }>;
}

export function summarize(parts: LanguageModelV2StreamPart[]): PartSummary {
  const summary: PartSummary = { text: '', reasoning: '', toolCalls: [], errors: [] };
  for (const part of parts) {
    if (part.type === 'text-delta') summary.text += part.delta;
    else if (part.type === 'reasoning-delta') summary.reasoning += part.delta;
    else if (part.type === 'tool-call') summary.toolCalls.push({ name: part.toolName, input: part.input });
    else if (part.type === 'error') summary.errors.push(part.error);
    else if (part.type === 'finish') summary.finish = part;
  }
  return summary;
}

/**
 * What the AI SDK needs from any V2 stream, whatever the input: stream-start first, exactly one
 * finish last, every delta and end inside its own start/end, every block closed before the
 * finish, at most one error part (an Error with a message) and nothing but block ends after it.
 * Plain checks, not one expect() per part: the fuzz suites call this thousands of times.
 */
export function expectWellFormed(parts: LanguageModelV2StreamPart[]): void {
  const problem = wellFormednessProblem(parts);
  if (problem !== undefined) expect.fail(`${problem}\nparts: ${parts.map((p) => p.type).join(' ')}`);
}

function wellFormednessProblem(parts: LanguageModelV2StreamPart[]): string | undefined {
  if (parts[0]?.type !== 'stream-start') return 'the first part is not stream-start';
  if (parts[parts.length - 1].type !== 'finish') return 'the last part is not finish';
  const open = { text: new Set<string>(), reasoning: new Set<string>(), tool: new Set<string>() };
  const used = new Set<string>();
  const endedTools = new Set<string>();
  let errorSeen = false;
  let metadataSeen = false;
  for (const [index, part] of parts.entries()) {
    if (index > 0 && part.type === 'stream-start') return 'a second stream-start';
    if (part.type === 'finish' && index !== parts.length - 1) return 'a finish before the end';
    if (errorSeen && !['text-end', 'reasoning-end', 'finish'].includes(part.type)) return `${part.type} after the error part`;
    switch (part.type) {
      case 'response-metadata':
        if (metadataSeen) return 'a second response-metadata';
        metadataSeen = true;
        // The AI SDK calls toISOString() on it (telemetry, response objects): an Invalid Date throws.
        if (part.timestamp !== undefined && Number.isNaN(part.timestamp.getTime())) return 'response-metadata with an invalid timestamp';
        break;
      case 'text-start':
      case 'reasoning-start':
      case 'tool-input-start': {
        const kind = part.type === 'text-start' ? 'text' : part.type === 'reasoning-start' ? 'reasoning' : 'tool';
        if (used.has(`${kind}:${part.id}`)) return `${part.type} reuses id ${part.id}`;
        used.add(`${kind}:${part.id}`);
        open[kind].add(part.id);
        break;
      }
      case 'text-delta':
      case 'reasoning-delta':
      case 'tool-input-delta': {
        const kind = part.type === 'text-delta' ? 'text' : part.type === 'reasoning-delta' ? 'reasoning' : 'tool';
        if (!open[kind].has(part.id)) return `${part.type} for ${part.id}, which is not open`;
        if (typeof part.delta !== 'string') return `${part.type} with a non-string delta`;
        break;
      }
      case 'text-end':
      case 'reasoning-end':
      case 'tool-input-end': {
        const kind = part.type === 'text-end' ? 'text' : part.type === 'reasoning-end' ? 'reasoning' : 'tool';
        if (!open[kind].delete(part.id)) return `${part.type} for ${part.id}, which is not open`;
        if (kind === 'tool') endedTools.add(part.id);
        break;
      }
      case 'tool-call':
        if (!endedTools.has(part.toolCallId)) return `tool-call ${part.toolCallId} before its input ended`;
        if (typeof part.input !== 'string') return 'tool-call with a non-string input';
        break;
      case 'error':
        if (errorSeen) return 'two error parts';
        errorSeen = true;
        if (!(part.error instanceof Error) || part.error.message.length < 10) return `an error part without a clear message: ${String(part.error)}`;
        break;
      case 'finish':
        if (open.text.size + open.reasoning.size > 0) return 'text or reasoning left open at the finish';
        if (errorSeen && unifiedFinishReason(part.finishReason) !== 'error') return `finish reason ${JSON.stringify(part.finishReason)} after an error`;
        break;
    }
  }
  return undefined;
}

/** The finish reason a well-formed script ends with, in the lane's spec. */
export function expectedFinishReason(expected: StreamExpectation): unknown {
  return modelFinishReason(expected.finishReason, expected.rawFinishReason);
}

/** The content a correct provider produces for a well-formed script. */
export function expectMatchesScript(parts: LanguageModelV2StreamPart[], expected: StreamExpectation): void {
  expectWellFormed(parts);
  const summary = summarize(parts);
  expect(summary.errors).toEqual([]);
  expect(summary.text).toBe(expected.text);
  expect(summary.reasoning).toBe(expected.reasoning);
  expect(summary.toolCalls).toEqual(expected.toolCalls);
  expect(summary.finish!.finishReason).toEqual(expectedFinishReason(expected));
  expect(tokenTotals(summary.finish!.usage)).toEqual({ input: expected.inputTokens, output: expected.outputTokens });
  const metadata = summary.finish!.providerMetadata?.openrouter as Record<string, unknown>;
  expect(metadata.reasoning_details ?? []).toEqual(expected.reasoningDetails);
}
