import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, errorEnvelope, startOpenRouterEmulator, usageChunk } from '../src/testing';
import { createOpenClawRouter } from '../src';
import { readImageInfo } from '../src/testing/image-samples';
import { planWrites } from '../src/testing/sse-writer';
import { schemaProblems, useEmulator } from './helpers/emulator';
import { assertValidChatResult, assertValidChatStreamChunk, assertValidErrorResponse, openRouterSchemaErrors } from './helpers/openrouter-schema';

const server = useEmulator();

const USER_HELLO = { model: 'anthropic/claude-sonnet-4.5', messages: [{ role: 'user', content: 'hello there' }] };

function post(path: string, body: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.baseURL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer test-key' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

interface SseEvents {
  comments: string[];
  data: unknown[];
  done: boolean;
}

/** Events of an SSE body; `data: [DONE]` must be the last event if present. */
function parseSse(text: string): SseEvents {
  const events: SseEvents = { comments: [], data: [], done: false };
  for (const block of text.split('\n\n').filter(Boolean)) {
    expect(events.done, 'nothing may follow [DONE]').toBe(false);
    if (block.startsWith(':')) events.comments.push(block);
    else if (block === 'data: [DONE]') events.done = true;
    else {
      expect(block.startsWith('data: ')).toBe(true);
      events.data.push(JSON.parse(block.slice('data: '.length)));
    }
  }
  return events;
}

type Chunk = { choices: Array<{ delta: Record<string, any>; finish_reason: string | null }>; usage?: Record<string, unknown> };

const deltas = (data: unknown[]) => (data as Chunk[]).flatMap((chunk) => chunk.choices.map((choice) => choice.delta));

/** Reads a body to its end, returning the byte pieces and the error that ended it, if any. */
async function readAll(response: Response): Promise<{ pieces: Uint8Array[]; text: string; error?: unknown }> {
  const reader = response.body!.getReader();
  const pieces: Uint8Array[] = [];
  let error: unknown;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pieces.push(value);
    }
  } catch (caught) {
    error = caught;
  }
  return { pieces, text: Buffer.concat(pieces).toString('utf8'), error };
}

function pngInfo(bytes: Buffer) {
  const signature = bytes.subarray(0, 8).toString('hex');
  const ihdrType = bytes.subarray(12, 16).toString('ascii');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idatLength = bytes.readUInt32BE(33);
  const pixels = inflateSync(bytes.subarray(41, 41 + idatLength));
  return { signature, ihdrType, width, height, pixelBytes: pixels.length, firstPixel: [...pixels.subarray(1, 4)] };
}

