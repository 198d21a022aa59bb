/**
 * The chat models the kit runs its per-model scenarios on: one per family whose replies differ in
 * ways the provider must handle (signed thinking, encrypted reasoning, thought signatures, ...).
 * `LIVE_MODELS=a/b,c/d` replaces the list.
 */
export interface LiveChatModel {
  id: string;
  /** What this family is here for, printed with its results. */
  why: string;
}

export const DEFAULT_CHAT_MODELS: readonly LiveChatModel[] = [
  { id: 'anthropic/claude-sonnet-4.5', why: 'signed thinking' },
  { id: 'openai/gpt-5-mini', why: 'encrypted reasoning' },
  { id: 'google/gemini-2.5-flash', why: 'thought signatures' },
  { id: 'x-ai/grok-4', why: 'encrypted reasoning (xAI)' },
  { id: 'deepseek/deepseek-r1', why: 'plain-text reasoning' },
  { id: 'moonshotai/kimi-k2.6', why: 'Moonshot tool calls' },
];

/** The models of the one-off scenarios (image, embedding, speech, ...), cheap ones. */
export const MEDIA_MODELS = {
  image: 'google/gemini-2.5-flash-image',
  embedding: 'openai/text-embedding-3-small',
  speech: 'openai/gpt-4o-mini-tts',
  transcription: 'openai/whisper-large-v3',
  rerank: 'cohere/rerank-v3.5',
  /** Web search, response caching and the generation look-up ride on a cheap chat model. */
  chat: 'openai/gpt-5-mini',
} as const;

/** A model id OpenRouter does not have, for the deliberate bad request. */
export const MISSING_MODEL = 'openclaw-live/no-such-model';

/** The chat models from `LIVE_MODELS` (comma or space separated), or the defaults. */
export function chatModelsFrom(env: string | undefined): LiveChatModel[] {
  const ids = (env ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) return [...DEFAULT_CHAT_MODELS];
  return ids.map((id) => DEFAULT_CHAT_MODELS.find((model) => model.id === id) ?? { id, why: 'from LIVE_MODELS' });
}
