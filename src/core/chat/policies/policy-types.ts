import type { ChatCallOptions } from '../../model-io/call-types';
import type { CoreWarning } from '../../model-io/result-types';
import type { OpenRouterOptions } from '../chat-options';
import type { OpenRouterChatRequest } from '../../wire/openrouter-wire-types';

export interface RequestPolicyContext {
  modelId: string;
  /** https to openrouter.ai or a subdomain: the only routes that get attribution and cache markers. */
  isVerifiedRoute: boolean;
  /** Options set on the provider (`createOpenClawRouter(settings)`). */
  providerOptions: OpenRouterOptions;
  /**
   * The provider's `extraBody` setting: its `provider`/`models` are a routing
   * layer between provider and model settings. Absent, that layer is empty.
   */
  providerExtraBody?: Record<string, unknown>;
  /** Options set on the model (`router(id, settings)`). */
  modelOptions: OpenRouterOptions;
  /** `providerOptions.openrouter` of this call, validated. */
  callOptions: OpenRouterOptions;
  call: ChatCallOptions;
}

/** One OpenClaw/OpenRouter rule: a pure step over the request body. */
export type RequestPolicy = (body: OpenRouterChatRequest, context: RequestPolicyContext) => { body: OpenRouterChatRequest; warnings?: CoreWarning[] };
