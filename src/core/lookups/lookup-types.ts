/**
 * What `router.getGeneration` and `router.listModels` return: OpenRouter's own objects, under its
 * field names (openapi.yaml: GenerationResponse.data, Model). Fields OpenRouter adds later come
 * through too.
 */

/** One upstream attempt of a generation. */
export interface OpenRouterProviderResponse {
  id?: string;
  endpoint_id?: string;
  model_permaslug?: string;
  provider_name?: string;
  status?: number | null;
  latency?: number;
  is_byok?: boolean;
  [field: string]: unknown;
}

/** `GET /generation?id=`: the authoritative stats of one generation. */
export interface OpenRouterGeneration {
  id: string;
  /** The upstream's own id for the request. */
  upstream_id: string | null;
  /** Credits charged, in USD. */
  total_cost: number;
  /** What a cache hit saved, when one did. */
  cache_discount: number | null;
  upstream_inference_cost: number | null;
  /** ISO 8601. */
  created_at: string;
  /** The model that served, e.g. `openai/gpt-4o-mini`. */
  model: string;
  app_id: number | null;
  streamed: boolean | null;
  cancelled: boolean | null;
  /** The provider that served, e.g. `OpenAI`. */
  provider_name: string | null;
  /** Milliseconds to the last token. */
  latency: number | null;
  moderation_latency: number | null;
  generation_time: number | null;
  finish_reason: string | null;
  native_finish_reason: string | null;
  service_tier: string | null;
  tokens_prompt: number | null;
  tokens_completion: number | null;
  native_tokens_prompt: number | null;
  native_tokens_completion: number | null;
  native_tokens_completion_images: number | null;
  native_tokens_reasoning: number | null;
  native_tokens_cached: number | null;
  num_media_prompt: number | null;
  num_input_audio_prompt: number | null;
  num_media_completion: number | null;
  num_search_results: number | null;
  num_fetches: number | null;
  web_search_engine: string | null;
  origin: string;
  usage: number;
  is_byok: boolean;
  external_user: string | null;
  api_type: 'completions' | 'embeddings' | 'rerank' | 'tts' | 'stt' | 'video' | 'image' | null;
  preset_id: string | null;
  router: string | null;
  provider_responses: OpenRouterProviderResponse[] | null;
  user_agent: string | null;
  http_referer: string | null;
  data_region: 'global' | 'europe' | 'us' | (string & {});
  workspace_id: string | null;
  request_id?: string | null;
  session_id?: string | null;
  /** On a response-cache hit: the generation whose reply was replayed. */
  response_cache_source_id?: string | null;
  [field: string]: unknown;
}

/** Prices in USD per token (or per request, image, ...), as decimal strings. */
export interface OpenRouterModelPricing {
  prompt: string;
  completion: string;
  request?: string;
  image?: string;
  web_search?: string;
  internal_reasoning?: string;
  input_cache_read?: string;
  input_cache_write?: string;
  [field: string]: unknown;
}

/** One entry of `GET /models`. */
export interface OpenRouterModel {
  id: string;
  canonical_slug: string;
  name: string;
  /** Unix seconds. */
  created: number;
  description?: string;
  context_length: number | null;
  architecture: {
    modality: string | null;
    input_modalities: string[];
    output_modalities: string[];
    tokenizer?: string;
    instruct_type?: string | null;
    [field: string]: unknown;
  };
  pricing: OpenRouterModelPricing;
  top_provider: { context_length?: number | null; max_completion_tokens?: number | null; is_moderated: boolean; [field: string]: unknown };
  per_request_limits: { prompt_tokens: number; completion_tokens: number } | null;
  /** Request parameters the model takes: `tools`, `reasoning`, `response_format`, ... */
  supported_parameters: string[];
  default_parameters: Record<string, number | null> | null;
  supported_voices: string[] | null;
  knowledge_cutoff?: string | null;
  expiration_date?: string | null;
  hugging_face_id?: string | null;
  links: { details: string; [field: string]: unknown };
  [field: string]: unknown;
}
