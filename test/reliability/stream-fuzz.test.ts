import type { LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { APICallError } from '@ai-sdk/provider';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chatChunk, usageChunk } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import {
  announceFuzz,
  encodeEvent,
  encodeScript,
  expectMatchesScript,
  expectWellFormed,
  fuzzParameters,
  fuzzTimeout,
  hostileValue,
  jsonPaths,
  normalizeParts,
  partsFromPieces,
  streamPartMapperOf,
  readParts,
  replaceAt,
  splitBySizes,
  splitSizes,
  streamScript,
  summarize,
  expectedFinishReason,
  type LineEnding,
  type ScriptEvent,
  type StreamExpectation,
} from '../helpers/fuzz';
import { streamText, createOpenClawRouter, lane } from '../helpers/surface';

beforeAll(() => announceFuzz('stream-fuzz'));

/** The lane's models' own part mapping: what they stream over HTTP must equal it applied in memory. */
const toLaneStreamPart = await streamPartMapperOf(lane);

const lineEnding = fc.constantFrom<LineEnding>('\n', '\r\n', '\r');

/** The content before an error must be the start of the right content: nothing invented, nothing reordered. */
function expectPrefixOfScript(parts: LanguageModelV2StreamPart[], expected: StreamExpectation): void {
  const summary = summarize(parts);
  expect(expected.text.startsWith(summary.text), `text "${summary.text}" is not a prefix of "${expected.text}"`).toBe(true);
  expect(expected.reasoning.startsWith(summary.reasoning)).toBe(true);
  expect(expected.toolCalls.slice(0, summary.toolCalls.length)).toEqual(summary.toolCalls);
}

function expectOneClearError(parts: LanguageModelV2StreamPart[]): APICallError {
  const errors = summarize(parts).errors;
  expect(errors, parts.map((p) => p.type).join(' ')).toHaveLength(1);
  expect(APICallError.isInstance(errors[0])).toBe(true);
  return errors[0] as APICallError;
}

