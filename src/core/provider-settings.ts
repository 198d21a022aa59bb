import { InvalidArgumentError } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import { optionSchemas, type OpenRouterOptions } from './chat/chat-options';
import { OPENROUTER_CHAT_REQUEST_FIELDS } from './chat/openrouter-request-fields';
import type { AttributionSettings } from './http/attribution';
import { closestName } from './util/closest-name';

/**
 * Settings of `createOpenClawRouter`: the connection, and any chat option (OpenRouter request
 * fields included) as a default for every request.
 */
export interface OpenClawRouterSettings extends OpenRouterOptions {
  /** OpenRouter API key. Default: the OPENROUTER_API_KEY environment variable. */
  apiKey?: string | undefined;
  /** Default `https://openrouter.ai/api/v1`. A legacy `https://openrouter.ai/v1` is read as `/api/v1`. */
  baseURL?: string | undefined;
  /** Extra headers for every request; they win over the attribution defaults. */
  headers?: Record<string, string | undefined> | undefined;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: FetchFunction | undefined;
  /** Extra top-level body fields for every request. Model settings and call options win over them. */
  extraBody?: Record<string, unknown> | undefined;
  /**
   * App attribution sent to OpenRouter (verified openrouter.ai routes only).
   * `false` sends none.
   */
  attribution?: AttributionSettings | false | undefined;
  /**
   * OpenRouter provider routing (`order`, `only`, `ignore`, `sort`, `max_price`, ...) for every
   * request. Model settings and call options merge over it key by key.
   */
  provider?: OpenRouterOptions['provider'];
  /** Fallback models tried in order when the model fails. Model settings or call options replace the list. */
  models?: OpenRouterOptions['models'];
  /**
   * Thinking level for every request, sent as `reasoning.effort`: off, minimal, low, medium, high,
   * xhigh, adaptive (medium), max (xhigh). Model settings and call options win over it.
   */
  thinking?: OpenRouterOptions['thinking'];
  /** Anthropic prompt-cache retention of the automatic system-prompt marker: short (default), long (1 hour), none. */
  cacheRetention?: OpenRouterOptions['cacheRetention'];
  /** Where automatic prompt-cache markers go: `system` (default), `tools`, `conversation`. Model settings and call options replace the list. */
  cacheBreakpoints?: OpenRouterOptions['cacheBreakpoints'];
  /** OpenRouter's sticky routing key (`session_id`, at most 256 characters). Usually set per model or per call. */
  sessionId?: OpenRouterOptions['sessionId'];
  /**
   * OpenRouter's response cache for chat and embeddings: `true`, `{ ttl, clear }` (TTL 1-86400 s),
   * or `false`. Model settings and call options refine it; `false` there turns it off. Verified
   * OpenRouter routes only.
   */
  responseCache?: OpenRouterOptions['responseCache'];
  /** Ask OpenRouter to explain its routing (`providerMetadata.openrouter.routerMetadata`). Verified OpenRouter routes only. */
  routerMetadata?: OpenRouterOptions['routerMetadata'];
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Settings that configure the connection rather than the request body. */
const CONNECTION_SETTINGS = ['apiKey', 'baseURL', 'headers', 'fetch', 'extraBody', 'attribution'];

/** Every name `createOpenClawRouter` takes: its own settings, the options every request can carry, OpenRouter's request fields. */
function knownSettingNames(): Set<string> {
  return new Set([...CONNECTION_SETTINGS, ...Object.keys(optionSchemas().openRouterOptionsSchema.shape), ...OPENROUTER_CHAT_REQUEST_FIELDS]);
}

/**
 * Provider settings are checked strictly: an unknown name would otherwise go into every request
 * body, so a mistyped `apikey` would send the key to OpenRouter as a body field. The error names
 * the setting, never its value (it may be a secret).
 */
export function assertKnownProviderSettings(settings: unknown): asserts settings is OpenClawRouterSettings {
  if (settings === undefined) return;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new InvalidArgumentError({
      argument: 'settings',
      message: 'createOpenClawRouter takes an object of settings, e.g. createOpenClawRouter({ apiKey }).',
    });
  }
  const known = knownSettingNames();
  for (const name of Object.keys(settings)) {
    // Polluting keys are dropped wherever options are read, here too.
    if (known.has(name) || POLLUTING_KEYS.has(name)) continue;
    const close = closestName(name, known);
    throw new InvalidArgumentError({
      argument: name,
      message:
        `createOpenClawRouter got an unknown setting "${name}"${close ? `: did you mean "${close}"?` : '.'} ` +
        `Settings: ${CONNECTION_SETTINGS.join(', ')}, or any request option (provider, models, thinking, cacheRetention, reasoning, ...). ` +
        'Put other body fields in extraBody.',
    });
  }
}
