import { usageFor } from './builders';
import type { ResolvedTraffic } from './traffic';

export interface ReplyTokens {
  prompt: number;
  /** Answer tokens: text, tool arguments and images. */
  answer: number;
  reasoning: number;
}

/**
 * Usage as OpenRouter reports it for the traffic options: reasoning inside `completion_tokens`,
 * cache counts within the prompt, and cost as paid, BYOK or not reported at all.
 */
export function replyUsage(tokens: ReplyTokens, traffic: ResolvedTraffic): Record<string, unknown> {
  const completionTokens = traffic.reasoningInCompletionTokens ? tokens.answer + tokens.reasoning : tokens.answer;
  const usage = usageFor({ promptTokens: tokens.prompt, completionTokens, reasoningTokens: tokens.reasoning });
  // Reads and writes are parts of the prompt: together never more than it.
  const cachedTokens = Math.min(traffic.cachedTokens, tokens.prompt);
  usage.prompt_tokens_details = {
    cached_tokens: cachedTokens,
    cache_write_tokens: Math.min(traffic.cacheWriteTokens, tokens.prompt - cachedTokens),
  };

  const details = usage.cost_details as Record<string, unknown>;
  if (traffic.billing === 'byok') {
    usage.is_byok = true;
    details.upstream_inference_cost = usage.cost;
    usage.cost = 0;
  } else if (traffic.billing === 'legacy') {
    delete usage.cost;
    delete usage.is_byok;
    delete usage.cost_details;
  }
  return usage;
}
