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
export type { OpenClawRouterSpeechModelId } from './speech/speech-model-core';
export type { OpenClawRouterSpeechSettings } from './speech/speech-options';
export type { OpenClawRouterTranscriptionModelId } from './transcription/transcription-model-core';
export type { OpenClawRouterTranscriptionSettings } from './transcription/transcription-options';
export type { OpenClawRouterRerankingModelId } from './reranking/reranking-model-core';
export type { OpenClawRouterRerankingSettings } from './reranking/reranking-options';
export type { OpenClawRouterVideoModelId } from './video/video-model-core';
export type { OpenClawRouterVideoSettings } from './video/video-options';
export type {
  OpenRouterProviderMetadata,
  OpenRouterImageProviderMetadata,
  OpenRouterEmbeddingProviderMetadata,
  OpenRouterUsageMetadata,
  OpenRouterReasoningDetail,
  OpenRouterMediaUsageMetadata,
  OpenRouterSpeechProviderMetadata,
  OpenRouterTranscriptionProviderMetadata,
  OpenRouterRerankingProviderMetadata,
  OpenRouterVideoProviderMetadata,
} from './provider-metadata-types';
export { VERSION } from './version';
export { MAX_SSE_EVENT_SIZE } from './chat/stream/sse-part-stream';
export { MAX_ERROR_BODY_SIZE, MAX_JSON_REPLY_SIZE, MAX_MEDIA_REPLY_SIZE } from './http/bounded-body';
export type { OpenRouterServerTool, OpenRouterServerTools, ProviderToolKind } from './server-tools/server-tool-factories';
export type {
  WebSearchToolArgs,
  WebFetchToolArgs,
  DatetimeToolArgs,
  ImageGenerationToolArgs,
  FusionToolArgs,
  AdvisorToolArgs,
  SubagentToolArgs,
  SearchModelsToolArgs,
  BashToolArgs,
  FilesToolArgs,
  ServerToolReasoning,
  WireServerTool,
} from './server-tools/server-tool-args';
export type { ResponseCacheSetting } from './platform/response-cache';
export type { OpenRouterResponseCacheMetadata } from './provider-metadata-types';
export type { LookupOptions, ListModelsOptions } from './lookups/lookups';
export type { OpenRouterGeneration, OpenRouterModel, OpenRouterModelPricing, OpenRouterProviderResponse } from './lookups/lookup-types';
export type { OpenRouterCredits, OpenRouterKey } from './wire/account-wire';
export type { OpenRouterEndpoint, OpenRouterModelEndpoints, OpenRouterPercentiles } from './wire/endpoints-wire';
