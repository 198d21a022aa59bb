import type { LanguageModelV2CallOptions, LanguageModelV2FunctionTool, LanguageModelV2Prompt, LanguageModelV2ProviderDefinedTool } from '@ai-sdk/provider';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, usageChunk, type StreamReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { modelFinishReason, providerTool, sdkFinishReason, unsupportedTool } from '../helpers/spec-shapes';
import { chatModels, defaultFinish, normalizeParts, RESPONSE_METADATA, START } from './support';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'openai/gpt-5');
const HI: LanguageModelV2Prompt = [{ role: 'user', content: [{ type: 'text', text: 'Weather in Paris and Rome?' }] }];

const CITY_SCHEMA = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } as const;
const WEATHER: LanguageModelV2FunctionTool = { type: 'function', name: 'weather', description: 'Current weather', inputSchema: CITY_SCHEMA };
const TIME: LanguageModelV2FunctionTool = { type: 'function', name: 'time', inputSchema: CITY_SCHEMA };
const WEB_SEARCH: LanguageModelV2ProviderDefinedTool = providerTool({ id: 'openai.web_search', name: 'web_search', args: {} });

const WEATHER_WIRE = { type: 'function', function: { name: 'weather', description: 'Current weather', parameters: CITY_SCHEMA } };
const TIME_WIRE = { type: 'function', function: { name: 'time', parameters: CITY_SCHEMA } };

async function streamParts(options: Partial<LanguageModelV2CallOptions> = {}) {
  const { stream } = await model().doStream({ prompt: HI, tools: [WEATHER, TIME], ...options });
  return convertReadableStreamToArray(stream);
}

/** The finish part for the emulator's default usage chunk after OpenRouter's `finish_reason` (also the native one unless null). */
const finish = (unified: 'tool-calls', finishReason: string | null = 'tool_calls') =>
  defaultFinish(unified, finishReason ?? undefined, finishReason !== null ? { nativeFinishReason: finishReason } : {});

const toolDelta = (...tool_calls: Array<Record<string, unknown>>) => chatChunk({ role: 'assistant', content: null, tool_calls });
const FINISH_TOOL_CALLS = chatChunk({ role: 'assistant', content: '' }, { finish_reason: 'tool_calls' });

/** Queues a stream of `chunks` that ends as a tool-calling reply does: a tool_calls finish, then usage. */
function enqueueToolCalls(chunks: StreamReply['chunks'], reply: Omit<StreamReply, 'type' | 'chunks'> = {}) {
  server.emulator.enqueue({ type: 'stream', ...reply, chunks: [...chunks, FINISH_TOOL_CALLS, usageChunk()] });
}

describe('tools and toolChoice in the request', () => {
  it.each<[string, LanguageModelV2CallOptions['toolChoice'], unknown]>([
    ['no choice', undefined, undefined],
    ['auto', { type: 'auto' }, 'auto'],
    ['none', { type: 'none' }, 'none'],
    ['required', { type: 'required' }, 'required'],
    ['a named tool', { type: 'tool', toolName: 'time' }, { type: 'function', function: { name: 'time' } }],
  ])('sends function tools with %s', async (_, toolChoice, wireChoice) => {
    const result = await model().doGenerate({ prompt: HI, tools: [WEATHER, TIME], toolChoice });
    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-5',
      messages: [{ role: 'user', content: 'Weather in Paris and Rome?' }],
      tools: [WEATHER_WIRE, TIME_WIRE],
      ...(wireChoice !== undefined ? { tool_choice: wireChoice } : {}),
    });
    expect(result.warnings).toEqual([]);
  });

  it("passes a tool's strict flag through (AI SDK 7 sets it on function tools)", async () => {
    await model().doGenerate({ prompt: HI, tools: [{ ...WEATHER, strict: true } as LanguageModelV2FunctionTool] });
    expect(server.emulator.lastRequest().body.tools).toEqual([
      { type: 'function', function: { name: 'weather', description: 'Current weather', parameters: CITY_SCHEMA, strict: true } },
    ]);
  });

  it('turns a provider-defined tool into a warning and still sends the function tools', async () => {
    const result = await model().doGenerate({ prompt: HI, tools: [WEATHER, WEB_SEARCH], toolChoice: { type: 'auto' } });
    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-5',
      messages: [{ role: 'user', content: 'Weather in Paris and Rome?' }],
      tools: [WEATHER_WIRE],
      tool_choice: 'auto',
    });
    expect(result.warnings).toEqual([
      unsupportedTool(
        WEB_SEARCH,
        'Provider-defined tool "openai.web_search" is not sent: it belongs to another provider. OpenRouter\'s own server tools come from router.tools (web search, web fetch, datetime, ...).',
      ),
    ]);
  });

  it('sends neither tools nor tool_choice when only provider-defined tools are given, and warns in the stream too', async () => {
    const parts = await streamParts({ tools: [WEB_SEARCH], toolChoice: { type: 'required' } });
    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-5',
      messages: [{ role: 'user', content: 'Weather in Paris and Rome?' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(parts[0]).toEqual({
      type: 'stream-start',
      warnings: [
        unsupportedTool(
          WEB_SEARCH,
          'Provider-defined tool "openai.web_search" is not sent: it belongs to another provider. OpenRouter\'s own server tools come from router.tools (web search, web fetch, datetime, ...).',
        ),
      ],
    });
  });
});

