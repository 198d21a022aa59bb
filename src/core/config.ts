import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { OpenRouterOptions } from './chat/chat-options';

/** What every model of one provider instance shares. */
export interface OpenClawRouterConfig {
  baseURL: string;
  isVerifiedRoute: boolean;
  /** The provider's request headers (API key, attribution, custom), shared by every request: copy before changing. */
  headers: () => Readonly<Record<string, string>>;
  fetch?: FetchFunction;
  extraBody?: Record<string, unknown>;
  /** Provider-level OpenRouter options (routing, thinking, caching). */
  providerOptions: OpenRouterOptions;
}
