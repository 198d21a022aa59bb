import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion } from '../../src/testing';
import { rejectionOf } from '../helpers/model-calls';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';
import { createOpenClawRouter, embed, embedMany, generateImage, generateText } from '../helpers/surface';
import { CANARY_KEY as KEY, expectApiError, keyLeaks, readAllParts, startHostileServer, theErrorPart, type HostileServer } from './support';

// Values a caller would trip over later (a NaN in a vector, an Invalid Date, a DOMException from
// base64) are refused where the reply comes in: one non-retryable APICallError naming the field.

let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

const router = () => createOpenClawRouter({ apiKey: KEY, baseURL: hostile.baseURL });
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];

/** The next replies: status 200, this JSON text (raw, so `1e999` arrives as Infinity) and headers. */
function answerJson(body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  hostile.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...headers });
    response.end(text);
  });
}

function answerStream(chunks: unknown[], headers: Record<string, string> = {}): void {
  hostile.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', ...headers });
    response.end(`${chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('')}data: [DONE]\n\n`);
  });
}

const unfit = (problem: string) => ({
  message: `OpenRouter returned a reply that does not fit its documented shape: ${problem}.`,
  statusCode: 200,
  isRetryable: false,
});

function expectRefused(error: unknown, problem: string): void {
  expectApiError(error, unfit(problem));
  expect(keyLeaks(KEY, error)).toEqual([]);
}

const embedding = (vector: unknown, index = 0) => ({ object: 'embedding', embedding: vector, index });
const embeddingsReply = (data: unknown[], extra: Record<string, unknown> = {}) => ({ object: 'list', model: 'openai/text-embedding-3-small', data, ...extra });
const embeddingModel = () => router()[EMBEDDING_MODEL]('openai/text-embedding-3-small');

describe('embedding vectors are non-empty lists of finite numbers, all of one length', () => {
  it.each<[string, unknown, string]>([
    ['a vector holding null', [0.1, null, 0.3], 'data[0].embedding[1] is null, expected a finite number'],
    ['a vector holding a number string', [0.1, '0.2'], 'data[0].embedding[1] is the string "0.2", expected a finite number'],
    ['an empty vector', [], 'data[0].embedding is an array, expected a non-empty list of numbers'],
    ['no vector', undefined, 'data[0].embedding is missing, expected a non-empty list of numbers'],
  ])('%s', async (_name, vector, problem) => {
    answerJson(embeddingsReply([embedding(vector)]));
    expectRefused(await rejectionOf(embed({ model: embeddingModel(), value: 'a', maxRetries: 0 })), problem);
  });

  it('a number too large for a double (Infinity once parsed)', async () => {
    answerJson('{"object":"list","model":"m","data":[{"object":"embedding","index":0,"embedding":[0.5,1e999]}]}');
    expectRefused(await rejectionOf(embed({ model: embeddingModel(), value: 'a', maxRetries: 0 })), 'data[0].embedding[1] is number Infinity, expected a finite number');
  });

  it('vectors of different lengths', async () => {
    answerJson(embeddingsReply([embedding([0.1, 0.2, 0.3], 0), embedding([0.1, 0.2], 1)]));
    const error = await rejectionOf(embedMany({ model: embeddingModel(), values: ['a', 'b'], maxRetries: 0 }));
    expectRefused(error, 'data[1].embedding is an array, expected 3 numbers like data[0].embedding, not 2');
  });

  it('a created value that makes no date', async () => {
    answerJson(embeddingsReply([embedding([0.1])], { created: -1e300 }));
    expectRefused(await rejectionOf(embed({ model: embeddingModel(), value: 'a', maxRetries: 0 })), 'created is number -1e+300, expected Unix seconds of a valid date');
  });
});

