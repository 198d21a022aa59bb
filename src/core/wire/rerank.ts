import { arrayField, isRecord, optionalRecordField, optionalStringField, record, WireShapeError } from './narrow';

// POST /rerank replies (openapi.yaml: the operation's inline 200 schema).

/** `results[]`: a document of the request by its index, with its score. */
export interface RerankResult {
  /** An index of a document sent, each at most once (checked). */
  index: number;
  /** Finite (checked). */
  relevance_score: number;
  document?: unknown;
  [key: string]: unknown;
}

export interface RerankResponse {
  results: readonly RerankResult[];
  id?: string | null;
  model?: string | null;
  provider?: string | null;
  /** Flat counts (cost, search units), read by type. */
  usage?: { readonly [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** What the request asked for, which the results must fit. */
export interface RerankRequestFacts {
  documentCount: number;
  topN?: number;
}

/**
 * A narrower for the reply to one request: every result names a different document of those sent,
 * with a finite score, and there are no more results than documents or than `topN`.
 */
export function narrowRerankResponse({ documentCount, topN }: RerankRequestFacts): (value: unknown) => RerankResponse {
  return (value) => {
    const reply = record(value, '');
    optionalStringField(reply, 'id', '');
    optionalStringField(reply, 'model', '');
    optionalStringField(reply, 'provider', '');
    optionalRecordField(reply, 'usage', '');
    const results = arrayField(reply, 'results', '');
    const most = topN !== undefined ? Math.min(topN, documentCount) : documentCount;
    if (results.length > most) {
      const limit = topN !== undefined && topN < documentCount ? `top_n ${topN}` : `the ${documentCount} document(s) sent`;
      throw new WireShapeError('results', `at most ${most} result(s) (${limit}), not ${results.length}`, results);
    }
    const seen = new Uint8Array(documentCount);
    for (let i = 0; i < results.length; i++) {
      const result = results[i];
      if (!isRecord(result)) throw new WireShapeError(`results[${i}]`, 'an object', result);
      const index = result.index;
      if (!(Number.isInteger(index) && (index as number) >= 0 && (index as number) < documentCount)) {
        throw new WireShapeError(`results[${i}].index`, `the index of one of the ${documentCount} document(s) sent (0 to ${documentCount - 1})`, index);
      }
      if (seen[index as number] === 1) throw new WireShapeError(`results[${i}].index`, 'a document not ranked before (it repeats an earlier index)', index);
      seen[index as number] = 1;
      const score = result.relevance_score;
      if (typeof score !== 'number' || !Number.isFinite(score)) throw new WireShapeError(`results[${i}].relevance_score`, 'a finite number', score);
    }
    return reply as RerankResponse;
  };
}
