import { InvalidArgumentError } from '@ai-sdk/provider';

/** Ids the project knows; any other OpenRouter id is accepted too. */
export type OpenClawRouterKnownModelId =
  | 'openrouter/auto'
  | 'openrouter/free'
  | 'openrouter/healer-alpha'
  | 'openrouter/hunter-alpha'
  | 'moonshotai/kimi-k2.6'
  | 'anthropic/claude-sonnet-4.5'
  | 'anthropic/claude-opus-4.1'
  | 'openai/gpt-5'
  | 'openai/gpt-5-mini'
  | 'google/gemini-2.5-pro'
  | 'google/gemini-2.5-flash'
  | 'google/gemini-3.1-flash-image-preview'
  | 'x-ai/grok-4'
  | 'deepseek/deepseek-r1';

// `string & {}` keeps editor completion for the known ids while accepting any string.
export type OpenClawRouterModelId = OpenClawRouterKnownModelId | (string & {});

export const DEFAULT_CHAT_MODEL_ID = 'openrouter/auto';

/**
 * OpenClaw model refs carry a provider prefix (`openrouter/<author>/<slug>`).
 * One leading `openrouter/` is stripped only when what remains is still an
 * `author/slug` id, so `openrouter/auto` stays as it is. Suffixes (`:free`)
 * and presets (`@preset/x`) are part of the id and pass through untouched.
 */
export function normalizeModelId(modelId: string | undefined): string {
  if (modelId != null && typeof modelId !== 'string') throw invalidModelId(modelId);
  const id = (modelId ?? '').trim();
  if (id === '') return DEFAULT_CHAT_MODEL_ID;
  if (!MODEL_ID.test(id)) throw invalidModelId(id);
  if (id.startsWith('openrouter/')) {
    const rest = id.slice('openrouter/'.length);
    if (rest.includes('/')) return rest;
  }
  return id;
}

/** `author/slug` (the slug may carry more slashes, a `:suffix` or `@preset/x`); no whitespace or control characters. */
const MODEL_ID = /^[^\s/]+\/[^\s]*[^\s/]$/;

function invalidModelId(modelId: unknown): InvalidArgumentError {
  const shown = typeof modelId === 'string' ? JSON.stringify(modelId) : `a ${modelId === null ? 'null' : typeof modelId}`;
  return new InvalidArgumentError({
    argument: 'modelId',
    message: `${shown} is not an OpenRouter model id. Ids are author/slug, such as anthropic/claude-sonnet-4.5 or openai/gpt-4o (or an OpenClaw ref, openrouter/<author>/<slug>), without spaces.`,
  });
}

/** The author segment of an `author/slug` id (`x-ai` for `x-ai/grok-4`). */
export function modelAuthor(modelId: string): string {
  const slash = modelId.indexOf('/');
  return slash === -1 ? '' : modelId.slice(0, slash).toLowerCase();
}