// The in-memory suites check the core's parser with V2 parts: they run once, in the v2 lane.
describe.runIf(lane === 'v2')('SSE parser and stream state machine (in memory)', () => {
  it(
    'yields the right parts for any well-formed stream, however its bytes are split',
    async () => {
      await fc.assert(
        fc.asyncProperty(streamScript, lineEnding, splitSizes, async (script, eol, sizes) => {
          const { bytes } = encodeScript(script.events, eol);
          const whole = await partsFromPieces([bytes]);
          expectMatchesScript(whole, script.expected);
          const split = await partsFromPieces(splitBySizes(bytes, sizes));
          expect(normalizeParts(split)).toEqual(normalizeParts(whole));
        }),
        fuzzParameters(500),
      );
    },
    fuzzTimeout(500),
  );

  it('gives the same parts for every two-way and the byte-by-byte split of a stream full of multi-byte text and CRLF', async () => {
    const events: ScriptEvent[] = [
      { kind: 'comment', text: 'OPENROUTER PROCESSING' },
      { kind: 'data', payload: chatChunk({ reasoning: 'ü🙂', reasoning_details: [{ type: 'reasoning.text', text: 'ü🙂', index: 0, format: 'anthropic-claude-v1' }] }) },
      { kind: 'data', payload: chatChunk({ reasoning_details: [{ type: 'reasoning.text', signature: 'c2ln', index: 0 }] }) },
      { kind: 'data', payload: chatChunk({ content: '日本語 ☕\r\n👍🏽' }) },
      { kind: 'comment', text: 'OPENROUTER PROCESSING' },
      { kind: 'data', payload: chatChunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'find', arguments: '{"q":"é' } }] }) },
      { kind: 'data', payload: chatChunk({ tool_calls: [{ index: 0, function: { arguments: '🙂"}' } }] }) },
      { kind: 'data', payload: chatChunk({}, { finish_reason: 'tool_calls' }) },
      { kind: 'data', payload: usageChunk() },
      { kind: 'data', payload: '[DONE]' },
    ];
    const { bytes } = encodeScript(events, '\r\n');
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\r\n');
    expect(bytes.length).toBeGreaterThan(text.length); // multi-byte characters present

    const reference = normalizeParts(await partsFromPieces([bytes]));
    expect(summarize(await partsFromPieces([bytes]))).toMatchObject({
      text: '日本語 ☕\r\n👍🏽',
      reasoning: 'ü🙂',
      toolCalls: [{ name: 'find', input: '{"q":"é🙂"}' }],
      errors: [],
    });
    for (let cut = 1; cut < bytes.length; cut++) {
      const parts = await partsFromPieces([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(normalizeParts(parts), `split at byte ${cut}`).toEqual(reference);
    }
    expect(normalizeParts(await partsFromPieces(splitBySizes(bytes, [1])))).toEqual(reference);
  });

  it(
    'ends a stream cut off at any byte in exactly one retryable error, unless the finish already arrived',
    async () => {
      await fc.assert(
        fc.asyncProperty(streamScript, lineEnding, splitSizes, fc.double({ min: 0, max: 1, noNaN: true }), async (script, eol, sizes, ratio) => {
          const { bytes, eventEnds } = encodeScript(script.events, eol);
          const cut = Math.floor(ratio * bytes.length);
          const parts = await partsFromPieces(splitBySizes(bytes.subarray(0, cut), sizes));
          expectWellFormed(parts);
          const summary = summarize(parts);
          // In SSE a lone CR already ends a line, so a CRLF stream's finish event is complete one byte early.
          const finishComplete = eventEnds[script.finishEvent] - (eol === '\r\n' ? 1 : 0);
          if (cut >= finishComplete) {
            expect(summary.errors).toEqual([]);
            expect(summary.text).toBe(script.expected.text);
            expect(summary.toolCalls).toEqual(script.expected.toolCalls);
            expect(summary.finish!.finishReason).toEqual(expectedFinishReason(script.expected));
          } else {
            const error = expectOneClearError(parts);
            expect(error.isRetryable).toBe(true);
            expect(error.message).toMatch(/cut off|interrupted/);
            expect(summary.toolCalls).toEqual([]); // half-streamed tool calls are never executed
            expectPrefixOfScript(parts, script.expected);
          }
        }),
        fuzzParameters(300),
      );
    },
    fuzzTimeout(300),
  );

  const garbageLine = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.uint8Array({ maxLength: 24 }).map((raw) => new TextDecoder().decode(raw)),
    fc.string({ maxLength: 30 }).map((text) => `data: ${text}`),
    fc.jsonValue({ maxDepth: 3 }).map((value) => `data: ${JSON.stringify(value)}`),
    fc.tuple(streamScript, fc.double({ min: 0, max: 1, noNaN: true })).map(([script, ratio]) => {
      const json = JSON.stringify((script.events.find((e) => e.kind === 'data') as { payload: unknown }).payload);
      return `data: ${json.slice(0, Math.floor(ratio * json.length))}`; // truncated JSON
    }),
    fc.constantFrom('data', 'data:', 'event: message', 'event: ping', 'id: 42', 'retry: 10', 'retry: soon', ':', ': OPENROUTER PROCESSING', ''),
  );

  it(
    'turns garbage lines anywhere between events into the right parts or exactly one clear error',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          streamScript,
          lineEnding,
          splitSizes,
          fc.array(fc.tuple(fc.nat(80), garbageLine, fc.boolean()), { minLength: 1, maxLength: 4 }),
          async (script, eol, sizes, garbage) => {
            const encoder = new TextEncoder();
            const events = script.events.map((event) => ({ event, before: [] as string[] }));
            const tail: string[] = [];
            for (const [at, line, blank] of garbage) {
              const slot = at % (events.length + 1);
              const text = `${line}${eol}${blank ? eol : ''}`;
              (slot === events.length ? tail : events[slot].before).push(text);
            }
            const chunks: Uint8Array[] = [];
            for (const { event, before } of events) {
              for (const text of before) chunks.push(encoder.encode(text));
              chunks.push(encodeScript([event], eol).bytes);
            }
            for (const text of tail) chunks.push(encoder.encode(text));
            const bytes = Buffer.concat(chunks);

            const parts = await partsFromPieces(splitBySizes(bytes, sizes));
            expectWellFormed(parts);
            const summary = summarize(parts);
            if (summary.errors.length === 0) {
              expect(summary.text).toBe(script.expected.text);
              expect(summary.reasoning).toBe(script.expected.reasoning);
              expect(summary.toolCalls).toEqual(script.expected.toolCalls);
              expect(summary.finish!.finishReason).toEqual(expectedFinishReason(script.expected));
            } else {
              expectOneClearError(parts);
              expectPrefixOfScript(parts, script.expected);
            }
          },
        ),
        fuzzParameters(300),
      );
    },
    fuzzTimeout(300),
  );

  it(
    'always ends, well formed, whatever bytes are inserted wherever',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          streamScript,
          lineEnding,
          splitSizes,
          fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 16 })), { minLength: 1, maxLength: 4 }),
          async (script, eol, sizes, insertions) => {
            let bytes: Buffer = Buffer.from(encodeScript(script.events, eol).bytes);
            for (const [ratio, junk] of insertions) {
              const at = Math.floor(ratio * bytes.length);
              bytes = Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
            }
            const parts = await partsFromPieces(splitBySizes(bytes, sizes));
            expectWellFormed(parts);
          },
        ),
        fuzzParameters(300),
      );
    },
    fuzzTimeout(300),
  );

  const ERROR_BODY = { code: 502, message: 'Upstream failed', metadata: { provider_name: 'X', raw: '{"error":{"message":"bad"}}', reasons: ['hate'] } };
  const mutation = fc.tuple(fc.nat(), fc.nat(), hostileValue, fc.constantFrom('replace', 'error-envelope'));

  it(
    'survives chunks whose fields hold values of any type: right parts or one error, never a throw',
    async () => {
      await fc.assert(
        fc.asyncProperty(streamScript, fc.array(mutation, { minLength: 1, maxLength: 3 }), async (script, mutations) => {
          const events = [...script.events];
          const dataEvents = events.map((event, index) => ({ event, index })).filter(({ event }) => event.kind === 'data' && typeof event.payload === 'object');
          for (const [which, where, value, kind] of mutations) {
            const target = dataEvents[which % dataEvents.length];
            const payload = (events[target.index] as { payload: unknown }).payload;
            let mutated: unknown;
            if (kind === 'error-envelope') {
              const paths = jsonPaths(ERROR_BODY);
              mutated = { error: replaceAt(ERROR_BODY, paths[where % paths.length], value) };
            } else {
              const paths = jsonPaths(payload);
              mutated = replaceAt(payload, paths[where % paths.length], value);
            }
            events[target.index] = { kind: 'data', payload: mutated };
          }
          const parts = await partsFromPieces([encodeScript(events).bytes]);
          expectWellFormed(parts);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        fuzzParameters(500),
      );
    },
    fuzzTimeout(500),
  );
});

