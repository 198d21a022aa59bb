import { afterAll, describe, expect, it } from 'vitest';
import { startOpenRouterEmulator, type OpenRouterEmulator, type OpenRouterEmulatorOptions } from '../src/testing';
import { DEFAULT_MODEL_CATALOGUE } from '../src/testing/model-catalogue';
import { schemaProblems } from './helpers/emulator';

// The untidiness of real OpenRouter traffic, as the emulator's default replies reproduce it.

const started: OpenRouterEmulator[] = [];
afterAll(() => Promise.all(started.map((emulator) => emulator.close())));

async function emulatorWith(options: OpenRouterEmulatorOptions = {}) {
  const emulator = await startOpenRouterEmulator(options);
  started.push(emulator);
  return emulator;
}

async function post(emulator: OpenRouterEmulator, body: Record<string, unknown>, path = '/chat/completions') {
  const response = await fetch(`${emulator.baseURL}${path}`, { method: 'POST', body: JSON.stringify(body) });
  const text = await response.text();
  // Every reply the emulator makes up must still be spec-valid unless it says otherwise.
  expect(emulator.requests.flatMap((request, index) => schemaProblems(request, index))).toEqual([]);
  return { status: response.status, text, json: () => JSON.parse(text) };
}

/** Comments and data objects of an SSE body, in order; [DONE] as the string. */
function events(text: string): Array<string | any> {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((event) => (event.startsWith(':') ? event : event === 'data: [DONE]' ? '[DONE]' : JSON.parse(event.slice('data: '.length))));
}

const dataChunks = (text: string) => events(text).filter((event) => typeof event === 'object');
const hello = (model: string, extra: Record<string, unknown> = {}) => ({ model, messages: [{ role: 'user', content: 'hello there' }], ...extra });
const WEATHER_TOOL = {
  type: 'function',
  function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
};
const NO_PARAMETERS_TOOL = { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } };

describe('streams', () => {
  it('sends keep-alive comments between data chunks, every keepAliveEvery chunks', async () => {
    const emulator = await emulatorWith({ traffic: { keepAliveEvery: 2 } });
    const shape = events((await post(emulator, hello('openai/gpt-5', { stream: true }))).text).map((event) =>
      typeof event === 'string' ? (event.startsWith(':') ? 'comment' : event) : 'data',
    );
    // Before the first chunk, then after every second: 3 text pieces, the finish chunk and the usage chunk.
    expect(shape).toEqual(['comment', 'data', 'data', 'comment', 'data', 'data', 'comment', 'data', '[DONE]']);
  });

  it('sends the usage chunk with a choice whose finish reason is null, by default', async () => {
    const emulator = await emulatorWith();
    const chunks = dataChunks((await post(emulator, hello('openai/gpt-5', { stream: true }))).text);
    expect(chunks.at(-1).choices).toEqual([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null, native_finish_reason: null, logprobs: null }]);
    expect(chunks.at(-2).choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'completed' });
  });

  it('repeats the finish reason in the usage chunk, or sends no choice there, when asked', async () => {
    const repeat = dataChunks((await post(await emulatorWith({ traffic: { usageChunkChoices: 'repeat-finish' } }), hello('openai/gpt-5', { stream: true }))).text);
    expect(repeat.at(-1).choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'completed' });
    const empty = dataChunks((await post(await emulatorWith({ traffic: { usageChunkChoices: 'empty' } }), hello('openai/gpt-5', { stream: true }))).text);
    expect(empty.at(-1).choices).toEqual([]);
  });
});

