import { parseOpenRouterOptions } from './chat/chat-options';
import { ChatModelCore } from './chat/chat-model-core';
import type { OpenClawRouterConfig } from './config';
import { createEmbeddingModelCore, type OpenClawRouterEmbeddingModelId } from './embedding/embedding-model-core';
import type { OpenClawRouterEmbeddingSettings } from './embedding/embedding-options';
import { resolveAttributionHeaders } from './http/attribution';
import { providerHeaders } from './http/request-headers';
import { resolveBaseURL } from './http/base-url';
import { ownDataCopy } from './util/merge-options';
import { isVerifiedOpenRouterURL } from './http/route';
import { createSafeFetch } from './http/safe-fetch';
import { createImageModelCore } from './image/image-model-core';
import type { OpenClawRouterImageModelId } from './image/image-model-family';
import type { OpenClawRouterImageSettings } from './image/image-options';
import { normalizeModelId, type OpenClawRouterModelId } from './model-ref';
import { assertKnownProviderSettings, type OpenClawRouterSettings } from './provider-settings';
import type { OpenRouterOptions } from './chat/chat-options';
import { createLookups, type OpenRouterLookups } from './lookups/lookups';
import { createRerankingModelCore, type OpenClawRouterRerankingModelId, type RerankingModelCore } from './reranking/reranking-model-core';
import type { OpenClawRouterRerankingSettings } from './reranking/reranking-options';
import { createSpeechModelCore, type OpenClawRouterSpeechModelId, type SpeechModelCore } from './speech/speech-model-core';
import type { OpenClawRouterSpeechSettings } from './speech/speech-options';
import { createTranscriptionModelCore, type OpenClawRouterTranscriptionModelId, type TranscriptionModelCore } from './transcription/transcription-model-core';
import type { OpenClawRouterTranscriptionSettings } from './transcription/transcription-options';
import { createVideoModelCore, type OpenClawRouterVideoModelId, type VideoModelCore } from './video/video-model-core';
import type { OpenClawRouterVideoSettings } from './video/video-options';

/** What every surface's provider builds its models from: the settings, checked once. */
export interface ProviderCore {
  config: OpenClawRouterConfig;
  chat(modelId?: OpenClawRouterModelId, settings?: OpenRouterOptions): ChatModelCore;
  image(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ReturnType<typeof createImageModelCore>;
  embedding(method: string, modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): ReturnType<typeof createEmbeddingModelCore>;
  speech(modelId: OpenClawRouterSpeechModelId, settings?: OpenClawRouterSpeechSettings): SpeechModelCore;
  transcription(modelId: OpenClawRouterTranscriptionModelId, settings?: OpenClawRouterTranscriptionSettings): TranscriptionModelCore;
  /** V3 and V4 only: the V2 spec has no reranking model. */
  reranking(modelId: OpenClawRouterRerankingModelId, settings?: OpenClawRouterRerankingSettings): RerankingModelCore;
  /** V3 and V4 only: the V2 spec has no video model. */
  video(modelId: OpenClawRouterVideoModelId, settings?: OpenClawRouterVideoSettings): VideoModelCore;
  /** `getGeneration` and `listModels`, over the same connection as the models. */
  lookups: OpenRouterLookups;
}

export function createProviderCore(settings: OpenClawRouterSettings = {}): ProviderCore {
  assertKnownProviderSettings(settings);
  const baseURL = resolveBaseURL(settings.baseURL);
  const isVerifiedRoute = isVerifiedOpenRouterURL(baseURL);
  // Attribution is validated even when the route cannot carry it, so a typo fails early everywhere.
  const attribution = resolveAttributionHeaders(settings.attribution);
  const { apiKey, headers, fetch, extraBody, attribution: _attribution, baseURL: _baseURL, ...requestOptions } = settings;
  const config: OpenClawRouterConfig = {
    baseURL,
    isVerifiedRoute,
    headers: providerHeaders({ apiKey, attribution: isVerifiedRoute ? attribution : undefined, custom: headers }),
    fetch: createSafeFetch(fetch),
    // Copied as every option is: own data only, and no credential-named field at any depth.
    extraBody: extraBody === undefined ? undefined : (ownDataCopy(extraBody, 'settings.extraBody') as Record<string, unknown>),
    providerOptions: parseOpenRouterOptions(requestOptions, 'settings'),
  };
  return {
    config,
    chat: (modelId, modelSettings) => new ChatModelCore(normalizeModelId(modelId), parseOpenRouterOptions(modelSettings, 'modelSettings'), config),
    image: (modelId, imageSettings) => createImageModelCore(config, modelId, imageSettings),
    embedding: (method, modelId, embeddingSettings) => createEmbeddingModelCore(config, method, modelId, embeddingSettings),
    speech: (modelId, speechSettings) => createSpeechModelCore(config, modelId, speechSettings),
    transcription: (modelId, transcriptionSettings) => createTranscriptionModelCore(config, modelId, transcriptionSettings),
    reranking: (modelId, rerankingSettings) => createRerankingModelCore(config, modelId, rerankingSettings),
    video: (modelId, videoSettings) => createVideoModelCore(config, modelId, videoSettings),
    lookups: createLookups(config),
  };
}
