import type { OpenClawRouterKnownModelId } from '../core/model-ref';
import type { OpenClawRouterKnownImageModelId } from '../core/image/image-model-family';
import type { JsonReply } from './types';

const CHAT_MODELS: OpenClawRouterKnownModelId[] = [
  'openrouter/auto',
  'openrouter/free',
  'openrouter/healer-alpha',
  'openrouter/hunter-alpha',
  'moonshotai/kimi-k2.6',
  'anthropic/claude-sonnet-4.5',
  'anthropic/claude-opus-4.1',
  'openai/gpt-5',
  'openai/gpt-5-mini',
  'google/gemini-2.5-pro',
  'google/gemini-2.5-flash',
  'google/gemini-3.1-flash-image-preview',
  'x-ai/grok-4',
  'deepseek/deepseek-r1',
];

const IMAGE_MODELS: OpenClawRouterKnownImageModelId[] = [
  'google/gemini-3.1-flash-image-preview',
  'google/gemini-3-pro-image-preview',
  'google/gemini-2.5-flash-image',
  'openai/gpt-5-image',
  'openai/gpt-5-image-mini',
  'openai/gpt-image-1',
  'black-forest-labs/flux.2-pro',
  'black-forest-labs/flux.2-flex',
  'sourceful/riverflow-v2-fast',
  'sourceful/riverflow-v2-pro',
  'bytedance-seed/seedream-4.5',
];

const EMBEDDING_MODELS = ['openai/text-embedding-3-small', 'openai/text-embedding-3-large'];

/** The ids the speech, transcription, reranking and video model kinds type. */
const MEDIA_MODELS = [
  'openai/gpt-4o-mini-tts',
  'mistralai/voxtral-mini-tts-2603',
  'openai/whisper-large-v3',
  'openai/gpt-4o-transcribe',
  'cohere/rerank-v3.5',
  'cohere/rerank-4-pro',
  'google/veo-3.1',
  'openai/sora-2',
];

/** The ids the project types (every model kind): what the emulator knows without being told. */
export const DEFAULT_MODEL_CATALOGUE: readonly string[] = [...new Set([...CHAT_MODELS, ...IMAGE_MODELS, ...EMBEDDING_MODELS, ...MEDIA_MODELS])];

/**
 * The models the emulator serves. A variant suffix (`:free`, `:nitro`, ...) is part of an id but
 * not of the catalogue entry; presets (`@preset/x`) name the caller's own settings and are always known.
 */
export class ModelCatalogue {
  private readonly ids: Set<string>;

  constructor(
    extra: readonly string[] = [],
    private readonly acceptAny = false,
  ) {
    this.ids = new Set([...DEFAULT_MODEL_CATALOGUE, ...extra]);
  }

  knows(id: string): boolean {
    if (this.acceptAny || this.ids.has(id) || id.startsWith('@preset/')) return true;
    const base = id.split('@')[0];
    const colon = base.lastIndexOf(':');
    return this.ids.has(colon === -1 ? base : base.slice(0, colon));
  }

  /** OpenRouter's answer to a request for a model it does not have; undefined when it has it (or none was named). */
  rejection(model: unknown): JsonReply | undefined {
    if (typeof model !== 'string' || this.knows(model)) return undefined;
    return { type: 'json', status: 400, body: { error: { message: `${model} is not a valid model ID`, code: 400 } } };
  }
}
