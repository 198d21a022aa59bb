import { APICallError } from '@ai-sdk/provider';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ERROR_BODY_SIZE, MAX_JSON_REPLY_SIZE, MAX_MEDIA_REPLY_SIZE } from '../../src';
import { chatChunk, chatCompletion } from '../../src/testing';
import { rejectionOf } from '../helpers/model-calls';
import { createOpenClawRouter, lane } from '../helpers/surface';
import { type EndlessBody, MIB, repeatedTo64KiB, retainedMemory, sendEndlessBody } from './endless-body';
import { CANARY_KEY as KEY, expectApiError, keyLeaks, readAllParts, startHostileServer, type HostileServer } from './support';

let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
/** What a socket buffers between a server's writes and the client's reads, and then some. */
const TRANSPORT_SLACK = 32 * MIB;
const hasV3Kinds = lane !== 'v2';

interface CallSettings {
  fetch?: typeof fetch;
  abortSignal?: AbortSignal;
}
const router = ({ fetch }: CallSettings = {}) => createOpenClawRouter({ apiKey: KEY, baseURL: hostile.baseURL, fetch });
/** The lane's models of the kinds V2 lacks, for calls the V2 type does not know. */
interface LaterKinds {
  rerankingModel(id: string): { doRerank(options: unknown): Promise<unknown> };
  videoModel(id: string): { doGenerate(options: unknown): Promise<unknown> };
}
const later = (settings: CallSettings = {}) => router(settings) as unknown as LaterKinds;

