/** What every entry exports besides its own provider and model classes. */
export { OPENROUTER_APP_CATEGORIES } from './http/attribution';
export type { AttributionSettings, OpenRouterAppCategory } from './http/attribution';
export type { OpenClawRouterModelId, OpenClawRouterKnownModelId } from './model-ref';
export type {
  OpenRouterOptions,
  OpenRouterProviderPreferences,
  OpenRouterReasoningOptions,
  OpenRouterPlugin,
} from './chat/chat-options';
export type { OpenClawRouterSettings } from './provider-settings';
export type { OpenClawRouterImageSettings, OpenClawRouterImageCallOptions } from './image/image-options';
export type { OpenClawRouterImageModelId, OpenClawRouterKnownImageModelId } from './image/image-model-family';
export type { OpenClawRouterEmbeddingModelId } from './embedding/embedding-model-core';
export type { OpenClawRouterEmbeddingSettings } from './embedding/embedding-options';
export type {
  OpenRouterProviderMetadata,
  OpenRouterImageProviderMetadata,
  OpenRouterEmbeddingProviderMetadata,
  OpenRouterUsageMetadata,
  OpenRouterReasoningDetail,
} from './provider-metadata-types';
export { VERSION } from './version';
export { MAX_SSE_EVENT_SIZE } from './chat/stream/sse-part-stream';
