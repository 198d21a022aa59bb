import type { CoreWarning } from '../../model-io/result-types';
import type { OpenRouterChatRequest } from '../../wire/openrouter-wire-types';
import { anthropicCachePolicy } from './anthropic-cache';
import { geminiSignaturesPolicy } from './gemini-signatures';
import type { RequestPolicy, RequestPolicyContext } from './policy-types';
import { routingPolicy } from './routing';
import { thinkingPolicy } from './thinking';

export type { RequestPolicy, RequestPolicyContext } from './policy-types';

/**
 * Order matters: routing and thinking decide request fields first; the steps
 * over the prompt (cache markers, replayed signatures) then see the final
 * messages.
 */
const POLICIES: RequestPolicy[] = [routingPolicy, thinkingPolicy, anthropicCachePolicy, geminiSignaturesPolicy];

export function applyRequestPolicies(body: OpenRouterChatRequest, context: RequestPolicyContext): { body: OpenRouterChatRequest; warnings: CoreWarning[] } {
  const warnings: CoreWarning[] = [];
  let current = body;
  for (const policy of POLICIES) {
    const result = policy(current, context);
    current = result.body;
    if (result.warnings) warnings.push(...result.warnings);
  }
  return { body: current, warnings };
}