describe('tool calls', () => {
  const toolDeltas = (text: string) => dataChunks(text).flatMap((chunk) => chunk.choices[0]?.delta.tool_calls ?? []);

  it('opens a streamed call with empty arguments and repeats type "function" without an id after that', async () => {
    const emulator = await emulatorWith();
    const calls = toolDeltas((await post(emulator, hello('openai/gpt-5', { stream: true, tools: [WEATHER_TOOL] }))).text);
    expect(calls[0]).toEqual({ index: 0, id: 'call_emulator_1', type: 'function', function: { name: 'get_weather', arguments: '' } });
    expect(calls.slice(1).every((call) => call.type === 'function' && !('id' in call) && call.index === 0)).toBe(true);
    expect(calls.map((call) => call.function.arguments).join('')).toBe('{"city":"example"}');
  });

  it('starts the arguments in the first delta when emptyFirstToolArguments is false', async () => {
    const emulator = await emulatorWith({ traffic: { emptyFirstToolArguments: false } });
    const calls = toolDeltas((await post(emulator, hello('openai/gpt-5', { stream: true, tools: [WEATHER_TOOL] }))).text);
    expect(calls[0].function.arguments).not.toBe('');
    expect(calls.slice(1).every((call) => Object.keys(call).join() === 'index,function')).toBe(true);
  });

  it('leaves the arguments key out of a call without arguments when asked', async () => {
    const emulator = await emulatorWith({ traffic: { omitEmptyToolArguments: true } });
    const streamed = toolDeltas((await post(emulator, hello('openai/gpt-5', { stream: true, tools: [NO_PARAMETERS_TOOL] }))).text);
    expect(streamed).toEqual([{ index: 0, id: 'call_emulator_1', type: 'function', function: { name: 'get_time' } }]);
    const message = (await post(emulator, hello('openai/gpt-5', { tools: [NO_PARAMETERS_TOOL] }))).json().choices[0].message;
    expect(message.tool_calls).toEqual([{ id: 'call_emulator_2', type: 'function', function: { name: 'get_time' } }]);
  });

  it('numbers non-streamed calls with index, off the spec, when asked', async () => {
    const emulator = await emulatorWith({ traffic: { indexedMessageToolCalls: true } });
    const message = (await post(emulator, hello('google/gemini-2.5-flash', { tools: [WEATHER_TOOL] }))).json().choices[0].message;
    expect(message.tool_calls[0]).toMatchObject({ index: 0, id: 'call_emulator_1' });
    expect(emulator.lastRequest().reply.schemaCheck).toBe(false);
  });
});

describe('served model and finish reasons', () => {
  it('names the dated slug it served, unless datedModelSlugs is false', async () => {
    expect((await post(await emulatorWith(), hello('openai/gpt-5-mini'))).json().model).toBe('openai/gpt-5-mini-2025-08-07');
    expect((await post(await emulatorWith({ traffic: { datedModelSlugs: false } }), hello('openai/gpt-5-mini'))).json().model).toBe('openai/gpt-5-mini');
  });

  it.each([
    ['anthropic/claude-sonnet-4.5', [], 'end_turn', 'tool_use'],
    ['google/gemini-2.5-flash', [], 'STOP', 'STOP'],
    ['openai/gpt-5', [], 'completed', 'completed'],
    ['moonshotai/kimi-k2.6', [], 'stop', 'tool_calls'],
  ])('words native_finish_reason as %s does', async (model, _, stop, toolCalls) => {
    const emulator = await emulatorWith();
    expect((await post(emulator, hello(model))).json().choices[0].native_finish_reason).toBe(stop);
    expect((await post(emulator, hello(model, { tools: [WEATHER_TOOL] }))).json().choices[0].native_finish_reason).toBe(toolCalls);
  });

  it('copies finish_reason into native_finish_reason when upstreamFinishReasons is false', async () => {
    const emulator = await emulatorWith({ traffic: { upstreamFinishReasons: false } });
    expect((await post(emulator, hello('google/gemini-2.5-flash'))).json().choices[0].native_finish_reason).toBe('stop');
  });

  it('has Claude served by Vertex, which opens signed thinking with an empty detail', async () => {
    const emulator = await emulatorWith({ traffic: { anthropicUpstream: 'Google' } });
    const chunks = dataChunks((await post(emulator, hello('anthropic/claude-sonnet-4.5', { stream: true, reasoning: { effort: 'low' } }))).text);
    expect(chunks[0].provider).toBe('Google');
    const details = chunks.flatMap((chunk) => chunk.choices[0]?.delta.reasoning_details ?? []);
    expect(details[0]).toEqual({ type: 'reasoning.text', text: '', signature: '', format: 'anthropic-claude-v1', index: 0 });
    expect(Object.keys(details.at(-1)).sort()).toEqual(['format', 'index', 'signature', 'type']);
  });

  it('sends reasoning details in the format it is told', async () => {
    const emulator = await emulatorWith({ traffic: { reasoningFormat: null } });
    const message = (await post(emulator, hello('moonshotai/kimi-k2.6', { reasoning: { effort: 'low' } }))).json().choices[0].message;
    expect(message.reasoning_details[0].format).toBeNull();
  });
});