/** Every call that reads a successful JSON reply, one per kind the lane has. */
type Call = (settings?: CallSettings) => PromiseLike<unknown>;
const JSON_CALLS: Array<[string, Call]> = [
  ['chat', (settings) => router(settings)('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT, abortSignal: settings?.abortSignal })],
  [
    'embeddings',
    (settings) =>
      router(settings)
        .embedding('openai/text-embedding-3-small')
        .doEmbed({ values: ['a'], abortSignal: settings?.abortSignal }),
  ],
  ['images', (settings) => router(settings).imageModel('black-forest-labs/flux.2-pro').doGenerate(imageCall(settings))],
  ['transcription', (settings) => router(settings).transcriptionModel('openai/whisper-1').doGenerate(transcriptionCall(settings))],
  ['listModels', (settings) => router(settings).listModels({ maxRetries: 0, abortSignal: settings?.abortSignal })],
  ['getGeneration', (settings) => router(settings).getGeneration('gen-1', { maxRetries: 0, abortSignal: settings?.abortSignal })],
  ...(hasV3Kinds
    ? ([
        [
          'reranking',
          (settings) =>
            later(settings)
              .rerankingModel('cohere/rerank-v3.5')
              .doRerank({ documents: { type: 'text', values: ['a'] }, query: 'q', abortSignal: settings?.abortSignal }),
        ],
        ['video', (settings) => later(settings).videoModel('google/veo-3.1').doGenerate(videoCall(settings))],
      ] satisfies Array<[string, Call]>)
    : []),
];

function imageCall(settings?: CallSettings) {
  return { prompt: 'a cat', n: 1, size: undefined, aspectRatio: undefined, seed: undefined, providerOptions: {}, abortSignal: settings?.abortSignal } as never;
}
function transcriptionCall(settings?: CallSettings) {
  return { audio: new Uint8Array([1, 2, 3]), mediaType: 'audio/wav', providerOptions: {}, abortSignal: settings?.abortSignal } as never;
}
function videoCall(settings?: CallSettings) {
  const abortSignal = settings?.abortSignal;
  return {
    prompt: 'waves',
    n: 1,
    aspectRatio: undefined,
    resolution: undefined,
    duration: undefined,
    fps: undefined,
    seed: undefined,
    image: undefined,
    providerOptions: {},
    abortSignal,
  };
}
const speak = (settings: CallSettings = {}, outputFormat?: string) =>
  router(settings)
    .speechModel('openai/gpt-4o-mini-tts')
    .doGenerate({ text: 'hello', outputFormat, providerOptions: {}, abortSignal: settings.abortSignal } as never);

/**
 * The call's abort signal, and a fetch that aborts it with `reason` once the reply's headers are
 * in: the body is then being read.
 */
function abortingWhileReading(reason: unknown): CallSettings {
  const controller = new AbortController();
  return {
    abortSignal: controller.signal,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      setImmediate(() => controller.abort(reason));
      return response;
    },
  };
}

/** Headers, a first piece of body, then nothing: a body that is being read when the abort comes. */
const stallingBody = (status: number, contentType: string, first: string) => (_request: unknown, response: ServerResponse) => {
  response.writeHead(status, { 'content-type': contentType });
  response.write(first);
};

describe('a successful JSON reply is read up to 64 MiB, on every kind', () => {
  it('listModels: an endless {"data":[... stops at 64 MiB with a non-retryable error; memory stays bounded and the connection is closed', async () => {
    let body: EndlessBody = { sentBytes: 0 };
    hostile.respond((_request, response) => {
      body = sendEndlessBody(response, {
        headers: { 'content-type': 'application/json' },
        head: '{"data":[',
        chunk: repeatedTo64KiB(`{"id":"openai/gpt-4o","name":"${KEY}"},`),
        capBytes: 4 * MAX_JSON_REPLY_SIZE,
      });
    });
    const before = retainedMemory();
    const error = await rejectionOf(router().listModels({ maxRetries: 2 }));
    await hostile.latestConnectionClosed();
    expectApiError(error, {
      message: `OpenRouter sent a JSON reply larger than 64 MiB (${MAX_JSON_REPLY_SIZE} bytes), the most one reply may hold; it was stopped.`,
      statusCode: 200,
      isRetryable: false,
    });
    expect(body.sentBytes).toBeLessThan(MAX_JSON_REPLY_SIZE + TRANSPORT_SLACK);
    expect(retainedMemory() - before).toBeLessThan(16 * MIB);
    expect(keyLeaks(KEY, error)).toEqual([]);
  });

  it.each(JSON_CALLS)('%s: a content-length past 64 MiB is refused before the body is read', async (_kind, call) => {
    const announced = MAX_JSON_REPLY_SIZE + 1;
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(announced) });
      response.write('{"data":[');
    });
    const error = await rejectionOf(call());
    await hostile.latestConnectionClosed();
    expectApiError(error, {
      message: `OpenRouter sent a JSON reply of ${announced} bytes (content-length), larger than 64 MiB (${MAX_JSON_REPLY_SIZE} bytes), the most one reply may hold; it was not read.`,
      statusCode: 200,
      isRetryable: false,
    });
  });

  it.each(JSON_CALLS)('%s: an abort with a reason while the body is read ends with that reason', async (_kind, call) => {
    hostile.respond(stallingBody(200, 'application/json', '{"data":['));
    const reason = new Error('the user left the page');
    const error = await rejectionOf(call(abortingWhileReading(reason)));
    expect({ name: error.name, message: error.message, cause: error.cause }).toEqual({
      name: 'AbortError',
      message: 'The request was aborted: the user left the page',
      cause: reason,
    });
  });
});

