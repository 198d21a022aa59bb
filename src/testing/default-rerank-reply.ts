import type { RerankResponse } from '../core/wire/rerank';
import type { EmulatorIds } from './ids';
import type { JsonReply } from './types';

const COST_PER_SEARCH = 0.002;

/**
 * POST /rerank: each document scored by the share of the query's words it contains (a small,
 * stable tie-breaker from its text keeps scores distinct), most relevant first, cut to `top_n`.
 */
export function defaultRerankReply(request: unknown, ids: EmulatorIds): JsonReply {
  const body = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const query = typeof body.query === 'string' ? body.query : '';
  const documents = Array.isArray(body.documents) ? body.documents : [];
  const queryWords = new Set(wordsOf(query));
  const scored = documents.map((document, index) => {
    const echoed = typeof document === 'string' ? { text: document } : (document as { text?: string; image?: string });
    const words = new Set(wordsOf(echoed.text ?? ''));
    const shared = [...queryWords].filter((word) => words.has(word)).length;
    const overlap = queryWords.size > 0 ? shared / queryWords.size : 0;
    const score = Math.round((0.05 + 0.9 * overlap + 0.04 * tieBreaker(echoed.text ?? echoed.image ?? '')) * 1e4) / 1e4;
    return { index, relevance_score: score, document: echoed };
  });
  scored.sort((a, b) => b.relevance_score - a.relevance_score || a.index - b.index);
  const topN = Number.isInteger(body.top_n) && (body.top_n as number) > 0 ? (body.top_n as number) : scored.length;
  const tokens = wordsOf(query).length + documents.reduce<number>((sum, document) => sum + wordsOf(JSON.stringify(document)).length, 0);
  const id = ids.nextGenerationId();
  return {
    type: 'json',
    headers: { 'x-generation-id': id },
    body: {
      id,
      model: typeof body.model === 'string' ? body.model : 'cohere/rerank-v3.5',
      provider: 'Cohere',
      results: scored.slice(0, topN),
      usage: { search_units: 1, total_tokens: tokens, cost: COST_PER_SEARCH },
    } satisfies RerankResponse,
  };
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 0..1 from the text, the same every run. */
function tieBreaker(text: string): number {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash / 0xffffffff;
}
