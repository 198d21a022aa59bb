import type { OpenRouterUsage } from './wire/openrouter-wire-types';
import type { JSONObject, Usage } from './model-io/result-types';

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

const NO_USAGE: Usage = {
  inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: undefined, text: undefined, reasoning: undefined },
  totalTokens: undefined,
};

/**
 * OpenRouter usage -> token counts; a count OpenRouter did not report stays undefined, never NaN.
 * Uncached input is total - read - write, as Anthropic counts; when that is negative (Gemini can
 * report one count as both read and write) it is total - read. Output text is completion minus
 * reasoning (OpenRouter's completion count includes the reasoning). Neither goes below 0.
 */
export function toUsage(usage: OpenRouterUsage | undefined): Usage {
  if (!usage || typeof usage !== 'object') return NO_USAGE;
  const input = count(usage.prompt_tokens);
  const output = count(usage.completion_tokens);
  const cacheRead = count(usage.prompt_tokens_details?.cached_tokens);
  const cacheWrite = count(usage.prompt_tokens_details?.cache_write_tokens);
  const reasoning = count(usage.completion_tokens_details?.reasoning_tokens);
  let noCache: number | undefined;
  if (input !== undefined) {
    noCache = input - (cacheRead ?? 0) - (cacheWrite ?? 0);
    if (noCache < 0) noCache = Math.max(0, input - (cacheRead ?? 0));
  }
  const total = count(usage.total_tokens);
  return {
    inputTokens: { total: input, noCache, cacheRead, cacheWrite },
    outputTokens: {
      total: output,
      text: output === undefined ? undefined : Math.max(0, output - (reasoning ?? 0)),
      reasoning,
    },
    totalTokens: total ?? (input !== undefined || output !== undefined ? (input ?? 0) + (output ?? 0) : undefined),
    raw: usage as unknown as JSONObject,
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const totalTokens =
    count(usage.total_tokens) ?? (promptTokens !== undefined || completionTokens !== undefined ? (promptTokens ?? 0) + (completionTokens ?? 0) : undefined);
  if (totalTokens !== undefined) out.totalTokens = totalTokens;
  const cost = count(usage.cost);
  if (cost !== undefined) out.cost = cost;
  if (typeof usage.is_byok === 'boolean') out.isByok = usage.is_byok;
  if (usage.prompt_tokens_details) out.promptTokensDetails = camelCaseNumbers(usage.prompt_tokens_details);
  if (usage.completion_tokens_details) out.completionTokensDetails = camelCaseNumbers(usage.completion_tokens_details);
  if (usage.cost_details) out.costDetails = camelCaseNumbers(usage.cost_details);
  // Server tools (web search, ...) OpenRouter ran: counts of calls requested and executed.
  if (isRecord(usage.server_tool_use_details)) out.serverToolUseDetails = camelCaseNumbers(usage.server_tool_use_details);
  return out;
}

/**
 * Usage of the audio, rerank and video endpoints (`cost`, `seconds`, `search_units`, `is_byok`,
 * token counts), camelCased like the chat usage; undefined when the reply has none.
 */
export function toFlatUsageMetadata(usage: unknown): Record<string, number | boolean> | undefined {
  if (typeof usage !== 'object' || usage === null || Array.isArray(usage)) return undefined;
  const out: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(usage)) {
    if (count(value) !== undefined || typeof value === 'boolean') out[camelKey(key)] = value as number | boolean;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
