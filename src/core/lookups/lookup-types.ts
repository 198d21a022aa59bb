/**
 * What `router.getGeneration` and `router.listModels` return: OpenRouter's own objects, under its
 * field names (openapi.yaml: GenerationResponse.data, Model). Fields OpenRouter adds later come
 * through too.
 */

export type { OpenRouterGeneration, OpenRouterProviderResponse } from '../wire/generation';
export type { OpenRouterModel, OpenRouterModelPricing } from '../wire/models';
