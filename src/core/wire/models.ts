import { arrayField, isRecord, optionalUnixSecondsField, record, stringField, WireShapeError } from './narrow';

// GET /models replies (openapi.yaml: ModelsListResponse, Model). `router.listModels` returns the
// entries as OpenRouter sent them, under its field names; fields OpenRouter adds later come through.

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
  /** For an alias id: the model it points to. */
  alias_target?: unknown;
  /** Benchmark scores OpenRouter publishes for the model. */
  benchmarks?: unknown;
  /** How the model reasons (defaults, effort levels), when it does. */
  reasoning?: unknown;
  [field: string]: unknown;
}

/** The reply: `{ data: [...] }`. */
export interface ModelsListResponse {
  data: readonly OpenRouterModel[];
  total_count?: unknown;
  links?: unknown;
  [key: string]: unknown;
}

/** Narrows the reply: every entry must be an object with an `id` string and, when sent, a `created` that is a valid date. */
export function narrowModelsListResponse(value: unknown): ModelsListResponse {
  const reply = record(value, '');
  const data = arrayField(reply, 'data', '');
  for (let i = 0; i < data.length; i++) {
    const entry = data[i];
    if (!isRecord(entry)) throw new WireShapeError(`data[${i}]`, 'a model (an object with an id)', entry);
    stringField(entry, 'id', `data[${i}]`);
    optionalUnixSecondsField(entry, 'created', `data[${i}]`);
  }
  return reply as ModelsListResponse;
}