describe('image data is base64 that decodes (no DOMException in the caller’s hands)', () => {
  it('POST /images: b64_json that is not base64', async () => {
    answerJson({ created: 1_700_000_000, data: [{ b64_json: 'iVBORw0KGgo=%%%', media_type: 'image/png' }] });
    const error = await rejectionOf(generateImage({ model: router().imageModel('openai/gpt-image-1'), prompt: 'a cat', maxRetries: 0 }));
    expectRefused(error, 'data[0].b64_json is the string "iVBORw0KGgo=%%%", expected base64 image data');
  });

  it('chat image output: a data URL whose base64 does not decode', async () => {
    answerJson(chatCompletion({ message: { content: '', images: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,a' } }] } }));
    const error = await rejectionOf(generateImage({ model: router().imageModel('google/gemini-2.5-flash-image'), prompt: 'a cat', maxRetries: 0 }));
    expectRefused(error, 'choices[0].message.images[0].image_url.url is the string "data:image/png;base64,a", expected a data URL whose base64 decodes');
  });

  it('POST /images: a created value that makes no date (was Invalid Date)', async () => {
    answerJson({ created: 1e300, data: [{ b64_json: 'iVBORw0KGgo=', media_type: 'image/png' }] });
    const error = await rejectionOf(generateImage({ model: router().imageModel('openai/gpt-image-1'), prompt: 'a cat', maxRetries: 0 }));
    expectRefused(error, 'created is number 1e+300, expected Unix seconds of a valid date');
  });
});

describe('created values make a valid date on the chat routes', () => {
  it('generate: a created past the Date range', async () => {
    answerJson({ ...chatCompletion(), created: 1e308 });
    expectRefused(
      await rejectionOf(generateText({ model: router()('openai/gpt-4o-mini'), prompt: 'hi', maxRetries: 0 })),
      'created is number 1e+308, expected Unix seconds of a valid date',
    );
  });

  it('stream: a chunk whose created is a string ends the stream with one error part', async () => {
    answerStream([{ ...chatChunk({ content: 'a' }), created: 'yesterday' }, chatChunk({}, { finish_reason: 'stop' })]);
    const parts = await readAllParts((await router()('openai/gpt-4o-mini').doStream({ prompt: PROMPT })).stream);
    expectApiError(theErrorPart(parts), {
      message: 'OpenRouter sent a stream chunk that does not fit its documented shape: created is the string "yesterday", expected Unix seconds of a valid date.',
      statusCode: 200,
      isRetryable: false,
    });
    expect(parts.at(-1)?.type).toBe('finish');
  });
});

describe('listModels entries are models', () => {
  it.each<[string, unknown[], string]>([
    ['an entry that is a number', [{ id: 'openai/gpt-4o-mini' }, 7], 'data[1] is number 7, expected a model (an object with an id)'],
    ['an entry without an id', [{ name: 'GPT-4o mini' }], 'data[0].id is missing, expected a string'],
    ['an entry whose id is a number', [{ id: 42 }], 'data[0].id is number 42, expected a string'],
    ['an entry whose created makes no date', [{ id: 'a/b', created: 'soon' }], 'data[0].created is the string "soon", expected Unix seconds of a valid date'],
  ])('%s', async (_name, data, problem) => {
    answerJson({ data });
    expectRefused(await rejectionOf(router().listModels({ maxRetries: 0 })), problem);
  });
});

describe('response-cache ttl and age are seconds of at least 0', () => {
  const problem = (name: string, value: string) => ({
    message: `OpenRouter sent the response-cache header ${name}: "${value}", which is no number of seconds of at least 0.`,
    statusCode: 200,
    isRetryable: false,
  });

  it('generate: a negative age', async () => {
    answerJson(chatCompletion(), { 'x-openrouter-cache-status': 'HIT', 'x-openrouter-cache-age': '-30', 'x-openrouter-cache-ttl': '270' });
    expectApiError(await rejectionOf(generateText({ model: router()('openai/gpt-4o-mini'), prompt: 'hi', maxRetries: 0 })), problem('x-openrouter-cache-age', '-30'));
  });

  it('embed: a negative ttl', async () => {
    answerJson(embeddingsReply([embedding([0.1])]), { 'x-openrouter-cache-status': 'MISS', 'x-openrouter-cache-ttl': '-1' });
    expectApiError(await rejectionOf(embed({ model: embeddingModel(), value: 'a', maxRetries: 0 })), problem('x-openrouter-cache-ttl', '-1'));
  });

  it('stream: a ttl that is no number, refused before the stream is read', async () => {
    answerStream([chatChunk({ content: 'a' }, { finish_reason: 'stop' })], { 'x-openrouter-cache-status': 'HIT', 'x-openrouter-cache-ttl': 'forever' });
    const error = await rejectionOf(router()('openai/gpt-4o-mini').doStream({ prompt: PROMPT }));
    expectApiError(error, problem('x-openrouter-cache-ttl', 'forever'));
  });
});