describe('default chat replies', () => {
  it('answers a plain request with an echo, a generation id header and usage with cost', async () => {
    const response = await post('/chat/completions', USER_HELLO);
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-generation-id')).toBe(body.id);
    expect(body).toMatchObject({
      id: 'gen-emulator-1',
      object: 'chat.completion',
      // OpenRouter names the dated slug it served, and the upstream's own finish word.
      model: 'anthropic/claude-4.5-sonnet-20250929',
      provider: 'Anthropic',
      choices: [{ index: 0, finish_reason: 'stop', native_finish_reason: 'end_turn', message: { role: 'assistant', content: 'You said: hello there', reasoning: null } }],
      usage: { prompt_tokens: 2, completion_tokens: 4, total_tokens: 6, cost: 0.00001, is_byok: false },
    });
    assertValidChatResult(body);
  });

  it('numbers generations from 1 again after reset()', async () => {
    await post('/chat/completions', USER_HELLO);
    const second = await (await post('/chat/completions', USER_HELLO)).json();
    expect(second.id).toBe('gen-emulator-2');
    server.emulator.reset();
    const afterReset = await (await post('/chat/completions', USER_HELLO)).json();
    expect(afterReset.id).toBe('gen-emulator-1');
  });

  it('names a concrete model when a router was asked for', async () => {
    const body = await (await post('/chat/completions', { ...USER_HELLO, model: 'openrouter/auto' })).json();
    expect(body.model).toBe('openai/gpt-4o-mini');
  });

  it('streams the same answer: keep-alive comments, split deltas, finish chunk, usage chunk, [DONE]', async () => {
    const response = await post('/chat/completions', { ...USER_HELLO, stream: true });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const text = await response.text();
    expect(text.startsWith(': OPENROUTER PROCESSING\n\n')).toBe(true);

    const events = parseSse(text);
    expect(events.done).toBe(true);
    const chunks = events.data as Chunk[];
    const contentDeltas = deltas(chunks)
      .map((delta) => delta.content)
      .filter(Boolean);
    expect(contentDeltas.length).toBeGreaterThan(1);
    expect(contentDeltas.join('')).toBe('You said: hello there');

    const usage = chunks[chunks.length - 1];
    expect(usage.choices).toEqual([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null, native_finish_reason: null, logprobs: null }]);
    expect(usage.usage).toMatchObject({ prompt_tokens: 2, completion_tokens: 4, cost: 0.00001 });
    expect(chunks[chunks.length - 2].choices[0].finish_reason).toBe('stop');
    expect(chunks.slice(0, -2).every((chunk) => chunk.choices[0].finish_reason === null)).toBe(true);
    expect(response.headers.get('x-generation-id')).toBe('gen-emulator-1');
    expect(server.emulator.lastRequest().reply.chunks).toEqual(chunks);
  });

  it('leaves the usage chunk out when stream_options.include_usage is false', async () => {
    const text = await (await post('/chat/completions', { ...USER_HELLO, stream: true, stream_options: { include_usage: false } })).text();
    const chunks = parseSse(text).data as Chunk[];
    expect(chunks.every((chunk) => chunk.choices.length === 1 && chunk.usage === undefined)).toBe(true);
  });

  it('reasons when asked, with signed reasoning details', async () => {
    const body = await (await post('/chat/completions', { ...USER_HELLO, reasoning: { effort: 'high' } })).json();
    const message = body.choices[0].message;
    expect(message.reasoning).toBe('The user said "hello there". I will answer by repeating it.');
    expect(message.reasoning_details).toEqual([
      {
        type: 'reasoning.text',
        text: message.reasoning,
        signature: Buffer.from('emulator-signature:gen-emulator-1').toString('base64'),
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ]);
    expect(body.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('streams reasoning first, with the signature in a late delta of its own', async () => {
    const text = await (await post('/chat/completions', { ...USER_HELLO, stream: true, reasoning: { effort: 'low' } })).text();
    const all = deltas(parseSse(text).data);
    const reasoning = all.filter((delta) => delta.reasoning_details);
    expect(reasoning.map((delta) => delta.reasoning ?? '').join('')).toBe('The user said "hello there". I will answer by repeating it.');
    expect(reasoning.slice(0, -1).every((delta) => delta.reasoning_details[0].signature === undefined)).toBe(true);
    expect(reasoning[reasoning.length - 1].reasoning_details[0]).toEqual({
      type: 'reasoning.text',
      signature: Buffer.from('emulator-signature:gen-emulator-1').toString('base64'),
      format: 'anthropic-claude-v1',
      index: 0,
    });
    expect(all.findIndex((delta) => delta.content)).toBeGreaterThan(all.indexOf(reasoning[reasoning.length - 1]));
  });

  it('does not reason for effort "none", and hides reasoning for exclude', async () => {
    const none = await (await post('/chat/completions', { ...USER_HELLO, reasoning: { effort: 'none' } })).json();
    expect(none.choices[0].message.reasoning).toBeNull();
    expect(none.usage.completion_tokens_details.reasoning_tokens).toBe(0);

    const excluded = await (await post('/chat/completions', { ...USER_HELLO, reasoning: { effort: 'high', exclude: true } })).json();
    expect(excluded.choices[0].message).not.toHaveProperty('reasoning_details');
    expect(excluded.choices[0].message.reasoning).toBeNull();
    expect(excluded.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  const WEATHER_TOOLS = [
    {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Weather for a city',
        parameters: {
          type: 'object',
          properties: {
            city: { type: 'string' },
            days: { type: 'integer' },
            metric: { type: 'boolean' },
            unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
            note: { type: 'string' },
          },
          required: ['city', 'days', 'metric', 'unit'],
        },
      },
    },
    { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } },
  ];

  it('calls the first tool with values for its required parameters', async () => {
    const body = await (await post('/chat/completions', { ...USER_HELLO, tools: WEATHER_TOOLS })).json();
    expect(body.choices[0]).toMatchObject({
      finish_reason: 'tool_calls',
      message: {
        content: null,
        tool_calls: [{ id: 'call_emulator_1', type: 'function', function: { name: 'get_weather' } }],
      },
    });
    expect(JSON.parse(body.choices[0].message.tool_calls[0].function.arguments)).toEqual({
      city: 'example',
      days: 1,
      metric: true,
      unit: 'celsius',
    });
  });

  it('calls the tool named by tool_choice, and none for tool_choice "none"', async () => {
    const forced = await (
      await post('/chat/completions', { ...USER_HELLO, tools: WEATHER_TOOLS, tool_choice: { type: 'function', function: { name: 'get_time' } } })
    ).json();
    expect(forced.choices[0].message.tool_calls[0].function).toEqual({ name: 'get_time', arguments: '{}' });

    const none = await (await post('/chat/completions', { ...USER_HELLO, tools: WEATHER_TOOLS, tool_choice: 'none' })).json();
    expect(none.choices[0].message.content).toBe('You said: hello there');
  });

  it('streams tool-call arguments in pieces, with the id on the first piece only', async () => {
    const text = await (await post('/chat/completions', { ...USER_HELLO, tools: WEATHER_TOOLS, stream: true })).text();
    const chunks = parseSse(text).data as Chunk[];
    const calls = deltas(chunks).flatMap((delta) => delta.tool_calls ?? []);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls[0]).toMatchObject({ index: 0, id: 'call_emulator_1', type: 'function', function: { name: 'get_weather' } });
    expect(calls.slice(1).every((call) => call.id === undefined && call.function.name === undefined)).toBe(true);
    expect(JSON.parse(calls.map((call) => call.function.arguments).join(''))).toMatchObject({ city: 'example' });
    expect(chunks.find((chunk) => chunk.choices[0]?.finish_reason)?.choices[0].finish_reason).toBe('tool_calls');
  });

  it('answers in text once the last message is a tool result', async () => {
    const body = await (
      await post('/chat/completions', {
        model: 'openai/gpt-5',
        tools: WEATHER_TOOLS,
        messages: [
          { role: 'user', content: 'weather?' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'call_1', content: 'sunny' },
        ],
      })
    ).json();
    expect(body.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: 'You said: weather?' } });
  });

  it('answers json_schema requests with a JSON value satisfying the schema', async () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        age: { type: 'number' },
        tags: { type: 'array', items: { type: 'string' } },
        kind: { type: 'string', enum: ['cat', 'dog'] },
        address: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        nickname: { type: 'string' },
      },
      required: ['name', 'age', 'tags', 'kind', 'address'],
      additionalProperties: false,
    };
    const body = await (await post('/chat/completions', { ...USER_HELLO, response_format: { type: 'json_schema', json_schema: { name: 'pet', schema } } })).json();
    expect(JSON.parse(body.choices[0].message.content)).toEqual({
      name: 'example',
      age: 1,
      tags: ['example'],
      kind: 'cat',
      address: { city: 'example' },
    });
  });

  it('answers image requests with a real PNG in message.images', async () => {
    const body = await (await post('/chat/completions', { ...USER_HELLO, model: 'google/gemini-3.1-flash-image-preview', modalities: ['image', 'text'] })).json();
    const message = body.choices[0].message;
    expect(message.content).toBe('Here is the image you asked for.');
    expect(message.images).toHaveLength(1);
    expect(message.images[0].type).toBe('image_url');
    const url: string = message.images[0].image_url.url;
    expect(url.startsWith('data:image/png;base64,')).toBe(true);

    const png = pngInfo(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'));
    expect(png).toMatchObject({ signature: '89504e470d0a1a0a', ihdrType: 'IHDR', width: 64, height: 64, pixelBytes: 64 * (1 + 64 * 3) });
  });

  it('streams images in a delta', async () => {
    const text = await (await post('/chat/completions', { ...USER_HELLO, modalities: ['image'], stream: true })).text();
    const images = deltas(parseSse(text).data).flatMap((delta) => delta.images ?? []);
    expect(images).toHaveLength(1);
    expect(images[0].image_url.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });
});