describe('usage', () => {
  const usageOf = async (options: OpenRouterEmulatorOptions, extra: Record<string, unknown> = {}) =>
    (await post(await emulatorWith(options), hello('openai/gpt-5', extra))).json().usage;

  it('counts reasoning tokens inside completion_tokens, so the answer is never negative', async () => {
    // "You said: hello there" is 4 words; the reasoning 11.
    const usage = await usageOf({}, { reasoning: { effort: 'low' } });
    expect(usage).toMatchObject({ prompt_tokens: 2, completion_tokens: 15, total_tokens: 17, completion_tokens_details: { reasoning_tokens: 11 } });
    const onTop = await usageOf({ traffic: { reasoningInCompletionTokens: false } }, { reasoning: { effort: 'low' } });
    expect(onTop).toMatchObject({ completion_tokens: 4, total_tokens: 6, completion_tokens_details: { reasoning_tokens: 11 } });
  });

  it('bills a BYOK reply at cost 0 with the upstream cost in cost_details', async () => {
    expect(await usageOf({ traffic: { billing: 'byok' } })).toMatchObject({
      cost: 0,
      is_byok: true,
      cost_details: { upstream_inference_cost: 0.00001, upstream_inference_prompt_cost: 0.000002, upstream_inference_completions_cost: 0.000008 },
    });
  });

  it('reports no cost at all for legacy billing', async () => {
    const usage = await usageOf({ traffic: { billing: 'legacy' } });
    expect(Object.keys(usage).sort()).toEqual(['completion_tokens', 'completion_tokens_details', 'prompt_tokens', 'prompt_tokens_details', 'total_tokens']);
  });

  it('reports cache reads and writes within the prompt: together never more than its tokens', async () => {
    // "hello there" is a 2-token prompt.
    expect((await usageOf({ traffic: { cachedTokens: 1, cacheWriteTokens: 1 } })).prompt_tokens_details).toEqual({ cached_tokens: 1, cache_write_tokens: 1 });
    expect((await usageOf({ traffic: { cachedTokens: 2, cacheWriteTokens: 2 } })).prompt_tokens_details).toEqual({ cached_tokens: 2, cache_write_tokens: 0 });
    expect((await usageOf({ traffic: { cachedTokens: 1, cacheWriteTokens: 50 } })).prompt_tokens_details).toEqual({ cached_tokens: 1, cache_write_tokens: 1 });
    expect((await usageOf({ traffic: { cachedTokens: 50 } })).prompt_tokens_details).toEqual({ cached_tokens: 2, cache_write_tokens: 0 });
  });

  it('never reports more cache tokens than a one-token prompt has', async () => {
    const emulator = await emulatorWith({ traffic: { cachedTokens: 1024, cacheWriteTokens: 1024 } });
    const usage = (await post(emulator, { model: 'openai/gpt-5', messages: [{ role: 'user', content: 'hi' }] })).json().usage;
    expect(usage.prompt_tokens).toBe(1);
    expect(usage.prompt_tokens_details).toEqual({ cached_tokens: 1, cache_write_tokens: 0 });
  });
});

describe('images', () => {
  it('sends the image in the chunk that carries the finish reason, unless imagesInFinishChunk is false', async () => {
    const request = hello('google/gemini-2.5-flash-image', { stream: true, modalities: ['image', 'text'] });
    const together = dataChunks((await post(await emulatorWith(), request)).text).find((chunk) => chunk.choices[0]?.delta.images);
    expect(together.choices[0]).toMatchObject({ finish_reason: 'stop', native_finish_reason: 'STOP' });
    const apart = dataChunks((await post(await emulatorWith({ traffic: { imagesInFinishChunk: false } }), request)).text).find((chunk) => chunk.choices[0]?.delta.images);
    expect(apart.choices[0].finish_reason).toBeNull();
  });
});

