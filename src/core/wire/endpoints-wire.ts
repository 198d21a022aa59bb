import { checkNonEmptyString, checkNumber, checkOptional, objectAt } from './field-checks';
import { arrayField, at, optionalArrayField } from './narrow';

/**
 * `GET /models/{author}/{slug}/endpoints` as OpenRouter's OpenAPI file gives it (ListEndpointsResponse,
 * the `data` of the reply): a model and the provider endpoints serving it, under OpenRouter's field
 * names. Fields OpenRouter adds later come through too.
 */

/** p50 ... p99 over the last 30 minutes: seconds for latency, tokens per second for throughput. */
export interface OpenRouterPercentiles {
  p50: number;
  p75: number;
  p90: number;
  p99: number;
}

/** One provider serving the model. */
export interface OpenRouterEndpoint {
  /** e.g. `OpenAI: GPT-4`. */
  name: string;
  model_id: string;
  model_name: string;
  /** The provider, as `provider.order` and `provider.only` take it, e.g. `OpenAI`. */
  provider_name: string;
  /** The endpoint's slug, e.g. `openai` or `deepinfra/fp8`. */
  tag: string;
  context_length: number;
  max_completion_tokens: number | null;
  max_prompt_tokens: number | null;
  /** USD per token (or request, image, ...), as decimal strings. */
  pricing: { prompt: string; completion: string; [field: string]: unknown };
  /** `fp8`, `bf16`, ..., or null when unknown. */
  quantization: string | null;
  /** 0 when healthy; negative values are degraded or down. */
  status?: number;
  /** Request parameters the endpoint takes. */
  supported_parameters: string[];
  /** Percent of successful requests. */
  uptime_last_5m: number | null;
  uptime_last_30m: number | null;
  uptime_last_1d: number | null;
  supports_implicit_caching: boolean;
  latency_last_30m: OpenRouterPercentiles | null;
  throughput_last_30m: OpenRouterPercentiles | null;
  [field: string]: unknown;
}

/** A model and its endpoints. */
export interface OpenRouterModelEndpoints {
  id: string;
  name: string;
  /** Unix seconds. */
  created: number;
  description: string;
  architecture: {
    modality: string | null;
    input_modalities: string[];
    output_modalities: string[];
    tokenizer: string | null;
    instruct_type: string | null;
    [field: string]: unknown;
  };
  endpoints: OpenRouterEndpoint[];
  [field: string]: unknown;
}

/** The `data` of a GET /models/{author}/{slug}/endpoints reply, with each endpoint checked. */
export function narrowModelEndpoints(value: unknown, path: string): OpenRouterModelEndpoints {
  const model = objectAt(value, path);
  checkNonEmptyString(model, 'id', path);
  arrayField(model, 'endpoints', path).forEach((entry, index) => {
    const where = `${at(path, 'endpoints')}[${index}]`;
    const endpoint = objectAt(entry, where);
    checkNonEmptyString(endpoint, 'provider_name', where);
    objectAt(endpoint.pricing, at(where, 'pricing'));
    checkNumber(endpoint, 'context_length', where);
    optionalArrayField(endpoint, 'supported_parameters', where);
    for (const field of ['uptime_last_5m', 'uptime_last_30m', 'uptime_last_1d', 'max_completion_tokens', 'max_prompt_tokens', 'status']) {
      checkOptional(endpoint, field, 'number', where);
    }
    for (const field of ['name', 'tag', 'quantization', 'model_id']) checkOptional(endpoint, field, 'string', where);
  });
  return model as OpenRouterModelEndpoints;
}
