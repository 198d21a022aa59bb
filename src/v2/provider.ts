import type { EmbeddingModelV2, ImageModelV2, LanguageModelV2, ProviderV2 } from '@ai-sdk/provider';
import type { FetchFunction } from '@ai-sdk/provider-utils';
import { resolveAttributionHeaders, type AttributionSettings } from '../core/http/attribution';
import { OpenClawRouterChatLanguageModel } from './chat-language-model';
import { parseOpenRouterOptions, type OpenRouterOptions } from '../core/chat/chat-options';
import type { OpenClawRouterConfig } from '../core/config';
import { createEmbeddingModelFactory, type OpenClawRouterEmbeddingModelId } from './embedding-model';
import type { OpenClawRouterEmbeddingSettings } from '../core/embedding/embedding-options';
import { createImageModelFactory } from './image-model';
import type { OpenClawRouterImageModelId } from '../core/image/image-model-family';
import type { OpenClawRouterImageSettings } from '../core/image/image-options';
import { normalizeModelId, type OpenClawRouterModelId } from '../core/model-ref';
import { buildRequestHeaders } from '../core/http/request-headers';
import { isVerifiedOpenRouterURL, normalizeBaseURL } from '../core/http/route';
import { createSafeFetch } from '../core/http/safe-fetch';

export type OpenClawRouterChatSettings = OpenRouterOptions;

export interface OpenClawRouterSettings {
  /** OpenRouter API key. Default: the OPENROUTER_API_KEY environment variable. */
  apiKey?: string;
  /** Default `https://openrouter.ai/api/v1`. A legacy `https://openrouter.ai/v1` is read as `/api/v1`. */
  baseURL?: string;
  /** Extra headers for every request; they win over the attribution defaults. */
  headers?: Record<string, string | undefined>;
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: FetchFunction;
  /** Extra top-level body fields for every request. Model settings and call options win over them. */
  extraBody?: Record<string, unknown>;
  /**
   * App attribution sent to OpenRouter (verified openrouter.ai routes only).
   * `false` sends none.
   */
  attribution?: AttributionSettings | false;
  /**
   * OpenRouter provider routing (`order`, `only`, `ignore`, `sort`, `max_price`, ...) for every
   * request. Model settings and call options merge over it key by key.
   */
  provider?: OpenRouterOptions['provider'];
  /** Fallback models tried in order when the model fails. Model settings or call options replace the list. */
  models?: OpenRouterOptions['models'];
  /**
   * Thinking level for every request, sent as `reasoning.effort`: off, minimal, low, medium, high,
   * xhigh, adaptive (medium), max (xhigh). Model settings and call options win over it.
   */
  thinking?: OpenRouterOptions['thinking'];
  /** Anthropic prompt-cache retention of the automatic system-prompt marker: short (default), long (1 hour), none. */
  cacheRetention?: OpenRouterOptions['cacheRetention'];
}

export interface OpenClawRouterProvider extends ProviderV2 {
  (modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  languageModel(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  chat(modelId?: OpenClawRouterModelId, settings?: OpenClawRouterChatSettings): LanguageModelV2;
  /** Image generation; default model google/gemini-3.1-flash-image-preview. */
  imageModel(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV2;
  image(modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelV2;
  /** Embeddings through OpenRouter's /embeddings. */
  textEmbeddingModel(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV2<string>;
  embedding(modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): EmbeddingModelV2<string>;
}

export function createOpenClawRouter(settings: OpenClawRouterSettings = {}): OpenClawRouterProvider {
  const baseURL = normalizeBaseURL(settings.baseURL);
  const isVerifiedRoute = isVerifiedOpenRouterURL(baseURL);
  // Attribution is validated even when the route cannot carry it, so a typo fails early everywhere.
  const attribution = resolveAttributionHeaders(settings.attribution);
  const { apiKey, headers, fetch, extraBody, attribution: _attribution, baseURL: _baseURL, ...routingOptions } = settings;
  const config: OpenClawRouterConfig = {
    baseURL,
    isVerifiedRoute,
    headers: () =>
      buildRequestHeaders({ apiKey, attribution: isVerifiedRoute ? attribution : undefined, custom: headers }),
    fetch: createSafeFetch(fetch),
    extraBody,
    providerOptions: parseOpenRouterOptions(routingOptions, 'settings'),
  };

  const createChatModel = (modelId?: OpenClawRouterModelId, modelSettings?: OpenClawRouterChatSettings) =>
    new OpenClawRouterChatLanguageModel(
      normalizeModelId(modelId),
      parseOpenRouterOptions(modelSettings, 'modelSettings'),
      config,
    );

  const provider = function (this: unknown, modelId?: OpenClawRouterModelId, modelSettings?: OpenClawRouterChatSettings) {
    if (new.target) {
      throw new Error('The openclaw-router provider is a function: call router(modelId) without `new`.');
    }
    return createChatModel(modelId, modelSettings);
  } as unknown as OpenClawRouterProvider;

  provider.languageModel = createChatModel;
  provider.chat = createChatModel;
  provider.textEmbeddingModel = createEmbeddingModelFactory(config);
  provider.embedding = provider.textEmbeddingModel;
  provider.imageModel = createImageModelFactory(config);
  provider.image = provider.imageModel;
  return provider;
}

/** A ready instance reading OPENROUTER_API_KEY at request time. */
export const openclawRouter = createOpenClawRouter();