describe('an error body is read up to 1 MiB, its start kept and the rest never read', () => {
  const endlessErrorPage = (bodies: EndlessBody[]) => (_request: unknown, response: ServerResponse) => {
    bodies.push(
      sendEndlessBody(response, {
        status: 503,
        headers: { 'content-type': 'text/html', 'retry-after-ms': '0' },
        head: '<html><body>Service Unavailable',
        chunk: repeatedTo64KiB('<p>busy</p>'),
        capBytes: 64 * MIB,
      }),
    );
  };

  it('an endless HTML 503 is retryable, quotes its start and names the limit, on every retry', async () => {
    const bodies: EndlessBody[] = [];
    hostile.respond(endlessErrorPage(bodies));
    const before = retainedMemory();
    const requestsBefore = hostile.requestCount;
    const error = await rejectionOf(router().listModels({ maxRetries: 2 }));
    await hostile.latestConnectionClosed();
    expect(hostile.requestCount - requestsBefore).toBe(3);
    expect(APICallError.isInstance(error)).toBe(true);
    expect({ statusCode: error.statusCode, isRetryable: error.isRetryable }).toEqual({ statusCode: 503, isRetryable: true });
    expect(error.message).toMatch(/^OpenRouter request failed with HTTP 503 Service Unavailable and a non-JSON reply \(text\/html\): Service Unavailable busy busy/);
    expect(error.message).toMatch(/ \(only its first 1 MiB \(1048576 bytes\) were read\)$/);
    expect(error.responseBody.length).toBeLessThanOrEqual(MAX_ERROR_BODY_SIZE);
    expect(error.responseBody.startsWith('<html><body>Service Unavailable<p>busy</p>')).toBe(true);
    for (const body of bodies) expect(body.sentBytes).toBeLessThan(MAX_ERROR_BODY_SIZE + TRANSPORT_SLACK);
    expect(retainedMemory() - before).toBeLessThan(16 * MIB);
  });

  it('an error envelope that fits is read whole and is the error it describes', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(402, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 402, message: `Insufficient credits for ${KEY}` } }));
    });
    const error = await rejectionOf(router()('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT }));
    expectApiError(error, { message: 'OpenRouter error 402: Insufficient credits for [REDACTED]', statusCode: 402, isRetryable: false });
  });

  it('an abort with a reason while an error body is read ends with that reason', async () => {
    hostile.respond(stallingBody(503, 'text/html', '<html>'));
    const reason = new Error('the user left the page');
    const settings = abortingWhileReading(reason);
    const error = await rejectionOf(router(settings)('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT, abortSignal: settings.abortSignal }));
    expect({ name: error.name, message: error.message, cause: error.cause }).toEqual({
      name: 'AbortError',
      message: 'The request was aborted: the user left the page',
      cause: reason,
    });
  });

  it('a streaming request answered with endless JSON reads 1 MiB of it and says so', async () => {
    let body: EndlessBody = { sentBytes: 0 };
    hostile.respond((_request, response) => {
      body = sendEndlessBody(response, { headers: { 'content-type': 'application/json' }, head: '{"choices":[', chunk: repeatedTo64KiB('{"x":1},'), capBytes: 64 * MIB });
    });
    const error = await rejectionOf(router()('openai/gpt-4o-mini').doStream({ prompt: PROMPT }));
    await hostile.latestConnectionClosed();
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^OpenRouter answered a streaming request with JSON instead of an event stream: \{"choices":\[\{"x":1\}/);
    expect(error.message).toMatch(/ \(only its first 1 MiB \(1048576 bytes\) were read\)$/);
    expect(error.isRetryable).toBe(false);
    expect(body.sentBytes).toBeLessThan(MAX_ERROR_BODY_SIZE + TRANSPORT_SLACK);
  });
});

describe('media or not: an error is never returned as audio', () => {
  const ENVELOPE = JSON.stringify({ error: { code: 402, message: `Insufficient credits for ${KEY}` } });
  const answer = (headers: Record<string, string>, body: string | Buffer) => (_request: unknown, response: ServerResponse) => {
    response.writeHead(200, headers);
    response.end(body);
  };

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['text/json', { 'content-type': 'text/json' }],
    ['application/problem+json', { 'content-type': 'application/problem+json' }],
    ['Application/JSON with parameters', { 'content-type': 'Application/JSON; charset=utf-8' }],
    ['no content type', {}],
    ['audio/mpeg', { 'content-type': 'audio/mpeg' }],
    ['application/octet-stream', { 'content-type': 'application/octet-stream' }],
  ])('an error envelope sent as %s is the 402 it describes, without the key', async (_type, headers) => {
    hostile.respond(answer(headers, ENVELOPE));
    const error = await rejectionOf(speak());
    expectApiError(error, { message: 'OpenRouter error 402: Insufficient credits for [REDACTED]', statusCode: 402, isRetryable: false });
    expect(keyLeaks(KEY, error)).toEqual([]);
  });

  it.each([
    ['text/plain', 'text/plain', 'Payment required'],
    ['no content type', undefined, 'Payment required'],
    ['audio/mpeg, but JSON', 'audio/mpeg', '{"status":"queued"}'],
  ])('a reply sent as %s that is no error envelope is still no audio', async (_case, contentType, body) => {
    hostile.respond(answer(contentType ? { 'content-type': contentType } : {}, body));
    const error = await rejectionOf(speak());
    expectApiError(error, {
      message: `OpenRouter answered with ${contentType ?? 'no content type'} instead of media bytes: ${body}`,
      statusCode: 200,
      isRetryable: false,
    });
  });

  it('PCM that happens to begin with the bytes {" is audio', async () => {
    const samples = Buffer.concat([Buffer.from('{"'), Buffer.alloc(1000, 7)]);
    hostile.respond(answer({ 'content-type': 'audio/pcm;rate=24000;channels=1' }, samples));
    const result = (await speak({}, 'pcm')) as { audio: Uint8Array };
    expect(Buffer.from(result.audio).equals(samples)).toBe(true);
  });

  it('a speech reply sent as application/json that never ends does not skip the limit: 1 MiB is read, then the connection is closed', async () => {
    let body: EndlessBody = { sentBytes: 0 };
    hostile.respond((_request, response) => {
      body = sendEndlessBody(response, {
        headers: { 'content-type': 'application/json' },
        head: '{"audio":"',
        chunk: repeatedTo64KiB('AAAA'),
        capBytes: 4 * MAX_JSON_REPLY_SIZE,
      });
    });
    const error = await rejectionOf(speak());
    await hostile.latestConnectionClosed();
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^OpenRouter answered with application\/json instead of media bytes: \{"audio":"AAAA/);
    expect(error.message).toMatch(/ \(only its first 1 MiB \(1048576 bytes\) were read\)$/);
    expect(body.sentBytes).toBeLessThan(MAX_ERROR_BODY_SIZE + TRANSPORT_SLACK);
  });

  it('a media content-length past 256 MiB is refused before the body is read', async () => {
    const announced = MAX_MEDIA_REPLY_SIZE + 1;
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': String(announced) });
      response.write(Buffer.alloc(1024, 0xff));
    });
    const error = await rejectionOf(speak());
    await hostile.latestConnectionClosed();
    expectApiError(error, {
      message: `OpenRouter sent a media reply of ${announced} bytes (content-length), larger than 256 MiB (${MAX_MEDIA_REPLY_SIZE} bytes), the most one reply may hold; it was not read.`,
      statusCode: 200,
      isRetryable: false,
    });
  });

  it('an abort with a reason while audio is read ends with that reason', async () => {
    hostile.respond(stallingBody(200, 'audio/mpeg', 'ID3'));
    const reason = new Error('the user left the page');
    const error = await rejectionOf(speak(abortingWhileReading(reason)));
    expect({ name: error.name, message: error.message, cause: error.cause }).toEqual({
      name: 'AbortError',
      message: 'The request was aborted: the user left the page',
      cause: reason,
    });
  });
});