describe('default image and embedding replies', () => {
  it('returns n PNG images of different colours with usage', async () => {
    const response = await post('/images', { model: 'openai/gpt-image-1', prompt: 'a red panda', n: 2 });
    const body = await response.json();
    expect(body.data).toHaveLength(2);
    expect(body.data.map((image: { media_type: string }) => image.media_type)).toEqual(['image/png', 'image/png']);
    const [first, second] = body.data.map((image: { b64_json: string }) => pngInfo(Buffer.from(image.b64_json, 'base64')));
    expect(first).toMatchObject({ signature: '89504e470d0a1a0a', width: 64, height: 64 });
    expect(first.firstPixel).not.toEqual(second.firstPixel);
    expect(body.usage).toMatchObject({ prompt_tokens: 3, completion_tokens: 2000, cost: expect.any(Number) });
  });

  it.each([
    [
      { output_format: 'jpeg', size: '1536x1024' },
      { mediaType: 'image/jpeg', width: 64, height: 43 },
    ],
    [
      { output_format: 'webp', aspect_ratio: '9:16' },
      { mediaType: 'image/webp', width: 36, height: 64 },
    ],
    [{ output_format: 'svg' }, { mediaType: 'image/png', width: 64, height: 64 }],
  ])('draws /images replies in the requested format and shape: %j', async (options, expected) => {
    const body = await (await post('/images', { model: 'openai/gpt-image-1', prompt: 'a cat', ...options })).json();
    expect(body.data[0].media_type).toBe(expected.mediaType);
    expect(readImageInfo(Buffer.from(body.data[0].b64_json, 'base64'))).toEqual(expected);
  });

  it('draws chat images in the requested aspect ratio', async () => {
    const body = await (await post('/chat/completions', { ...USER_HELLO, modalities: ['image', 'text'], image_config: { aspect_ratio: '21:9' } })).json();
    const url: string = body.choices[0].message.images[0].image_url.url;
    expect(readImageInfo(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'))).toEqual({ mediaType: 'image/png', width: 64, height: 27 });
  });

  it('returns one image when n is not given', async () => {
    const body = await (await post('/images', { model: 'openai/gpt-image-1', prompt: 'a cat' })).json();
    expect(body.data).toHaveLength(1);
  });

  it('returns deterministic unit vectors, 8 long unless dimensions says otherwise', async () => {
    const body = await (await post('/embeddings', { model: 'openai/text-embedding-3-small', input: ['sun', 'moon', 'sun'] })).json();
    expect(body).toMatchObject({ object: 'list', model: 'openai/text-embedding-3-small', usage: { prompt_tokens: 3, total_tokens: 3 } });
    expect(body.usage.cost).toBeGreaterThan(0);
    const vectors: number[][] = body.data.map((item: { embedding: number[] }) => item.embedding);
    expect(body.data.map((item: { index: number }) => item.index)).toEqual([0, 1, 2]);
    expect(vectors[0]).toHaveLength(8);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(vectors[0]).not.toEqual(vectors[1]);
    expect(Math.hypot(...vectors[0])).toBeCloseTo(1, 5);

    const sized = await (await post('/embeddings', { model: 'openai/text-embedding-3-small', input: 'sun', dimensions: 3 })).json();
    expect(sized.data).toHaveLength(1);
    expect(sized.data[0].embedding).toHaveLength(3);
  });

  it('encodes vectors as base64 float32 when asked', async () => {
    const body = await (await post('/embeddings', { model: 'openai/text-embedding-3-small', input: 'sun', encoding_format: 'base64', dimensions: 4 })).json();
    const bytes = Buffer.from(body.data[0].embedding, 'base64');
    expect(bytes.length).toBe(16);
    expect(Math.hypot(...new Float32Array(bytes.buffer, bytes.byteOffset, 4))).toBeCloseTo(1, 5);
  });
});

describe('scripted replies', () => {
  it('serves the queue first-in first-out, then the default reply again', async () => {
    server.emulator.enqueue(
      { type: 'json', body: chatCompletion({ message: { content: 'first' } }) },
      { type: 'json', body: chatCompletion({ message: { content: 'second' } }) },
    );
    const contents = [];
    for (let index = 0; index < 3; index++) contents.push((await (await post('/chat/completions', USER_HELLO)).json()).choices[0].message.content);
    expect(contents).toEqual(['first', 'second', 'You said: hello there']);
  });

  it('sends JSON with the scripted status and headers', async () => {
    server.emulator.enqueue({
      type: 'json',
      status: 429,
      headers: { 'Retry-After': '3' },
      body: errorEnvelope(429, 'Rate limit exceeded', { provider_name: 'Anthropic', raw: '{"type":"rate_limit_error"}' }),
    });
    const response = await post('/chat/completions', USER_HELLO);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.json()).toEqual({
      error: { code: 429, message: 'Rate limit exceeded', metadata: { provider_name: 'Anthropic', raw: '{"type":"rate_limit_error"}' } },
    });
    expect(server.emulator.lastRequest().reply).toMatchObject({ kind: 'json', status: 429, schemaCheck: false });
  });

  it('checks a 200 error envelope against the error schema', async () => {
    server.emulator.enqueue({ type: 'json', body: errorEnvelope('server_error', 'Provider returned error') });
    expect(await (await post('/chat/completions', USER_HELLO)).json()).toEqual({ error: { code: 'server_error', message: 'Provider returned error' } });
    expect(server.emulator.lastRequest().reply.schemaCheck).toBe(true);
  });

  it('sends raw bodies verbatim, e.g. a proxy HTML page', async () => {
    server.emulator.enqueue({ type: 'raw', status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' });
    const response = await post('/chat/completions', USER_HELLO);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toBe('<html><body>Bad gateway</body></html>');
    expect(server.emulator.lastRequest().reply).toEqual({ kind: 'raw', status: 502, schemaCheck: false });
  });

  it('streams objects as data events and strings verbatim', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ role: 'assistant', content: 'Hi' }), ': comment\n\n', chatChunk({}, { finish_reason: 'stop' }), usageChunk()],
    });
    const text = await (await post('/chat/completions', { ...USER_HELLO, stream: true })).text();
    expect(text).toBe(
      ': OPENROUTER PROCESSING\n\n' +
        `data: ${JSON.stringify(chatChunk({ role: 'assistant', content: 'Hi' }))}\n\n` +
        ': comment\n\n' +
        `data: ${JSON.stringify(chatChunk({}, { finish_reason: 'stop' }))}\n\n` +
        `data: ${JSON.stringify(usageChunk())}\n\n` +
        'data: [DONE]\n\n',
    );
    expect(server.emulator.lastRequest().reply.chunks).toHaveLength(3);
  });

  it('can leave [DONE] out', async () => {
    server.emulator.enqueue({ type: 'stream', done: false, chunks: [chatChunk({ content: 'x' }, { finish_reason: 'stop' })] });
    const text = await (await post('/chat/completions', { ...USER_HELLO, stream: true })).text();
    expect(text).not.toContain('[DONE]');
  });

  it('accepts a mid-stream error chunk (HTTP 200, finish_reason "error") as schema-valid', async () => {
    const errorChunk = chatChunk(
      { content: '' },
      { finish_reason: 'error', error: { code: 'server_error', message: 'Provider disconnected', metadata: { provider_name: 'OpenAI', raw: { status: 500 } } } },
    );
    server.emulator.enqueue({ type: 'stream', done: false, chunks: [chatChunk({ content: 'partial' }), errorChunk] });
    const events = parseSse(await (await post('/chat/completions', { ...USER_HELLO, stream: true })).text());
    expect(events.data[1]).toEqual(errorChunk);
  });

  it('splits the byte stream into networkChunkSize writes, even inside UTF-8 characters', async () => {
    const content = 'héllo wörld — ünïcödé ✓ 漢字';
    server.emulator.enqueue({ type: 'stream', networkChunkSize: 5, delayMs: 2, chunks: [chatChunk({ content }, { finish_reason: 'stop' })] });
    const response = await post('/chat/completions', { ...USER_HELLO, stream: true });
    const { pieces, text, error } = await readAll(response);
    expect(error).toBeUndefined();
    expect(pieces.length).toBeGreaterThan(1);
    expect(deltas(parseSse(text).data)[0].content).toBe(content);

    const planned = planWrites([Buffer.from(`data: ${content}\n\n`)], 5, undefined);
    expect(planned.every((piece) => piece.length === 5 || piece === planned[planned.length - 1])).toBe(true);
    expect(planned.some((piece) => piece.toString('utf8').includes('\uFFFD'))).toBe(true);
  });

  it('cuts the connection after endAfterBytes, recording only the chunks sent whole', async () => {
    const first = chatChunk({ role: 'assistant', content: 'Hello' });
    const second = chatChunk({ content: ' world' }, { finish_reason: 'stop' });
    const cutAt = ': OPENROUTER PROCESSING\n\n'.length + `data: ${JSON.stringify(first)}\n\n`.length + 10;
    server.emulator.enqueue({ type: 'stream', endAfterBytes: cutAt, chunks: [first, second] });

    const response = await post('/chat/completions', { ...USER_HELLO, stream: true });
    expect(response.status).toBe(200);
    const { text, error } = await readAll(response);
    expect(error).toBeInstanceOf(Error);
    expect(Buffer.byteLength(text)).toBe(cutAt);
    expect(server.emulator.lastRequest().reply.chunks).toEqual([first]);

    expect((await post('/chat/completions', USER_HELLO)).status).toBe(200);
  });

  it('stalls after stallAfterBytes until the client aborts, and keeps serving', async () => {
    server.emulator.enqueue({ type: 'stream', stallAfterBytes: 30, chunks: [chatChunk({ content: 'Hello' }), chatChunk({}, { finish_reason: 'stop' })] });
    const controller = new AbortController();
    const response = await post('/chat/completions', { ...USER_HELLO, stream: true }, { signal: controller.signal });
    const reader = response.body!.getReader();
    let received = 0;
    while (received < 30) received += (await reader.read()).value!.length;
    expect(received).toBe(30);

    const next = reader.read();
    controller.abort();
    await expect(next).rejects.toThrow();
    expect((await post('/chat/completions', USER_HELLO)).status).toBe(200);
  });

  it('survives a client abort in the middle of a trickling stream', async () => {
    server.emulator.enqueue({ type: 'stream', delayMs: 20, chunks: Array.from({ length: 20 }, (_, index) => chatChunk({ content: `${index} ` })) });
    const controller = new AbortController();
    const response = await post('/chat/completions', { ...USER_HELLO, stream: true }, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await post('/chat/completions', USER_HELLO)).status).toBe(200);
  });

  it('resets the connection without a response', async () => {
    server.emulator.enqueue({ type: 'reset' });
    await expect(post('/chat/completions', USER_HELLO)).rejects.toThrow();
    expect(server.emulator.lastRequest().reply).toEqual({ kind: 'fault', status: 0, schemaCheck: false });
    expect((await post('/chat/completions', USER_HELLO)).status).toBe(200);
  });

  it('never answers a stall; the client can abort and the server keeps serving', async () => {
    server.emulator.enqueue({ type: 'stall' });
    await expect(post('/chat/completions', USER_HELLO, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect(server.emulator.lastRequest().reply.kind).toBe('fault');
    expect((await post('/chat/completions', USER_HELLO)).status).toBe(200);
  });
});

