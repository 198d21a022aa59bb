import { parseOpenRouterOptions } from './chat/chat-options';
import { ChatModelCore } from './chat/chat-model-core';
import type { OpenClawRouterConfig } from './config';
import { createEmbeddingModelCore, type OpenClawRouterEmbeddingModelId } from './embedding/embedding-model-core';
import type { OpenClawRouterEmbeddingSettings } from './embedding/embedding-options';
import { resolveAttributionHeaders } from './http/attribution';
import { providerHeaders } from './http/request-headers';
import { isVerifiedOpenRouterURL, normalizeBaseURL } from './http/route';
import { createSafeFetch } from './http/safe-fetch';
import { createImageModelCore } from './image/image-model-core';
import type { OpenClawRouterImageModelId } from './image/image-model-family';
import type { OpenClawRouterImageSettings } from './image/image-options';
import { normalizeModelId, type OpenClawRouterModelId } from './model-ref';
import { assertKnownProviderSettings, type OpenClawRouterSettings } from './provider-settings';
import type { OpenRouterOptions } from './chat/chat-options';
import { createLookups, type OpenRouterLookups } from './lookups/lookups';

/** What every surface's provider builds its models from: the settings, checked once. */
export interface ProviderCore {
  config: OpenClawRouterConfig;
  chat(modelId?: OpenClawRouterModelId, settings?: OpenRouterOptions): ChatModelCore;
  image(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ReturnType<typeof createImageModelCore>;
  embedding(method: string, modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): ReturnType<typeof createEmbeddingModelCore>;
  /** `getGeneration` and `listModels`, over the same connection as the models. */
  lookups: OpenRouterLookups;
}

export function createProviderCore(settings: OpenClawRouterSettings = {}): ProviderCore {
  assertKnownProviderSettings(settings);
  const baseURL = normalizeBaseURL(settings.baseURL);
  const isVerifiedRoute = isVerifiedOpenRouterURL(baseURL);
  // Attribution is validated even when the route cannot carry it, so a typo fails early everywhere.
  const attribution = resolveAttributionHeaders(settings.attribution);
  const { apiKey, headers, fetch, extraBody, attribution: _attribution, baseURL: _baseURL, ...requestOptions } = settings;
  const config: OpenClawRouterConfig = {
    baseURL,
    isVerifiedRoute,
    headers: providerHeaders({ apiKey, attribution: isVerifiedRoute ? attribution : undefined, custom: headers }),
    fetch: createSafeFetch(fetch),
    extraBody,
    providerOptions: parseOpenRouterOptions(requestOptions, 'settings'),
  };
  return {
    config,
    chat: (modelId, modelSettings) => new ChatModelCore(normalizeModelId(modelId), parseOpenRouterOptions(modelSettings, 'modelSettings'), config),
    image: (modelId, imageSettings) => createImageModelCore(config, modelId, imageSettings),
    embedding: (method, modelId, embeddingSettings) => createEmbeddingModelCore(config, method, modelId, embeddingSettings),
    lookups: createLookups(config),
  };
}
