import type { OpenRouterGeneration } from '../core/wire/generation';
import { EMULATOR_CREATED, errorEnvelope } from './builders';
import { firstObjectAt, isObject, type JsonObject, objectAt } from './json';
import type { JsonReply, ScriptedReply } from './types';

/** Bounds the emulator's memory: the oldest generation is forgotten first. */
const MAX_GENERATIONS = 1_000;

const API_TYPES: Record<string, string> = {
  '/api/v1/chat/completions': 'completions',
  '/api/v1/embeddings': 'embeddings',
  '/api/v1/images': 'image',
};

/**
 * The stats of every generation the emulator answered with a 200 reply carrying an id (default or
 * scripted), served by `GET /api/v1/generation?id=` as OpenRouter's GenerationResponse. Numbers come
 * from the reply itself: its model, provider, usage and cost; times are fixed, so replies are
 * deterministic.
 */
export class GenerationLog {
  private readonly generations = new Map<string, JsonObject>();
  private spent = 0;

  record(pathname: string, reply: ScriptedReply, cacheSourceOf: (id: string) => string | undefined): void {
    const apiType = API_TYPES[pathname];
    if (apiType === undefined || (reply.type !== 'json' && reply.type !== 'stream') || (reply.status ?? 200) !== 200) return;
    const objects: JsonObject[] = reply.type === 'json' ? (isObject(reply.body) ? [reply.body] : []) : reply.chunks.filter(isObject);
    const first = objects[0];
    if (!first || typeof first.id !== 'string' || objects.some((object) => isObject(object.error))) return;
    const id = first.id;
    const usage = objects.map((object) => objectAt(object, 'usage')).find((found) => found !== undefined) ?? {};
    const choice = objects.map((object) => firstObjectAt(object, 'choices')).find((candidate) => candidate?.finish_reason != null);
    if (this.generations.size >= MAX_GENERATIONS) this.generations.delete(this.generations.keys().next().value as string);
    const stats = generation(first, id, usage, choice, apiType, reply.type === 'stream', cacheSourceOf(id) ?? null);
    this.generations.set(id, stats);
    this.spent += stats.total_cost;
  }

  /** USD charged for every generation since the last reset, forgotten ones included: what GET /key and /credits report as usage. */
  totalCost(): number {
    return this.spent;
  }

  reply(id: string | null): JsonReply {
    if (id === null || id === '') return { type: 'json', status: 400, body: errorEnvelope(400, 'Missing required query parameter: id') };
    const data = this.generations.get(id);
    if (data === undefined) return { type: 'json', status: 404, body: errorEnvelope(404, `Generation ${id} not found`) };
    return { type: 'json', body: { data } };
  }

  clear(): void {
    this.generations.clear();
    this.spent = 0;
  }
}

function generation(
  first: JsonObject,
  id: string,
  usage: JsonObject,
  choice: JsonObject | undefined,
  apiType: string,
  streamed: boolean,
  cacheSource: string | null,
): OpenRouterGeneration {
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  const cost = count(usage.cost);
  const created = typeof first.created === 'number' ? first.created : EMULATOR_CREATED;
  return {
    id,
    upstream_id: `upstream-${id}`,
    total_cost: cost,
    cache_discount: null,
    upstream_inference_cost: null,
    created_at: new Date(created * 1000).toISOString(),
    model: typeof first.model === 'string' ? first.model : 'openai/gpt-4o-mini',
    app_id: null,
    streamed,
    cancelled: false,
    provider_name: typeof first.provider === 'string' ? first.provider : 'OpenAI',
    latency: 250,
    moderation_latency: null,
    generation_time: 200,
    finish_reason: typeof choice?.finish_reason === 'string' ? choice.finish_reason : null,
    native_finish_reason: typeof choice?.native_finish_reason === 'string' ? choice.native_finish_reason : null,
    service_tier: null,
    tokens_prompt: count(usage.prompt_tokens),
    tokens_completion: count(usage.completion_tokens),
    native_tokens_prompt: count(usage.prompt_tokens),
    native_tokens_completion: count(usage.completion_tokens),
    native_tokens_completion_images: 0,
    native_tokens_reasoning: count(objectAt(usage, 'completion_tokens_details')?.reasoning_tokens),
    native_tokens_cached: count(objectAt(usage, 'prompt_tokens_details')?.cached_tokens),
    num_media_prompt: 0,
    num_input_audio_prompt: 0,
    num_media_completion: 0,
    num_search_results: 0,
    num_fetches: 0,
    web_search_engine: null,
    origin: '',
    usage: cost,
    is_byok: usage.is_byok === true,
    external_user: null,
    api_type: apiType as OpenRouterGeneration['api_type'],
    preset_id: null,
    router: null,
    provider_responses: null,
    user_agent: null,
    http_referer: null,
    data_region: 'global',
    workspace_id: null,
    response_cache_source_id: cacheSource,
  };
}
