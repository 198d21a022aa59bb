import { isObject, type JsonObject } from './json';
import type { ScriptedReply } from './types';

/**
 * OpenRouter's router metadata, added when the request sends `X-OpenRouter-Metadata: enabled`:
 * `openrouter_metadata` on a JSON reply, on the last chunk of a stream. It describes what the
 * reply says happened: the model asked for, the one that served and by whom.
 */
export function withRouterMetadata(reply: ScriptedReply, request: unknown): ScriptedReply {
  if ((reply.type !== 'json' && reply.type !== 'stream') || (reply.status ?? 200) !== 200) return reply;
  const requested = isObject(request) && typeof request.model === 'string' ? request.model : 'openrouter/auto';
  if (reply.type === 'json') {
    if (!isObject(reply.body) || !Array.isArray(reply.body.choices ?? reply.body.data)) return reply;
    return { ...reply, body: { ...reply.body, openrouter_metadata: routerMetadata(requested, reply.body) } };
  }
  const chunks = [...reply.chunks];
  let lastAt = chunks.length - 1;
  const isDataChunk = (chunk: unknown): chunk is JsonObject => isObject(chunk) && !isObject(chunk.error);
  while (lastAt >= 0 && !isDataChunk(chunks[lastAt])) lastAt--;
  const last = chunks[lastAt];
  const first = chunks.find(isObject);
  if (!isDataChunk(last) || first === undefined) return reply;
  chunks[lastAt] = { ...last, openrouter_metadata: routerMetadata(requested, first) };
  return { ...reply, chunks };
}

function routerMetadata(requested: string, served: JsonObject): JsonObject {
  const model = typeof served.model === 'string' ? served.model : requested;
  const provider = typeof served.provider === 'string' ? served.provider : 'OpenAI';
  const strategy = requested === 'openrouter/auto' ? 'auto' : requested === 'openrouter/free' ? 'free' : model === requested ? 'direct' : 'fallback';
  return {
    requested,
    strategy,
    region: null,
    summary: `available=1, selected=${provider}`,
    attempt: 1,
    is_byok: false,
    endpoints: { total: 1, available: [{ model, provider, selected: true }] },
  };
}
