import { generationIdOf } from '../http/generation-id';
import type { ProviderMetadata } from '../model-io/result-types';
import { toFlatUsageMetadata } from '../usage';
import type { RerankResponse } from '../wire/rerank';

export interface RankedDocument {
  index: number;
  relevanceScore: number;
}

/**
 * A POST /rerank reply -> the ranking (most relevant first) and `providerMetadata.openrouter`.
 * The door (wire/rerank.ts) has checked every result names a different document sent, with a finite score.
 */
export function parseRerankReply(
  reply: RerankResponse,
  responseHeaders: Record<string, string> | undefined,
): { ranking: RankedDocument[]; providerMetadata: ProviderMetadata } {
  const ranking: RankedDocument[] = reply.results.map((result) => ({ index: result.index, relevanceScore: result.relevance_score }));
  ranking.sort((a, b) => b.relevanceScore - a.relevanceScore);

  const openrouter: Record<string, unknown> = {};
  const generationId = generationIdOf(responseHeaders, reply.id);
  if (generationId !== undefined) openrouter.generationId = generationId;
  if (reply.model != null) openrouter.model = reply.model;
  if (reply.provider != null) openrouter.provider = reply.provider;
  const usage = toFlatUsageMetadata(reply.usage);
  if (usage) openrouter.usage = usage;
  return { ranking, providerMetadata: { openrouter } as ProviderMetadata };
}
