import { CHAT_ASPECT_RATIOS, EXTENDED_ASPECT_RATIOS, type ImageSizeTier } from './aspect-ratio';

/**
 * What OpenRouter's documentation says about image model families. Every rule here can be
 * overridden per model (`endpoint`, `modalities`, `maxImagesPerCall` settings); these are only
 * the defaults for ids that do not say otherwise.
 */

export const DEFAULT_IMAGE_MODEL_ID = 'google/gemini-3.1-flash-image-preview';

/** Image model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterKnownImageModelId =
  | 'google/gemini-3.1-flash-image-preview'
  | 'google/gemini-3-pro-image-preview'
  | 'google/gemini-2.5-flash-image'
  | 'openai/gpt-5-image'
  | 'openai/gpt-5-image-mini'
  | 'openai/gpt-image-1'
  | 'black-forest-labs/flux.2-pro'
  | 'black-forest-labs/flux.2-flex'
  | 'sourceful/riverflow-v2-fast'
  | 'sourceful/riverflow-v2-pro'
  | 'bytedance-seed/seedream-4.5';

// `string & {}` keeps editor completion for the known ids while accepting any string.
export type OpenClawRouterImageModelId = OpenClawRouterKnownImageModelId | (string & {});

export type ImageEndpoint = 'chat' | 'images';
export type ImageModality = 'image' | 'text';

/** The id without a variant suffix (`:free`) and in lower case, for family matching. */
function baseId(modelId: string): string {
  const colon = modelId.indexOf(':');
  return (colon === -1 ? modelId : modelId.slice(0, colon)).toLowerCase();
}

/**
 * Families OpenRouter documents as answering with images only on chat completions (Flux,
 * Sourceful Riverflow, Recraft, Seedream, Microsoft MAI Image). They want `modalities: ["image"]`.
 */
const IMAGE_ONLY_PREFIXES = ['black-forest-labs/', 'sourceful/', 'recraft/', 'bytedance-seed/seedream', 'microsoft/mai-image'];

/** Families served by the dedicated POST /images endpoint rather than chat completions. */
const IMAGES_ENDPOINT_PREFIXES = ['openai/gpt-image', 'openai/dall-e'];

/** The one model that takes the extended aspect ratios and the 0.5K size tier. */
const EXTENDED_MODEL = 'google/gemini-3.1-flash-image-preview';

export function defaultImageEndpoint(modelId: string): ImageEndpoint {
  const id = baseId(modelId);
  return IMAGES_ENDPOINT_PREFIXES.some((prefix) => id.startsWith(prefix)) ? 'images' : 'chat';
}

export function defaultModalities(modelId: string): ImageModality[] {
  const id = baseId(modelId);
  return IMAGE_ONLY_PREFIXES.some((prefix) => id.startsWith(prefix)) ? ['image'] : ['image', 'text'];
}

/** Gemini image models take resolution hints (`image_size`) derived from the AI SDK `size`. */
export function isGeminiModel(modelId: string): boolean {
  return baseId(modelId).includes('gemini');
}

export function chatAspectRatios(modelId: string): readonly string[] {
  return baseId(modelId) === EXTENDED_MODEL ? [...CHAT_ASPECT_RATIOS, ...EXTENDED_ASPECT_RATIOS] : CHAT_ASPECT_RATIOS;
}

export function chatSizeTiers(modelId: string): readonly ImageSizeTier[] {
  return baseId(modelId) === EXTENDED_MODEL ? ['0.5K', '1K', '2K', '4K'] : ['1K', '2K', '4K'];
}

/**
 * Chat completions return what the model draws in one reply (there is no `n`), so the AI SDK
 * makes one request per image. POST /images takes `n` up to 10, but OpenRouter notes that
 * single-image providers reject n > 1, so only families known to batch get more than 1.
 */
export function defaultMaxImagesPerCall(modelId: string, endpoint: ImageEndpoint): number {
  if (endpoint === 'chat') return 1;
  return baseId(modelId).startsWith('openai/') ? 10 : 1;
}
