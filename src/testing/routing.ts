import { errorEnvelope } from './builders';
import { isObject, type JsonObject } from './json';
import type { JsonReply } from './types';

/**
 * The model that serves a chat request, as OpenRouter picks it: the requested one, or, when it
 * is down, the first entry of the request's `models` fallbacks that is up. With none up the
 * request fails with OpenRouter's 503. The emulator treats `unavailableModels` as down.
 */
export function routeChatRequest(body: JsonObject, unavailableModels: ReadonlySet<string>): { body: JsonObject } | { error: JsonReply } {
  if (unavailableModels.size === 0) return { body };
  const candidates = [body.model, ...(Array.isArray(body.models) ? (body.models as unknown[]) : [])].filter((id): id is string => typeof id === 'string');
  const served = candidates.find((id) => !unavailableModels.has(id));
  if (served === undefined) {
    return {
      error: {
        type: 'json',
        status: 503,
        body: errorEnvelope(503, `No endpoints found for ${candidates.join(', ') || 'the requested model'}.`),
      },
    };
  }
  // A fallback model is served by its own upstream: the preferences named providers for the first.
  return { body: served === body.model ? body : { ...body, model: served, provider: undefined } };
}

const PROVIDER_NAMES: Record<string, string> = {
  anthropic: 'Anthropic',
  google: 'Google',
  'google-vertex': 'Google Vertex',
  'google-ai-studio': 'Google AI Studio',
  openai: 'OpenAI',
  azure: 'Azure',
  'amazon-bedrock': 'Amazon Bedrock',
  'x-ai': 'xAI',
  moonshotai: 'Moonshot AI',
  'black-forest-labs': 'Black Forest Labs',
  deepinfra: 'DeepInfra',
  together: 'Together',
  fireworks: 'Fireworks',
  groq: 'Groq',
};

/** A provider slug as OpenRouter names it in replies (`amazon-bedrock` -> `Amazon Bedrock`). */
function providerName(slug: string): string {
  const base = slug.toLowerCase().split('/')[0];
  return (
    PROVIDER_NAMES[base] ??
    base
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
  );
}

/**
 * The upstream provider that serves: the first of `provider.only` or `provider.order` when the
 * request names some (what OpenRouter tries first), else the model author's own provider.
 */
export function servingProvider(model: string, preferences: unknown): string {
  const prefs = isObject(preferences) ? preferences : {};
  for (const key of ['only', 'order']) {
    const slugs = prefs[key];
    if (Array.isArray(slugs) && typeof slugs[0] === 'string' && slugs[0] !== '') return providerName(slugs[0]);
  }
  const author = model.split('/')[0];
  return PROVIDER_NAMES[author] ?? 'Emulator';
}