describe('a header named after the key is dropped', () => {
  const KEY_HEADERS = { [`x-echo-${KEY}`]: 'yes', [`x-${KEY.slice(9, 30)}`]: 'part', 'x-plain': 'kept' };

  it('from the headers of a successful reply', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...KEY_HEADERS });
      response.end(JSON.stringify(chatCompletion({ content: 'hi' })));
    });
    const result = await router()('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT });
    expect(result.response?.headers?.['x-plain']).toBe('kept');
    expect(Object.keys(result.response?.headers ?? {}).filter((name) => name.startsWith('x-'))).toEqual(['x-plain']);
    expect(keyLeaks(KEY, result)).toEqual([]);
  });

  it.each([
    ['a failed reply', 500],
    ['a reply with a status past 599', 600],
  ])('from APICallError.responseHeaders of %s', async (_case, status) => {
    hostile.respond((_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json', ...KEY_HEADERS });
      response.end(JSON.stringify({ error: { code: status, message: 'down' } }));
    });
    const error = await rejectionOf(router()('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(Object.keys(error.responseHeaders).filter((name: string) => name.startsWith('x-'))).toEqual(['x-plain']);
    expect(keyLeaks(KEY, error)).toEqual([]);
  });

  it('from the headers of a speech reply', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg', ...KEY_HEADERS });
      response.end(Buffer.alloc(64, 0xff));
    });
    const result = (await speak({}, 'mp3')) as { response: { headers: Record<string, string> } };
    expect(Object.keys(result.response.headers).filter((name) => name.startsWith('x-'))).toEqual(['x-plain']);
  });
});