describe('tool calls in a generated reply', () => {
  it('returns parallel tool calls in order and finishes with tool-calls', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({
        finish_reason: 'tool_calls',
        message: {
          content: null,
          tool_calls: [
            { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_b', type: 'function', function: { name: 'time', arguments: '{"city":"Rome"}' } },
          ],
        },
      }),
    });
    const result = await model().doGenerate({ prompt: HI, tools: [WEATHER, TIME] });
    expect(result.content).toEqual([
      { type: 'tool-call', toolCallId: 'call_a', toolName: 'weather', input: '{"city":"Paris"}' },
      { type: 'tool-call', toolCallId: 'call_b', toolName: 'time', input: '{"city":"Rome"}' },
    ]);
    expect(result.finishReason).toEqual(modelFinishReason('tool-calls', 'tool_calls'));
  });

  it.each([
    ['null', null],
    ['stop', 'stop'],
  ])('reads a %s finish reason with tool calls as tool-calls', async (_, finishReason) => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({
        finish_reason: finishReason,
        message: { content: null, tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }] },
      }),
    });
    expect((await model().doGenerate({ prompt: HI, tools: [WEATHER] })).finishReason).toEqual(modelFinishReason('tool-calls', finishReason ?? undefined));
  });

  it('repairs empty and duplicate tool-call ids and sends {} for empty arguments', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({
        finish_reason: 'tool_calls',
        message: {
          content: null,
          tool_calls: [
            { id: 'call_x', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_x', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } },
            { id: '', type: 'function', function: { name: 'time', arguments: '' } },
          ],
        },
      }),
    });
    const { content } = await model().doGenerate({ prompt: HI, tools: [WEATHER, TIME] });
    const ids = content.map((part) => (part.type === 'tool-call' ? part.toolCallId : 'not a tool call'));
    expect(ids[0]).toBe('call_x');
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(content).toEqual([
      { type: 'tool-call', toolCallId: 'call_x', toolName: 'weather', input: '{"city":"Paris"}' },
      { type: 'tool-call', toolCallId: ids[1], toolName: 'weather', input: '{"city":"Rome"}' },
      { type: 'tool-call', toolCallId: ids[2], toolName: 'time', input: '{}' },
    ]);
  });
});