describe('model catalogue', () => {
  it('answers an unknown model id as OpenRouter does', async () => {
    const emulator = await emulatorWith();
    const reply = await post(emulator, hello('openai/gpt-4.7-turbo'));
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({ error: { message: 'openai/gpt-4.7-turbo is not a valid model ID', code: 400 } });
    const image = await post(emulator, { model: 'acme/painter', prompt: 'a cat' }, '/images');
    expect(image.json().error.message).toBe('acme/painter is not a valid model ID');
  });

  it('knows every id the project types, with variant suffixes and presets, and what a test adds', async () => {
    const emulator = await emulatorWith({ knownModels: ['acme/new-model'] });
    for (const model of [...DEFAULT_MODEL_CATALOGUE, 'openai/gpt-5:online', 'openai/gpt-5@preset/fast', '@preset/team', 'acme/new-model:free']) {
      const reply = model.includes('embedding') ? await post(emulator, { model, input: 'x' }, '/embeddings') : await post(emulator, hello(model));
      expect(reply.status, model).toBe(200);
    }
  });

  it('serves any id with acceptAnyModel, and scripted replies whatever the id', async () => {
    expect((await post(await emulatorWith({ acceptAnyModel: true }), hello('acme/anything'))).status).toBe(200);
    const emulator = await emulatorWith();
    emulator.enqueue({ type: 'json', status: 402, body: { error: { code: 402, message: 'Insufficient credits' } } });
    expect((await post(emulator, hello('acme/anything'))).status).toBe(402);
  });
});

describe('prompt caching and sticky sessions', () => {
  const marked = (text: string) => ({ role: 'user', content: [{ type: 'text', text, cache_control: { type: 'ephemeral' } }] });
  const cacheOf = (json: { usage: { prompt_tokens: number; prompt_tokens_details: { cached_tokens: number; cache_write_tokens: number } } }) => [
    json.usage.prompt_tokens,
    json.usage.prompt_tokens_details.cached_tokens,
    json.usage.prompt_tokens_details.cache_write_tokens,
  ];

  it('writes what markers delimit and reads the longest written prefix later, per upstream and model; never more than the prompt', async () => {
    const emulator = await emulatorWith();
    const model = 'anthropic/claude-sonnet-4.5';
    const first = await post(emulator, { model, messages: [marked('one two three'), { role: 'user', content: 'four' }] });
    const second = await post(emulator, { model, messages: [{ role: 'user', content: 'one two three' }, marked('four five')] });
    const unmarked = await post(emulator, { model, messages: [{ role: 'user', content: 'one two three' }] });
    const otherUpstream = await post(emulator, { model, messages: [marked('one two three')], provider: { only: ['amazon-bedrock'] } });
    const single = await post(emulator, { model: 'openai/gpt-5', messages: [marked('hi')] });
    expect([first, second, unmarked, otherUpstream, single].map((reply) => cacheOf(reply.json()))).toEqual([
      [4, 0, 3],
      [5, 3, 2],
      [3, 0, 0],
      [3, 0, 3],
      [1, 0, 1],
    ]);
  });

  it('keeps a session on the upstream of its first request; reset forgets sessions and caches', async () => {
    const emulator = await emulatorWith();
    const model = 'anthropic/claude-sonnet-4.5';
    const providers: string[] = [];
    for (const extra of [{ session_id: 'a', provider: { only: ['google-vertex'] } }, { session_id: 'a' }, { session_id: 'b' }]) {
      providers.push((await post(emulator, hello(model, extra))).json().provider);
    }
    emulator.reset();
    providers.push((await post(emulator, hello(model, { session_id: 'a' }))).json().provider);
    expect(providers).toEqual(['Google Vertex', 'Google Vertex', 'Anthropic', 'Anthropic']);
  });
});