describe('routerMetadata of a streamed reply is redacted as a whole reply is', () => {
  const ROUTER_METADATA = { strategy: 'price', note: `routed for ${KEY}` };

  it('generated: the key is redacted', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ ...chatCompletion({ content: 'hi' }), openrouter_metadata: ROUTER_METADATA }));
    });
    const result = await router()('openai/gpt-4o-mini').doGenerate({ prompt: PROMPT });
    expect(result.providerMetadata?.openrouter?.routerMetadata).toEqual({ strategy: 'price', note: 'routed for [REDACTED]' });
  });

  it('streamed: the finish part carries it redacted too', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const chunk of [chatChunk({ content: 'hi' }), { ...chatChunk({}, { finish_reason: 'stop' }), openrouter_metadata: ROUTER_METADATA }]) {
        response.write(`data: ${JSON.stringify(chunk)}\n\n`);
      }
      response.end('data: [DONE]\n\n');
    });
    const parts = await readAllParts((await router()('openai/gpt-4o-mini').doStream({ prompt: PROMPT })).stream);
    const finish = parts.find((part) => part.type === 'finish');
    expect(finish?.providerMetadata?.openrouter?.routerMetadata).toEqual({ strategy: 'price', note: 'routed for [REDACTED]' });
    expect(keyLeaks(KEY, parts)).toEqual([]);
    expect(parts.filter((part) => part.type === 'error')).toEqual([]);
  });
});

describe('PCM that cannot be described in a WAV header is refused', () => {
  it.each([
    ['a sample rate past 32 bits', 'audio/pcm;rate=4294967296;channels=1', 'its sample rate "4294967296" is not a whole number from 1000 to 768000'],
    ['a sample rate of zero', 'audio/pcm;rate=0', 'its sample rate "0" is not a whole number from 1000 to 768000'],
    ['a fractional sample rate', 'audio/pcm;rate=22050.5', 'its sample rate "22050.5" is not a whole number from 1000 to 768000'],
    ['a channel count past 16 bits', 'audio/pcm;rate=24000;channels=65537', 'its channel count "65537" is not a whole number from 1 to 8'],
    ['a negative channel count', 'audio/L16;channels=-2', 'its channel count "-2" is not a whole number from 1 to 8'],
  ])('%s', async (_case, contentType, problem) => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': contentType });
      response.end(Buffer.alloc(4800));
    });
    const error = await rejectionOf(speak({}, 'wav'));
    expectApiError(error, {
      message: `OpenRouter sent PCM audio described as "${contentType}": ${problem}, so it cannot be put in a WAV file. Ask for outputFormat "pcm" to get the samples as they are.`,
      statusCode: 200,
      isRetryable: false,
    });
  });

  it('a quoted rate in range is wrapped with that rate', async () => {
    hostile.respond((_request, response) => {
      response.writeHead(200, { 'content-type': 'audio/pcm; rate="48000"; channels=2' });
      response.end(Buffer.alloc(4800));
    });
    const { audio } = (await speak({}, 'wav')) as { audio: Uint8Array };
    const header = new DataView(audio.buffer, audio.byteOffset, 44);
    expect({ channels: header.getUint16(22, true), sampleRate: header.getUint32(24, true), byteRate: header.getUint32(28, true) }).toEqual({
      channels: 2,
      sampleRate: 48_000,
      byteRate: 192_000,
    });
  });
});