describe.runIf(lane === 'v2')('values that once crashed the stream (regressions, checked on every run whatever the seed)', () => {
  const UNPRINTABLE = JSON.parse('{"toString":1}') as unknown;
  const withDetail = (detail: unknown) => chatChunk({ reasoning_details: [detail] });
  const CASES: Array<[string, unknown[]]> = [
    ['a reasoning detail whose type is an object', [withDetail({ type: UNPRINTABLE, text: 'a', index: 0 }), withDetail({ type: UNPRINTABLE, text: 'b', index: 0 })]],
    [
      'a detail continuing one whose type is an object',
      [withDetail({ type: 'reasoning.text', text: 'a', index: 0 }), withDetail({ type: UNPRINTABLE, text: 'b', index: 0 })],
    ],
    ['an error chunk whose code is an object', [{ error: { code: UNPRINTABLE, message: 'x' } }]],
    ['an error chunk whose moderation reasons are objects', [{ error: { code: 403, message: 'flagged', metadata: { reasons: [UNPRINTABLE] } } }]],
    ['an error chunk whose metadata.raw is an object that cannot be printed', [{ error: { code: 502, message: 'x', metadata: { raw: { error: UNPRINTABLE } } } }]],
    ['a created timestamp beyond the Date range', [{ ...chatChunk({ content: 'a' }), created: 1e308 }]],
    ['a tool call whose name and arguments are objects', [chatChunk({ tool_calls: [{ index: 0, id: 'c', function: { name: UNPRINTABLE, arguments: UNPRINTABLE } }] })]],
    ['lists holding nulls', [chatChunk({ reasoning_details: [null], tool_calls: [null], images: [null], annotations: [null] })]],
    ['usage of the wrong shape', [{ ...usageChunk(), usage: { prompt_tokens: UNPRINTABLE, prompt_tokens_details: 'x', cost_details: [1] } }]],
  ];

  it.each(CASES)('%s', async (_name, payloads) => {
    const events: ScriptEvent[] = [
      ...payloads.map((payload): ScriptEvent => ({ kind: 'data', payload })),
      { kind: 'data', payload: chatChunk({}, { finish_reason: 'stop' }) },
    ];
    expectWellFormed(await partsFromPieces([encodeScript(events).bytes]));
  });
});

