import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { rerank as rerankV6 } from 'ai-v6';
import { rerank as rerankV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { errorEnvelope } from '../../src/testing';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, thrownBy } from '../helpers/model-calls';
import { surfaceRouters } from '../helpers/surfaces';

const server = useEmulator();
silenceAISDKWarnings();
const routers = surfaceRouters(server);

type Rerank = typeof rerankV6;
const MAJORS: Array<[string, 'v3' | 'v4', Rerank]> = [
  ['AI SDK 6', 'v3', rerankV6],
  ['AI SDK 7', 'v4', rerankV7 as unknown as Rerank],
];

const DOCUMENTS = [
  'The museum opens at ten and is closed on Mondays.',
  'The beach is sandy and the water is warm in August.',
  'Trains to the beach leave every twenty minutes.',
];

describe.each(MAJORS)('%s: reranking over POST /rerank', (_major, spec, rerank) => {
  it('sends the query, documents and top_n; returns the ranking with cost and served provider', async () => {
    const result = await rerank({
      model: routers[spec]().rerankingModel('cohere/rerank-v3.5') as never,
      query: 'warm water beach',
      documents: DOCUMENTS,
      topN: 2,
    });

    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/rerank');
    expect(request.body).toEqual({ model: 'cohere/rerank-v3.5', query: 'warm water beach', documents: DOCUMENTS, top_n: 2 });
    expect(request.headers).toMatchObject({ authorization: 'Bearer test-key', 'x-openrouter-title': 'OpenClaw' });
    expect(result.ranking.map(({ originalIndex }) => originalIndex)).toEqual([1, 2]);
    expect(result.rerankedDocuments).toEqual([DOCUMENTS[1], DOCUMENTS[2]]);
    expect(result.ranking[0].score).toBeGreaterThan(result.ranking[1].score);
    expect(result.ranking[0].score).toBe((server.emulator.lastRequest().reply.body as { results: Array<{ relevance_score: number }> }).results[0].relevance_score);
    expect(result.providerMetadata).toEqual({
      openrouter: { generationId: 'gen-emulator-1', model: 'cohere/rerank-v3.5', provider: 'Cohere', usage: { searchUnits: 1, totalTokens: 32, cost: 0.002 } },
    });
    expect(result.response).toMatchObject({ id: 'gen-emulator-1', modelId: 'cohere/rerank-v3.5' });
  });

  it('sends {text, image} objects as they are and other objects as their JSON text', async () => {
    const documents = [{ text: 'A red lighthouse' }, { text: 'A harbour', image: 'https://example.com/harbour.png' }, { title: 'Tide tables', pages: 4 }];
    const result = await rerank({ model: routers[spec]().reranking('cohere/rerank-4-pro') as never, query: 'lighthouse', documents });

    expect(server.emulator.lastRequest().body.documents).toEqual([
      { text: 'A red lighthouse' },
      { text: 'A harbour', image: 'https://example.com/harbour.png' },
      '{"title":"Tide tables","pages":4}',
    ]);
    expect(result.rerankedDocuments[0]).toEqual({ text: 'A red lighthouse' });
  });

  it('routes by the provider preferences of every layer, the shared rule', async () => {
    const router = routers[spec]({ provider: { order: ['cohere'], data_collection: 'deny' }, models: ['openai/gpt-5-mini'] });
    await rerank({
      model: router.rerankingModel('cohere/rerank-v3.5', { provider: { allow_fallbacks: false } }) as never,
      query: 'q',
      documents: ['a'],
      providerOptions: { openrouter: { provider: { order: ['azure'] } } },
    });
    expect(server.emulator.lastRequest().body).toEqual({
      model: 'cohere/rerank-v3.5',
      query: 'q',
      documents: ['a'],
      provider: { order: ['azure'], data_collection: 'deny', allow_fallbacks: false },
    });
  });

  it('reports OpenRouter errors as APICallError, retryable as OpenRouter marks them', async () => {
    server.emulator.enqueue(
      { type: 'json', status: 503, body: errorEnvelope(503, 'No endpoints found that can handle the request') },
      { type: 'json', status: 400, body: errorEnvelope(400, 'query must not be empty') },
    );
    const call = (query: string) => rerank({ model: routers[spec]().rerankingModel('cohere/rerank-v3.5') as never, query, documents: ['a'], maxRetries: 0 });
    const unavailable = await rejectionOf(call('q'));
    expect(APICallError.isInstance(unavailable)).toBe(true);
    expect(unavailable.message).toBe('OpenRouter error 503: No endpoints found that can handle the request');
    expect(unavailable.isRetryable).toBe(true);
    const invalid = await rejectionOf(call(''));
    expect(invalid.message).toBe('OpenRouter error 400: query must not be empty');
    expect(invalid.isRetryable).toBe(false);
  });

  it('rejects a topN below 1 before sending anything', async () => {
    const error = await rejectionOf(rerank({ model: routers[spec]().rerankingModel('cohere/rerank-v3.5') as never, query: 'q', documents: ['a'], topN: 0 }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe('topN must be a whole number of at least 1; got 0.');
    expect(server.emulator.requests).toHaveLength(0);
  });
});

describe('reranking model settings', () => {
  it('takes routing and extraBody only, naming a misspelt option', () => {
    const error = thrownBy(() => routers.v3().rerankingModel('cohere/rerank-v3.5', { top_n: 3 } as never));
    expect(error.message).toBe('Invalid rerankingModel settings: "top_n" is not a reranking option. Known: provider, extraBody; put raw body fields in extraBody.');
  });

  it('rejects a result that names no document sent', async () => {
    server.emulator.enqueue({ type: 'json', body: { model: 'cohere/rerank-v3.5', results: [{ index: 5, relevance_score: 0.9, document: { text: 'x' } }] } });
    const error = await rejectionOf(rerankV7({ model: routers.v4().rerankingModel('cohere/rerank-v3.5'), query: 'q', documents: ['a'] }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe(
      'OpenRouter returned a reply that does not fit its documented shape: results[0].index is number 5, expected the index of one of the 1 document(s) sent (0 to 0).',
    );
    expect((error as APICallError).isRetryable).toBe(false);
  });
});