describe.skipIf(!hasV3Kinds)('video: one job, its own id, the videos asked for', () => {
  interface VideoModel {
    doGenerate(options: unknown): Promise<{ videos: unknown[]; providerMetadata: { openrouter: { jobId: string } } }>;
    doStatus(options: unknown): Promise<unknown>;
  }
  const videoModel = () => later().videoModel('google/veo-3.1') as unknown as VideoModel;
  const generate = () => videoModel().doGenerate({ ...videoCall(), providerOptions: { openrouter: { pollIntervalMs: 1 } } });
  /** The requests the server saw, as method and path. */
  let seen: string[] = [];
  const serve = (jobs: Record<string, unknown>) =>
    hostile.respond((request, response) => {
      seen.push(`${request.method} ${request.url?.replace('/api/v1', '')}`);
      if (request.url?.includes('/content')) {
        response.writeHead(200, { 'content-type': 'video/mp4' });
        response.end(Buffer.from('....ftypisom'));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(request.method === 'POST' ? jobs.submitted : jobs.status));
    });

  it('a status reply listing 2,000 URLs under another id gives one download of the submitted job', async () => {
    seen = [];
    const urls = Array.from({ length: 2000 }, (_, index) => `https://storage.example/${index}.mp4`);
    serve({ submitted: { id: 'job-1', status: 'pending' }, status: { id: 'job-elsewhere', status: 'completed', unsigned_urls: urls } });
    const result = await generate();
    expect(result.videos).toHaveLength(1);
    expect(result.providerMetadata.openrouter.jobId).toBe('job-1');
    expect(seen).toEqual(['POST /videos', 'GET /videos/job-1', 'GET /videos/job-1/content?index=0']);
  });

  it.each(['.', '..', ''])('a submitted job with the id %j is refused before any status request', async (id) => {
    seen = [];
    serve({ submitted: { id, status: 'pending' }, status: { id, status: 'completed' } });
    const error = await rejectionOf(generate());
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/^OpenRouter described a video job without a usable id: /);
    expect(error.isRetryable).toBe(false);
    expect(seen).toEqual(['POST /videos']);
  });

  // Only V4 video models let the AI SDK poll.
  describe.skipIf(lane !== 'v4')('doStatus', () => {
    it.each(['.', '..', ''])('of the job id %j is refused without a request', async (jobId) => {
      seen = [];
      serve({});
      const error = await rejectionOf(videoModel().doStatus({ operation: { jobId } }));
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toBe(`Not an OpenRouter video job: ${JSON.stringify({ jobId })}. Pass the operation that start returned.`);
      expect(seen).toEqual([]);
    });

    it('downloads the job it was asked about, not one the status reply names', async () => {
      seen = [];
      serve({ status: { id: 'job-elsewhere', status: 'completed', unsigned_urls: ['https://storage.example/0.mp4', 'https://storage.example/1.mp4'] } });
      const result = (await videoModel().doStatus({ operation: { jobId: 'job-1' } })) as { status: string; videos: unknown[] };
      expect({ status: result.status, videos: result.videos.length }).toEqual({ status: 'completed', videos: 1 });
      expect(seen).toEqual(['GET /videos/job-1', 'GET /videos/job-1/content?index=0']);
    });
  });
});