describe('tool calls in a stream', () => {
  it('streams parallel calls with split arguments losslessly, one tool-call each', async () => {
    enqueueToolCalls([
      toolDelta({ index: 0, id: 'call_a', type: 'function', function: { name: 'weather', arguments: '' } }),
      toolDelta({ index: 1, id: 'call_b', type: 'function', function: { name: 'time', arguments: '{"ci' } }),
      toolDelta({ index: 0, function: { arguments: '{"city":' } }, { index: 1, function: { arguments: 'ty":"Rome"}' } }),
      toolDelta({ index: 0, function: { arguments: '"Paris"}' } }),
    ]);
    expect(normalizeParts(await streamParts())).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'tool-input-start', id: 'call_a', toolName: 'weather' },
      { type: 'tool-input-start', id: 'call_b', toolName: 'time' },
      { type: 'tool-input-delta', id: 'call_b', delta: '{"ci' },
      { type: 'tool-input-delta', id: 'call_a', delta: '{"city":' },
      { type: 'tool-input-delta', id: 'call_b', delta: 'ty":"Rome"}' },
      { type: 'tool-input-delta', id: 'call_a', delta: '"Paris"}' },
      { type: 'tool-input-end', id: 'call_a' },
      { type: 'tool-call', toolCallId: 'call_a', toolName: 'weather', input: '{"city":"Paris"}' },
      { type: 'tool-input-end', id: 'call_b' },
      { type: 'tool-call', toolCallId: 'call_b', toolName: 'time', input: '{"city":"Rome"}' },
      finish('tool-calls'),
    ]);
  });

  it('keeps every argument byte when the network splits events and UTF-8 characters', async () => {
    const args = '{"city":"Zürich 東京 🌧️","note":"a \\"quoted\\" \\\\ path\\n"}';
    const pieces = [args.slice(0, 5), args.slice(5, 13), args.slice(13, 30), args.slice(30)];
    enqueueToolCalls(
      [
        toolDelta({ index: 0, id: 'call_u', type: 'function', function: { name: 'weather', arguments: pieces[0] } }),
        ...pieces.slice(1).map((piece) => toolDelta({ index: 0, function: { arguments: piece } })),
      ],
      { networkChunkSize: 3 },
    );
    const parts = await streamParts();
    const deltas = parts.filter((part) => part.type === 'tool-input-delta').map((part) => part.delta);
    expect(deltas).toEqual(pieces);
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([{ type: 'tool-call', toolCallId: 'call_u', toolName: 'weather', input: args }]);
    expect(JSON.parse(args)).toEqual({ city: 'Zürich 東京 🌧️', note: 'a "quoted" \\ path\n' });
  });

  it('repairs null, empty and duplicate ids into unique ids used consistently', async () => {
    enqueueToolCalls(
      [
        toolDelta({ index: 0, id: null, type: 'function', function: { name: 'weather', arguments: '{"city":' } }),
        toolDelta({ index: 0, function: { arguments: '"Paris"}' } }),
        toolDelta({ index: 1, id: '', type: 'function', function: { name: 'time', arguments: '{"city":"Rome"}' } }),
        toolDelta({ index: 2, id: 'call_dup', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }),
        toolDelta({ index: 3, id: 'call_dup', type: 'function', function: { name: 'time', arguments: '{"city":"Oslo"}' } }),
      ],
      // A null id is off-spec, but OpenRouter sends it for some upstreams.
      { schemaCheck: false },
    );
    const parts = await streamParts();
    const starts = parts.filter((part) => part.type === 'tool-input-start').map((part) => part.id);
    expect(starts).toHaveLength(4);
    expect(new Set(starts).size).toBe(4);
    expect(starts.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(starts[2]).toBe('call_dup');

    expect(normalizeParts(parts, { labelToolIds: true })).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'tool-input-start', id: 'tool-1', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'tool-1', delta: '{"city":' },
      { type: 'tool-input-delta', id: 'tool-1', delta: '"Paris"}' },
      { type: 'tool-input-start', id: 'tool-2', toolName: 'time' },
      { type: 'tool-input-delta', id: 'tool-2', delta: '{"city":"Rome"}' },
      { type: 'tool-input-start', id: 'tool-3', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'tool-3', delta: '{"city":"Oslo"}' },
      { type: 'tool-input-start', id: 'tool-4', toolName: 'time' },
      { type: 'tool-input-delta', id: 'tool-4', delta: '{"city":"Oslo"}' },
      { type: 'tool-input-end', id: 'tool-1' },
      { type: 'tool-call', toolCallId: 'tool-1', toolName: 'weather', input: '{"city":"Paris"}' },
      { type: 'tool-input-end', id: 'tool-2' },
      { type: 'tool-call', toolCallId: 'tool-2', toolName: 'time', input: '{"city":"Rome"}' },
      { type: 'tool-input-end', id: 'tool-3' },
      { type: 'tool-call', toolCallId: 'tool-3', toolName: 'weather', input: '{"city":"Oslo"}' },
      { type: 'tool-input-end', id: 'tool-4' },
      { type: 'tool-call', toolCallId: 'tool-4', toolName: 'time', input: '{"city":"Oslo"}' },
      finish('tool-calls'),
    ]);
  });

  it('keeps parallel calls apart when every call arrives on index 0 with its own id (Gemini)', async () => {
    enqueueToolCalls([
      toolDelta({ index: 0, id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }),
      toolDelta({ index: 0, id: 'call_2', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } }),
    ]);
    expect(normalizeParts(await streamParts())).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'tool-input-start', id: 'call_1', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'call_1', delta: '{"city":"Paris"}' },
      { type: 'tool-input-start', id: 'call_2', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'call_2', delta: '{"city":"Rome"}' },
      { type: 'tool-input-end', id: 'call_1' },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'weather', input: '{"city":"Paris"}' },
      { type: 'tool-input-end', id: 'call_2' },
      { type: 'tool-call', toolCallId: 'call_2', toolName: 'weather', input: '{"city":"Rome"}' },
      finish('tool-calls'),
    ]);
  });

  it('finishes with tool-calls when the finish reason is null and ends calls without arguments with {}', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [toolDelta({ index: 0, id: 'call_a', type: 'function', function: { name: 'time' } }), chatChunk({ role: 'assistant', content: '' }), usageChunk()],
    });
    expect(normalizeParts(await streamParts())).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'tool-input-start', id: 'call_a', toolName: 'time' },
      { type: 'tool-input-end', id: 'call_a' },
      { type: 'tool-call', toolCallId: 'call_a', toolName: 'time', input: '{}' },
      finish('tool-calls', null),
    ]);
  });

  it('ends text before a tool call starts', async () => {
    enqueueToolCalls([
      chatChunk({ role: 'assistant', content: 'Let me check.' }),
      toolDelta({ index: 0, id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }),
    ]);
    expect(normalizeParts(await streamParts())).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Let me check.' },
      { type: 'text-end', id: 'text-1' },
      { type: 'tool-input-start', id: 'call_a', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'call_a', delta: '{"city":"Paris"}' },
      { type: 'tool-input-end', id: 'call_a' },
      { type: 'tool-call', toolCallId: 'call_a', toolName: 'weather', input: '{"city":"Paris"}' },
      finish('tool-calls'),
    ]);
  });
});

