import { APICallError } from '@ai-sdk/provider';
import { generationIdOf } from '../http/generation-id';
import type { ProviderMetadata } from '../model-io/result-types';
import { toFlatUsageMetadata } from '../usage';

export interface RankedDocument {
  index: number;
  relevanceScore: number;
}

export interface ReplyContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders: Record<string, string> | undefined;
  documentCount: number;
}

/** A POST /rerank reply -> the ranking (most relevant first) and `providerMetadata.openrouter`. */
export function parseRerankReply(reply: Record<string, any>, context: ReplyContext): { ranking: RankedDocument[]; providerMetadata: ProviderMetadata } {
  const ranking: RankedDocument[] = [];
  for (const result of reply.results as unknown[]) {
    const entry = result as { index?: unknown; relevance_score?: unknown } | null;
    const index = entry?.index;
    const score = entry?.relevance_score;
    if (!(Number.isInteger(index) && (index as number) >= 0 && (index as number) < context.documentCount) || typeof score !== 'number') {
      throw new APICallError({
        message: `OpenRouter returned a rerank result that names no document of the ${context.documentCount} sent: ${JSON.stringify(result)?.slice(0, 200)}`,
        url: context.url,
        requestBodyValues: context.requestBodyValues,
        statusCode: 200,
        responseHeaders: context.responseHeaders,
        responseBody: JSON.stringify(reply),
        isRetryable: false,
        data: reply,
      });
    }
    ranking.push({ index: index as number, relevanceScore: score });
  }
  ranking.sort((a, b) => b.relevanceScore - a.relevanceScore);

  const openrouter: Record<string, unknown> = {};
  const generationId = generationIdOf(context.responseHeaders, reply.id);
  if (generationId !== undefined) openrouter.generationId = generationId;
  if (typeof reply.model === 'string') openrouter.model = reply.model;
  if (typeof reply.provider === 'string') openrouter.provider = reply.provider;
  const usage = toFlatUsageMetadata(reply.usage);
  if (usage) openrouter.usage = usage;
  return { ranking, providerMetadata: { openrouter } as ProviderMetadata };
}
