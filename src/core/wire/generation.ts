import { record, recordField, stringField, WireShapeError } from './narrow';

// GET /generation replies (openapi.yaml: GenerationResponse). `router.getGeneration` returns
// `data` as OpenRouter sent it, under its field names; fields OpenRouter adds later come through.

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

/** The reply: `{ data: {...} }`. */
export interface GenerationResponse {
  data: OpenRouterGeneration;
  [key: string]: unknown;
}

/** Narrows the reply; `data` must be an object with a non-empty `id`, the rest passes as sent. */
export function narrowGenerationResponse(value: unknown): GenerationResponse {
  const reply = record(value, '');
  const data = recordField(reply, 'data', '');
  if (stringField(data, 'id', 'data') === '') throw new WireShapeError('data.id', 'a non-empty generation id', data.id);
  return reply as GenerationResponse;
}