describe('emulator lifecycle', () => {
  it('close() resolves while requests stall and streams hang open', async () => {
    const emulator = await startOpenRouterEmulator();
    emulator.enqueue({ type: 'stall' }, { type: 'stream', stallAfterBytes: 10, chunks: [chatChunk({ content: 'x' })] });
    const stalled = fetch(`${emulator.baseURL}/chat/completions`, { method: 'POST', body: JSON.stringify(USER_HELLO) }).catch((error: unknown) => error);
    const hanging = await fetch(`${emulator.baseURL}/chat/completions`, { method: 'POST', body: JSON.stringify({ ...USER_HELLO, stream: true }) });
    const reading = readAll(hanging);
    await expect.poll(() => emulator.requests.length).toBe(2);

    await emulator.close();
    expect(await stalled).toBeInstanceOf(Error);
    expect((await reading).error).toBeInstanceOf(Error);
    await expect(fetch(`${emulator.baseURL}/chat/completions`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('leaves every keep-alive comment out when keepAliveComments is false', async () => {
    const emulator = await startOpenRouterEmulator({ keepAliveComments: false });
    try {
      const response = await fetch(`${emulator.baseURL}/chat/completions`, { method: 'POST', body: JSON.stringify({ ...USER_HELLO, stream: true }) });
      const text = await response.text();
      expect(text.startsWith('data: {')).toBe(true);
      expect(parseSse(text).comments).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

describe('recording', () => {
  it('records method, path, lowercased headers and the body before replying', async () => {
    await post('/chat/completions', USER_HELLO, { headers: { 'Content-Type': 'application/json', 'X-OpenRouter-Title': 'OpenClaw', Authorization: 'Bearer k' } });
    const request = server.emulator.lastRequest();
    expect(request).toMatchObject({
      method: 'POST',
      path: '/api/v1/chat/completions',
      body: USER_HELLO,
      rawBody: JSON.stringify(USER_HELLO),
      reply: { kind: 'json', status: 200, schemaCheck: true },
    });
    expect(request.headers).toMatchObject({ 'content-type': 'application/json', 'x-openrouter-title': 'OpenClaw', authorization: 'Bearer k' });
    expect(request.originalURL).toBeUndefined();
    expect(server.emulator.requests).toEqual([request]);
  });

  it('records a request that never gets an answer', async () => {
    server.emulator.enqueue({ type: 'stall' });
    const controller = new AbortController();
    const pending = post('/chat/completions', USER_HELLO, { signal: controller.signal }).catch((error: unknown) => error);
    await expect.poll(() => server.emulator.requests.length).toBe(1);
    expect(server.emulator.lastRequest().body).toEqual(USER_HELLO);
    controller.abort();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('lastRequest() throws a clear error when nothing was received', () => {
    expect(() => server.emulator.lastRequest()).toThrow('The OpenRouter emulator has not received any request yet.');
  });
});

describe('the rewriting fetch', () => {
  it('sends openrouter.ai URLs to the emulator, keeping path and query, and records the original URL', async () => {
    const response = await server.fetch('https://openrouter.ai/api/v1/chat/completions?trace=1', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'HTTP-Referer': 'https://openclaw.ai' },
      body: JSON.stringify(USER_HELLO),
    });
    expect((await response.json()).choices[0].message.content).toBe('You said: hello there');
    const request = server.emulator.lastRequest();
    expect(request.path).toBe('/api/v1/chat/completions?trace=1');
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/chat/completions?trace=1');
    expect(request.headers['http-referer']).toBe('https://openclaw.ai');
    expect(Object.keys(request.headers).some((name) => name.includes('emulator'))).toBe(false);
  });

  it('accepts Request objects and keeps the part after /api/v1 of a proxy base', async () => {
    const request = new Request('https://gateway.example.com/openrouter/api/v1/embeddings', {
      method: 'POST',
      body: JSON.stringify({ model: 'openai/text-embedding-3-small', input: 'sun' }),
    });
    expect((await server.fetch(request)).status).toBe(200);
    expect(server.emulator.lastRequest()).toMatchObject({
      path: '/api/v1/embeddings',
      originalURL: 'https://gateway.example.com/openrouter/api/v1/embeddings',
    });
  });

  it('answers when installed as the global fetch, instead of calling itself', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = server.fetch;
    try {
      const model = createOpenClawRouter({ apiKey: 'sk-or-global' })('anthropic/claude-sonnet-4.5');
      const result = await model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hello there' }] }] });
      expect(result.content).toEqual([{ type: 'text', text: 'You said: hello there' }]);
      expect(server.emulator.requests).toHaveLength(1);
      expect(server.emulator.lastRequest().originalURL).toBe('https://openrouter.ai/api/v1/chat/completions');
      // An emulator started while another one is the global fetch sends to itself only.
      const second = await startOpenRouterEmulator();
      try {
        expect((await second.fetch('https://openrouter.ai/api/v1/chat/completions', { method: 'POST', body: JSON.stringify(USER_HELLO) })).status).toBe(200);
        expect(second.requests).toHaveLength(1);
        expect(server.emulator.requests).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      globalThis.fetch = original;
    }
  });

  it('keeps a path without /api/v1 whole, so a wrong base URL gets a 404', async () => {
    const response = await server.fetch('https://openrouter.ai/v1/chat/completions', { method: 'POST', body: JSON.stringify(USER_HELLO) });
    expect(response.status).toBe(404);
    expect(server.emulator.lastRequest().path).toBe('/v1/chat/completions');
  });
});

describe('error envelopes', () => {
  it('answers unknown paths with a 404 envelope and leaves the queue alone', async () => {
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ message: { content: 'queued' } }) });
    const response = await post('/nope', {});
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body).toEqual({ error: { code: 404, message: 'Resource not found: POST /api/v1/nope' } });
    assertValidErrorResponse(body);
    expect((await (await post('/chat/completions', USER_HELLO)).json()).choices[0].message.content).toBe('queued');
  });

  it('answers a body that is not JSON with a 400 envelope', async () => {
    const response = await post('/chat/completions', '{"model": ');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(400);
    expect(server.emulator.lastRequest()).toMatchObject({ body: undefined, rawBody: '{"model": ' });
  });

  it('requires the API key when one is configured', async () => {
    const emulator = await startOpenRouterEmulator({ apiKey: 'sk-or-test' });
    try {
      const send = (headers: Record<string, string>) => fetch(`${emulator.baseURL}/chat/completions`, { method: 'POST', headers, body: JSON.stringify(USER_HELLO) });
      const missing = await send({});
      expect(missing.status).toBe(401);
      expect(await missing.json()).toEqual({ error: { code: 401, message: 'Missing Authentication header' } });
      const wrong = await send({ authorization: 'Bearer sk-or-wrong' });
      expect(wrong.status).toBe(401);
      assertValidErrorResponse(await wrong.json());
      expect((await send({ authorization: 'Bearer sk-or-test' })).status).toBe(200);
      expect(emulator.requests.map((request) => request.reply.status)).toEqual([401, 401, 200]);
    } finally {
      await emulator.close();
    }
  });
});

describe('schema checks', () => {
  it('the builders produce schema-valid objects', () => {
    assertValidChatResult(chatCompletion());
    assertValidChatResult(
      chatCompletion({ message: { content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' } }] }, finish_reason: 'tool_calls' }),
    );
    assertValidChatStreamChunk(chatChunk({ role: 'assistant', content: 'x' }));
    assertValidChatStreamChunk(chatChunk({}, { finish_reason: 'stop' }));
    assertValidChatStreamChunk(usageChunk({ prompt_tokens_details: { cached_tokens: 5, cache_write_tokens: 7 } }));
    assertValidErrorResponse(errorEnvelope(502, 'Provider returned error', { provider_name: 'Anthropic', raw: { type: 'overloaded_error' } }));
  });

  it('reports a reply that does not match, with path, message and value', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: { ...chatCompletion(), choices: [{ index: 0, finish_reason: 'done', message: { role: 'assistant', content: 'x', mood: 'happy' } }] },
    });
    await post('/chat/completions', USER_HELLO);
    const problems = schemaProblems(server.emulator.lastRequest(), 0).join('\n');
    expect(problems).toContain('request #1 POST /api/v1/chat/completions: reply body does not match ChatResult');
    expect(problems).toContain('/choices/0/message (property "mood"): must NOT have additional properties; value: "happy"');
    expect(problems).toContain('/choices/0/finish_reason: must be equal to one of the allowed values');
    server.emulator.reset(); // the broken reply was the point of this test
  });

  it('reports a request body that does not match', () => {
    const errors = openRouterSchemaErrors('ChatRequest', { model: 'x', messages: [{ role: 'user', content: 'hi' }], reasoning_effort: 'high', temprature: 1 });
    expect(errors).toEqual(['/ (property "temprature"): must NOT have additional properties; value: 1']);
  });

  it('a reply with schemaCheck false is not checked', async () => {
    server.emulator.enqueue({ type: 'json', schemaCheck: false, body: { not: 'a chat result' } });
    await post('/chat/completions', USER_HELLO);
    expect(schemaProblems(server.emulator.lastRequest(), 0)).toEqual([]);
  });
});