describe('over HTTP (emulator, real sockets)', () => {
  const server = useEmulator();

  /** The emulator's byte stream for a script: its keep-alive comment, then every event verbatim. */
  function scriptedReply(events: ScriptEvent[], networkChunkSize: number) {
    return {
      type: 'stream' as const,
      chunks: events.map((event) => (event.kind === 'data' && typeof event.payload === 'object' ? (event.payload as Record<string, unknown>) : encodeEvent(event))),
      done: false,
      networkChunkSize,
      // Unknown fields are the point here; they are not in OpenRouter's schema.
      schemaCheck: false,
    };
  }

  it(
    'yields the same parts from the socket, split into network chunks of any size, as from memory',
    async () => {
      const model = createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL })('openai/gpt-4o-mini');
      await fc.assert(
        fc.asyncProperty(streamScript, fc.integer({ min: 1, max: 64 }), async (script, networkChunkSize) => {
          server.emulator.enqueue(scriptedReply(script.events, networkChunkSize));
          const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
          const parts = await readParts(stream, 5_000);
          expectMatchesScript(parts, script.expected);
          const keepAlive: ScriptEvent = { kind: 'comment', text: 'OPENROUTER PROCESSING' };
          const inMemory = await partsFromPieces([encodeScript([keepAlive, ...script.events]).bytes], toLaneStreamPart);
          expect(normalizeParts(parts)).toEqual(normalizeParts(inMemory));
        }),
        fuzzParameters(30, { http: true }),
      );
    },
    fuzzTimeout(30, { http: true }),
  );

  it(
    'streams the right text, reasoning and tool calls through streamText at any network chunk size',
    async () => {
      const model = createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL })('openai/gpt-4o-mini');
      await fc.assert(
        fc.asyncProperty(streamScript, fc.integer({ min: 1, max: 48 }), async (script, networkChunkSize) => {
          server.emulator.enqueue(scriptedReply(script.events, networkChunkSize));
          const errors: unknown[] = [];
          const result = streamText({ model, prompt: 'hi', onError: ({ error }) => void errors.push(error) });
          const text = await result.text;
          expect(errors).toEqual([]);
          expect(text).toBe(script.expected.text);
          expect((await result.reasoningText) ?? '').toBe(script.expected.reasoning);
          expect((await result.toolCalls).map((call) => ({ name: call.toolName, input: JSON.stringify(call.input) }))).toEqual(
            script.expected.toolCalls.map((call) => ({ name: call.name, input: JSON.stringify(JSON.parse(call.input)) })),
          );
        }),
        fuzzParameters(15, { http: true }),
      );
    },
    fuzzTimeout(15, { http: true }),
  );
});
