export { createOpenClawRouter, openclawRouter } from './v2/provider';
export type {
  OpenClawRouterProvider,
  OpenClawRouterSettings,
  OpenClawRouterChatSettings,
} from './v2/provider';
export { OPENROUTER_APP_CATEGORIES } from './core/http/attribution';
export type { AttributionSettings, OpenRouterAppCategory } from './core/http/attribution';
export type { OpenClawRouterModelId, OpenClawRouterKnownModelId } from './core/model-ref';
export type {
  OpenRouterOptions,
  OpenRouterProviderPreferences,
  OpenRouterReasoningOptions,
  OpenRouterPlugin,
} from './core/chat/chat-options';
export { VERSION } from './core/version';
export { MAX_SSE_EVENT_SIZE } from './core/chat/stream/sse-part-stream';
export { OpenClawRouterImageModel } from './v2/image-model';
export type { OpenClawRouterImageResult } from './v2/image-model';
export type { OpenClawRouterImageSettings, OpenClawRouterImageCallOptions } from './core/image/image-options';
export type { OpenClawRouterImageModelId, OpenClawRouterKnownImageModelId } from './core/image/image-model-family';
export { OpenClawRouterEmbeddingModel } from './v2/embedding-model';
export type { OpenClawRouterEmbeddingModelId } from './v2/embedding-model';
export type { OpenClawRouterEmbeddingSettings } from './core/embedding/embedding-options';
