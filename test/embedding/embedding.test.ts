import { APICallError, InvalidArgumentError, TooManyEmbeddingValuesForCallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { routers } from '../helpers/model-calls';
import { embed, embedMany } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';

const server = useEmulator();

const { verified: router, proxy, sentBody } = routers(server);

describe('embeddings over POST /embeddings', () => {
  it('embeds one value, with usage and its cost in metadata', async () => {
    const result = await embed({ model: router()[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'sunny day at the beach' });

    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/embeddings');
    expect(request.body).toEqual({ model: 'openai/text-embedding-3-small', input: ['sunny day at the beach'], encoding_format: 'float' });
    expect(request.headers).toMatchObject({
      authorization: 'Bearer test-key',
      'http-referer': 'https://openclaw.ai',
      'x-openrouter-title': 'OpenClaw',
    });
    expect(result.embedding).toHaveLength(8);
    expect(Math.hypot(...result.embedding)).toBeCloseTo(1, 5);
    expect(result.usage).toEqual({ tokens: 6 });
    expect(result.providerMetadata).toEqual({
      openrouter: {
        generationId: 'gen-emulator-1',
        model: 'openai/text-embedding-3-small',
        usage: { promptTokens: 6, totalTokens: 6, cost: 1.2e-7 },
      },
    });
  });

  it('embeds many values in order, with dimensions and routing from every layer', async () => {
    const model = router({ provider: { order: ['openai'], data_collection: 'deny' } }).embedding('openrouter/openai/text-embedding-3-large', {
      dimensions: 16,
      provider: { allow_fallbacks: false },
    });
    const result = await embedMany({
      model,
      values: ['alpha', 'beta', 'alpha'],
      providerOptions: { openrouter: { dimensions: 4, provider: { order: ['azure'] }, input_type: 'search_document', user: 'u-1' } },
    });

    expect(sentBody()).toEqual({
      model: 'openai/text-embedding-3-large',
      input: ['alpha', 'beta', 'alpha'],
      encoding_format: 'float',
      dimensions: 4,
      input_type: 'search_document',
      user: 'u-1',
      provider: { order: ['azure'], data_collection: 'deny', allow_fallbacks: false },
    });
    expect(result.embeddings.map((vector) => vector.length)).toEqual([4, 4, 4]);
    expect(result.embeddings[0]).toEqual(result.embeddings[2]);
    expect(result.embeddings[0]).not.toEqual(result.embeddings[1]);
    expect(result.usage).toEqual({ tokens: 5 });
  });

  it('puts vectors back in input order when the reply lists them out of order', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: {
        object: 'list',
        model: 'openai/text-embedding-3-small',
        data: [
          { object: 'embedding', index: 1, embedding: [0, 1] },
          { object: 'embedding', index: 0, embedding: [1, 0] },
        ],
        usage: { prompt_tokens: 2, total_tokens: 2, cost: 0.00000004 },
      },
    });
    const result = await embedMany({ model: router().embedding('openai/text-embedding-3-small'), values: ['first', 'second'] });
    expect(result.embeddings).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('splits more values than one request takes', async () => {
    const model = router()[EMBEDDING_MODEL]('openai/text-embedding-3-small');
    expect(model.maxEmbeddingsPerCall).toBe(2048);
    const values = Array.from({ length: 2049 }, (_, index) => `v${index}`);
    await expect(model.doEmbed({ values })).rejects.toBeInstanceOf(TooManyEmbeddingValuesForCallError);
    const result = await embedMany({ model, values });
    expect(server.emulator.requests.map((request) => request.body.input.length).sort()).toEqual([1, 2048]);
    expect(result.embeddings).toHaveLength(2049);
  });

  it('sends no attribution headers to a base URL that is not openrouter.ai', async () => {
    await embed({ model: proxy().embedding('openai/text-embedding-3-small'), value: 'x' });
    expect(server.emulator.lastRequest().headers['http-referer']).toBeUndefined();
  });
});

describe('embedding failures', () => {
  it('a 402 is an APICallError with OpenRouter’s message, not retried', async () => {
    server.emulator.enqueue({ type: 'json', status: 402, body: errorEnvelope(402, 'Insufficient credits') });
    const error = await embed({ model: router().embedding('openai/text-embedding-3-small'), value: 'x' }).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 402, isRetryable: false, message: 'OpenRouter error 402: Insufficient credits' });
    expect(server.emulator.requests).toHaveLength(1);
  });

  it('an error envelope inside a 200 is an error', async () => {
    server.emulator.enqueue({ type: 'json', body: errorEnvelope(429, 'Rate limit exceeded') });
    await expect(
      router()
        .embedding('openai/text-embedding-3-small')
        .doEmbed({ values: ['x'] }),
    ).rejects.toMatchObject({
      statusCode: 429,
      isRetryable: true,
      message: 'OpenRouter error 429: Rate limit exceeded',
    });
  });

  it('a reply with fewer vectors than inputs is an error', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: { object: 'list', model: 'm', data: [{ object: 'embedding', index: 0, embedding: [1] }], usage: { prompt_tokens: 2, total_tokens: 2 } },
    });
    await expect(
      router()
        .embedding('openai/text-embedding-3-small')
        .doEmbed({ values: ['a', 'b'] }),
    ).rejects.toThrow('OpenRouter returned 1 embedding(s) for 2 input(s); no vector for input(s) 1.');
  });

  it('rejects unknown options, empty values and a missing model id before sending anything', async () => {
    const model = router().embedding('openai/text-embedding-3-small');
    await expect(model.doEmbed({ values: ['x'], providerOptions: { openrouter: { models: ['a/b'] } } })).rejects.toThrow(
      'Invalid providerOptions.openrouter: "models" is not an embedding option. Known: dimensions, provider, user, input_type, responseCache, extraBody; put raw body fields in extraBody.',
    );
    await expect(model.doEmbed({ values: ['x', ''] })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(() => router()[EMBEDDING_MODEL]('')).toThrow(`router.${EMBEDDING_MODEL} needs a model id, e.g. "openai/text-embedding-3-small".`);
    expect(() => router()[EMBEDDING_MODEL]('a/b', { dimensions: 0 })).toThrow(InvalidArgumentError);
    expect(server.emulator.requests).toHaveLength(0);
  });

  it("puts the provider's extraBody under every option", async () => {
    await router({ extraBody: { dimensions: 2, user: 'p' } })
      .embedding('openai/text-embedding-3-small', { dimensions: 6 })
      .doEmbed({ values: ['x'] });
    expect(sentBody()).toMatchObject({ dimensions: 6, user: 'p' });
  });

  it('keeps model, input and encoding_format even when extraBody names them', async () => {
    await router()
      .embedding('openai/text-embedding-3-small')
      .doEmbed({ values: ['x'], providerOptions: { openrouter: { extraBody: { model: 'z/z', encoding_format: 'base64', input: [] } } } });
    expect(sentBody()).toEqual({ model: 'openai/text-embedding-3-small', input: ['x'], encoding_format: 'float' });
  });
});