describe('tool loops through the AI SDK', () => {
  const weatherTool = tool({
    description: 'Current weather',
    inputSchema: jsonSchema<{ city: string }>(CITY_SCHEMA),
    execute: async ({ city }) => ({ city, degrees: 21 }),
  });

  it('generateText runs the tool and sends the call and its result on the next step', async () => {
    const result = await generateText({
      model: model(),
      tools: { weather: weatherTool },
      stopWhen: stepCountIs(3),
      prompt: 'Weather in Paris?',
    });

    expect(server.emulator.requests).toHaveLength(2);
    expect(server.emulator.requests[1].body).toEqual({
      model: 'openai/gpt-5',
      messages: [
        { role: 'user', content: 'Weather in Paris?' },
        {
          role: 'assistant',
          content: '',
          tool_calls: [{ id: 'call_emulator_1', type: 'function', function: { name: 'weather', arguments: '{"city":"example"}' } }],
        },
        { role: 'tool', tool_call_id: 'call_emulator_1', content: '{"city":"example","degrees":21}' },
      ],
      tools: [WEATHER_WIRE],
      tool_choice: 'auto',
    });
    expect(result.steps.map((step) => step.finishReason)).toEqual([sdkFinishReason('tool-calls'), sdkFinishReason('stop')]);
    expect(result.text).toBe('You said: Weather in Paris?');
  });

  it('streamText hands parallel streamed calls to their tools with parsed input', async () => {
    enqueueToolCalls([
      toolDelta({ index: 0, id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"ci' } }),
      toolDelta({ index: 1, id: 'call_b', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } }),
      toolDelta({ index: 0, function: { arguments: 'ty":"Paris"}' } }),
    ]);
    const result = streamText({ model: model(), tools: { weather: weatherTool }, prompt: 'Weather in Paris and Rome?' });
    const results = (await result.toolResults).map(({ toolCallId, toolName, input, output }) => ({ toolCallId, toolName, input, output }));
    expect(results).toEqual([
      { toolCallId: 'call_a', toolName: 'weather', input: { city: 'Paris' }, output: { city: 'Paris', degrees: 21 } },
      { toolCallId: 'call_b', toolName: 'weather', input: { city: 'Rome' }, output: { city: 'Rome', degrees: 21 } },
    ]);
    expect(await result.finishReason).toBe(sdkFinishReason('tool-calls'));
  });
});
