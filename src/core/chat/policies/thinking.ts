import type { CoreWarning } from '../../model-io/result-types';
import { modelAuthor } from '../../model-ref';
import { isPlainObject } from '../../util/merge-options';
import type { OpenRouterReasoningOptions } from '../chat-options';
import type { RequestPolicy, RequestPolicyContext } from './policy-types';
import { THINKING_LEVEL_ALIASES, type ThinkingLevel, type ThinkingSetting } from './thinking-levels';

type ReasoningEffort = NonNullable<OpenRouterReasoningOptions['effort']>;

const EFFORT_BY_LEVEL: Record<Exclude<ThinkingLevel, 'off'>, ReasoningEffort> = {
  minimal: 'minimal',
  low: 'low',
  medium: 'medium',
  high: 'high',
  xhigh: 'xhigh',
  adaptive: 'medium',
  max: 'xhigh',
};

/** AI SDK 7's top-level `reasoning` call option, as a thinking level; `provider-default` asks for nothing. */
const LEVEL_BY_SDK_REASONING: Record<string, ThinkingLevel | undefined> = {
  'provider-default': undefined,
  none: 'off',
  minimal: 'minimal',
  low: 'low',
  medium: 'medium',
  high: 'high',
  xhigh: 'xhigh',
  max: 'max',
};

export function normalizeThinkingLevel(setting: ThinkingSetting): ThinkingLevel {
  return (THINKING_LEVEL_ALIASES as Record<string, ThinkingLevel>)[setting] ?? (setting as ThinkingLevel);
}

/** Why a model gets no injected reasoning effort, or undefined when it can take one. */
export function thinkingSkipReason(modelId: string): string | undefined {
  const id = modelId.split(':')[0].toLowerCase();
  if (id === 'openrouter/auto') return 'openrouter/auto picks the model per request, and not every pick accepts reasoning.effort';
  if (modelAuthor(id) === 'x-ai') return 'Grok models (x-ai/*) reject reasoning.effort';
  if (id === 'openrouter/hunter-alpha') return 'openrouter/hunter-alpha can return its final answer in the reasoning fields';
  return undefined;
}

interface RequestedThinking {
  level: ThinkingLevel;
  /** How the caller wrote it, for warnings. */
  label: string;
}

/**
 * The thinking level of this request, later wins: provider settings, model
 * settings, AI SDK 7's `reasoning` call option, `providerOptions.openrouter.thinking`.
 * The OpenRouter-specific option beats the generic one set on the same call.
 */
function requestedThinking(context: RequestPolicyContext, warnings: CoreWarning[]): RequestedThinking | undefined {
  const { callOptions, modelOptions, providerOptions } = context;
  if (callOptions.thinking !== undefined) return fromSetting(callOptions.thinking, 'providerOptions.openrouter.thinking');
  const sdkReasoning = (context.call as { reasoning?: unknown }).reasoning;
  if (sdkReasoning !== undefined) {
    const level = LEVEL_BY_SDK_REASONING[String(sdkReasoning)];
    if (level !== undefined) return { level, label: `reasoning "${String(sdkReasoning)}"` };
    if (!(String(sdkReasoning) in LEVEL_BY_SDK_REASONING)) {
      warnings.push({
        type: 'other',
        message: `The reasoning call option "${String(sdkReasoning)}" is not one this provider knows (${Object.keys(LEVEL_BY_SDK_REASONING).join(', ')}); the model and provider thinking settings apply instead.`,
      });
    }
  }
  if (modelOptions.thinking !== undefined) return fromSetting(modelOptions.thinking, 'thinking');
  if (providerOptions.thinking !== undefined) return fromSetting(providerOptions.thinking, 'thinking');
  return undefined;
}

function fromSetting(setting: ThinkingSetting, name: string): RequestedThinking {
  return { level: normalizeThinkingLevel(setting), label: `${name} "${setting}"` };
}

/**
 * Thinking level -> OpenRouter `reasoning.effort`. A caller's explicit
 * `reasoning` with `effort` or `max_tokens` is left alone; one without gets the
 * effort added. `off` requests nothing. A top-level `reasoning_effort` (an
 * OpenAI shorthand) is never sent: it becomes `reasoning.effort` when that is free.
 */
export const thinkingPolicy: RequestPolicy = (input, context) => {
  const warnings: CoreWarning[] = [];
  const body = moveReasoningEffortShorthand(input, warnings);
  const requested = requestedThinking(context, warnings);
  if (requested === undefined || requested.level === 'off') return { body, warnings };

  const skipReason = thinkingSkipReason(context.modelId);
  if (skipReason !== undefined) {
    warnings.push({
      type: 'other',
      message: `${requested.label} was not sent to ${context.modelId}: ${skipReason}. The request goes without a reasoning effort.`,
    });
    return { body, warnings };
  }

  const effort = EFFORT_BY_LEVEL[requested.level];
  const explicit = body.reasoning;
  if (!isPlainObject(explicit)) return { body: { ...body, reasoning: { effort } }, warnings };
  if (explicit.effort != null || explicit.max_tokens != null) return { body, warnings };
  return { body: { ...body, reasoning: { ...explicit, effort } }, warnings };
};

function moveReasoningEffortShorthand(body: Parameters<RequestPolicy>[0], warnings: CoreWarning[]): Parameters<RequestPolicy>[0] {
  if (!('reasoning_effort' in body)) return body;
  const { reasoning_effort: shorthand, ...rest } = body;
  if (shorthand == null) return rest as typeof body;
  const explicit = isPlainObject(rest.reasoning) ? rest.reasoning : undefined;
  if (explicit?.effort != null || explicit?.max_tokens != null) {
    warnings.push({
      type: 'other',
      message: `reasoning_effort "${String(shorthand)}" was not sent: the request's reasoning object already sets ${explicit.effort != null ? 'effort' : 'max_tokens'}. Set reasoning.effort instead.`,
    });
    return rest as typeof body;
  }
  return { ...rest, reasoning: { ...explicit, effort: shorthand } } as typeof body;
}
