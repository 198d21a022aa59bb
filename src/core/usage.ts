import type { LanguageModelV2Usage } from '@ai-sdk/provider';
import type { OpenRouterUsage } from './chat/openrouter-wire-types';

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** AI SDK usage; a count OpenRouter did not report stays undefined, never NaN. */
export function toLanguageModelUsage(usage: OpenRouterUsage | undefined): LanguageModelV2Usage {
  if (!usage) return { inputTokens: undefined, outputTokens: undefined, totalTokens: undefined };
  const inputTokens = count(usage.prompt_tokens);
  const outputTokens = count(usage.completion_tokens);
  const total = count(usage.total_tokens);
  return {
    inputTokens,
    outputTokens,
    totalTokens: total ?? (inputTokens !== undefined || outputTokens !== undefined ? (inputTokens ?? 0) + (outputTokens ?? 0) : undefined),
    reasoningTokens: count(usage.completion_tokens_details?.reasoning_tokens),
    cachedInputTokens: count(usage.prompt_tokens_details?.cached_tokens),
  };
}

const camelKeys = new Map<string, string>();

/** `cache_write_tokens` -> `cacheWriteTokens`; the handful of usage keys is converted once each. */
function camelKey(key: string): string {
  let camel = camelKeys.get(key);
  if (camel === undefined) {
    camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    if (camelKeys.size < 256) camelKeys.set(key, camel);
  }
  return camel;
}

function camelCaseNumbers(record: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record)) {
    const value = count(record[key]);
    if (value !== undefined) out[camelKey(key)] = value;
  }
  return out;
}

/**
 * `providerMetadata.openrouter.usage`, named as the official provider names it,
 * plus cost, BYOK flag and cache-write tokens (which AI SDK 6/7 drop from usage).
 */
export function toUsageMetadata(usage: OpenRouterUsage | undefined): Record<string, unknown> | undefined {
  if (!usage) return undefined;
  const out: Record<string, unknown> = {};
  const promptTokens = count(usage.prompt_tokens);
  const completionTokens = count(usage.completion_tokens);
  if (promptTokens !== undefined) out.promptTokens = promptTokens;
  if (completionTokens !== undefined) out.completionTokens = completionTokens;
  const totalTokens = count(usage.total_tokens) ?? (promptTokens !== undefined || completionTokens !== undefined ? (promptTokens ?? 0) + (completionTokens ?? 0) : undefined);
  if (totalTokens !== undefined) out.totalTokens = totalTokens;
  const cost = count(usage.cost);
  if (cost !== undefined) out.cost = cost;
  if (typeof usage.is_byok === 'boolean') out.isByok = usage.is_byok;
  if (usage.prompt_tokens_details) out.promptTokensDetails = camelCaseNumbers(usage.prompt_tokens_details);
  if (usage.completion_tokens_details) out.completionTokensDetails = camelCaseNumbers(usage.completion_tokens_details);
  if (usage.cost_details) out.costDetails = camelCaseNumbers(usage.cost_details);
  return out;
}
