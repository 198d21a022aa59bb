import type { OpenRouterEndpoint, OpenRouterModelEndpoints } from '../core/wire/endpoints-wire';
import { errorEnvelope } from './builders';
import { LISTED_MODELS } from './models-listing';
import type { JsonReply } from './types';

/** `GET /models/{author}/{slug}/endpoints`, path segments still encoded. */
export const MODEL_ENDPOINTS_PATH = /^\/api\/v1\/models\/([^/]+)\/([^/]+)\/endpoints$/;

/** Who serves each listed model's author in the emulator: the first is the model's maker, a second host where open weights allow one. */
const HOSTS: Record<string, Array<{ provider: string; tag: string; quantization: string | null; markup: number }>> = {
  openai: [{ provider: 'OpenAI', tag: 'openai', quantization: null, markup: 1 }],
  anthropic: [
    { provider: 'Anthropic', tag: 'anthropic', quantization: null, markup: 1 },
    { provider: 'Amazon Bedrock', tag: 'amazon-bedrock', quantization: null, markup: 1 },
  ],
  google: [{ provider: 'Google', tag: 'google-vertex', quantization: null, markup: 1 }],
  moonshotai: [
    { provider: 'Moonshot AI', tag: 'moonshotai', quantization: 'int4', markup: 1 },
    { provider: 'DeepInfra', tag: 'deepinfra/fp4', quantization: 'fp4', markup: 0.8 },
  ],
  'meta-llama': [
    { provider: 'DeepInfra', tag: 'deepinfra/bf16', quantization: 'bf16', markup: 1 },
    { provider: 'Groq', tag: 'groq', quantization: 'fp8', markup: 1.5 },
  ],
};

/**
 * A listed model's endpoints, with fixed uptimes and latencies; an id the listing does not have is
 * OpenRouter's 404.
 */
export function modelEndpointsReply(author: string, slug: string): JsonReply {
  const id = `${author}/${slug}`;
  const model = LISTED_MODELS.find((entry) => entry.id === id);
  if (model === undefined) return { type: 'json', status: 404, body: errorEnvelope(404, `Model ${id} not found`) };
  const endpoints: OpenRouterEndpoint[] = (HOSTS[author] ?? []).map((host, index) => ({
    name: `${host.provider} | ${id}`,
    model_id: id,
    model_name: model.name,
    provider_name: host.provider,
    tag: host.tag,
    context_length: model.context_length,
    max_completion_tokens: model.top_provider.max_completion_tokens,
    max_prompt_tokens: null,
    pricing: { prompt: price(model.pricing.prompt, host.markup), completion: price(model.pricing.completion, host.markup) },
    quantization: host.quantization,
    status: 0,
    supported_parameters: model.supported_parameters,
    uptime_last_5m: 100,
    uptime_last_30m: index === 0 ? 99.5 : 98,
    uptime_last_1d: index === 0 ? 99.9 : 99.1,
    supports_implicit_caching: author === 'openai' || author === 'google',
    latency_last_30m: { p50: 0.4 + index / 10, p75: 0.6 + index / 10, p90: 0.9 + index / 10, p99: 1.8 + index / 10 },
    throughput_last_30m: { p50: 80 - index * 10, p75: 70 - index * 10, p90: 55 - index * 10, p99: 30 - index * 10 },
  }));
  const data: OpenRouterModelEndpoints = {
    id,
    name: model.name,
    created: model.created,
    description: model.description,
    architecture: model.architecture,
    endpoints,
  };
  return { type: 'json', body: { data } };
}

/** A decimal USD string times a markup, without float noise (`0.00000015` * 0.8 = `0.00000012`). */
function price(base: string, markup: number): string {
  if (markup === 1) return base;
  return (Number(base) * markup).toFixed(12).replace(/\.?0+$/, '');
}
