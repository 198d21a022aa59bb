import { rerank as rerankV6 } from 'ai-v6';
import { rerank as rerankV7 } from 'ai-v7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { rejectionOf } from '../helpers/model-calls';
import { CANARY_KEY as KEY, expectApiError, keyLeaks, startHostileServer, type HostileServer } from '../reliability/support';

// A ranking that names a document twice, more documents than were sent, or a score that is no
// number would mislead the caller; it is refused where the reply comes in, on every surface.

silenceAISDKWarnings();
let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

type Rerank = typeof rerankV6;
const MAJORS: Array<[string, () => ReturnType<typeof createV3>, Rerank]> = [
  ['AI SDK 6', () => createV3({ apiKey: KEY, baseURL: hostile.baseURL }), rerankV6],
  ['AI SDK 7', () => createV4({ apiKey: KEY, baseURL: hostile.baseURL }) as unknown as ReturnType<typeof createV3>, rerankV7 as unknown as Rerank],
];

const DOCUMENTS = ['a museum', 'a beach', 'a train'];

/** The next reply: 200 with this JSON text (raw, so `1e999` arrives as Infinity). */
function answer(text: string): void {
  hostile.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(text);
  });
}

const results = (entries: Array<[number, number]>) =>
  JSON.stringify({ model: 'cohere/rerank-v3.5', results: entries.map(([index, relevance_score]) => ({ index, relevance_score })) });

describe.each(MAJORS)('%s: rerank results are checked against the request', (_major, router, rerank) => {
  const call = (topN?: number) => rerank({ model: router().rerankingModel('cohere/rerank-v3.5'), query: 'q', documents: DOCUMENTS, topN, maxRetries: 0 });

  it.each<[string, string, number | undefined, string]>([
    [
      'a document ranked twice',
      results([
        [1, 0.9],
        [1, 0.5],
      ]),
      undefined,
      'results[1].index is number 1, expected a document not ranked before (it repeats an earlier index)',
    ],
    [
      'more results than documents sent',
      results([
        [0, 0.9],
        [1, 0.8],
        [2, 0.7],
        [0, 0.1],
      ]),
      undefined,
      'results is an array, expected at most 3 result(s) (the 3 document(s) sent), not 4',
    ],
    [
      'more results than top_n',
      results([
        [0, 0.9],
        [1, 0.8],
      ]),
      1,
      'results is an array, expected at most 1 result(s) (top_n 1), not 2',
    ],
    ['an index past the documents', results([[3, 0.9]]), undefined, 'results[0].index is number 3, expected the index of one of the 3 document(s) sent (0 to 2)'],
    ['a negative index', results([[-1, 0.9]]), undefined, 'results[0].index is number -1, expected the index of one of the 3 document(s) sent (0 to 2)'],
    [
      'a score too large for a double (Infinity once parsed)',
      '{"model":"m","results":[{"index":0,"relevance_score":1e999}]}',
      undefined,
      'results[0].relevance_score is number Infinity, expected a finite number',
    ],
    [
      'a score that is a string',
      '{"model":"m","results":[{"index":0,"relevance_score":"high"}]}',
      undefined,
      'results[0].relevance_score is the string "high", expected a finite number',
    ],
  ])('%s', async (_name, body, topN, problem) => {
    answer(body);
    const error = await rejectionOf(call(topN));
    expectApiError(error, { message: `OpenRouter returned a reply that does not fit its documented shape: ${problem}.`, statusCode: 200, isRetryable: false });
    expect(keyLeaks(KEY, error)).toEqual([]);
  });

  it('a ranking that fits is returned, most relevant first', async () => {
    answer(
      results([
        [2, 0.2],
        [0, 0.9],
      ]),
    );
    const result = await call(2);
    expect(result.ranking.map(({ originalIndex, score }) => [originalIndex, score])).toEqual([
      [0, 0.9],
      [2, 0.2],
    ]);
  });
});
