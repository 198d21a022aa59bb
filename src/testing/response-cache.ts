import type { IncomingHttpHeaders } from 'node:http';
import { createHash } from 'node:crypto';
import { errorEnvelope } from './builders';
import { isObject, type JsonObject } from './json';
import type { JsonReply, ScriptedReply, StreamReply } from './types';

const DEFAULT_TTL = 300;
const MAX_TTL = 86_400;
/** Bounds the emulator's memory: the oldest entry goes first. */
const MAX_ENTRIES = 1_000;

interface Entry {
  reply: JsonReply | StreamReply;
  storedAt: number;
  ttl: number;
  generationId?: string;
}

/** What the cache decided for one request that asked for caching. */
export type CacheDecision = { kind: 'hit'; reply: ScriptedReply } | { kind: 'miss'; key: string; ttl: number } | { kind: 'invalid'; reply: ScriptedReply };

/**
 * OpenRouter's response cache, for requests sending `X-OpenRouter-Cache: true`. Two requests are
 * the same when they share the API key, the endpoint and the body byte for byte (which covers
 * the model and streaming mode; key order matters, as it does upstream). Only complete 200
 * replies are stored. A hit replays the stored reply under a new generation id with every usage
 * counter zeroed; `X-OpenRouter-Cache-Clear: true` drops the entry first.
 */
export class EmulatorResponseCache {
  private readonly entries = new Map<string, Entry>();
  /** Generation id of a hit -> the generation it replayed, for GET /generation. */
  private readonly sources = new Map<string, string>();

  constructor(private readonly now: () => number) {}

  decide(headers: IncomingHttpHeaders, pathname: string, rawBody: string, nextGenerationId: () => string): CacheDecision | undefined {
    if (String(headers['x-openrouter-cache'] ?? '').toLowerCase() !== 'true') return undefined;
    const ttl = parseTtl(headers['x-openrouter-cache-ttl']);
    if (ttl === undefined) {
      return {
        kind: 'invalid',
        reply: { type: 'json', status: 400, body: errorEnvelope(400, `X-OpenRouter-Cache-TTL must be a whole number of seconds from 1 to ${MAX_TTL}`) },
      };
    }
    const key = createHash('sha256')
      .update(`${headers.authorization ?? ''}\n${pathname}\n${rawBody}`)
      .digest('hex');
    if (String(headers['x-openrouter-cache-clear'] ?? '').toLowerCase() === 'true') this.entries.delete(key);
    const entry = this.entries.get(key);
    const now = this.now();
    if (entry && now < entry.storedAt + entry.ttl * 1000) {
      const age = Math.floor((now - entry.storedAt) / 1000);
      const generationId = nextGenerationId();
      if (entry.generationId !== undefined) {
        if (this.sources.size >= MAX_ENTRIES) this.sources.delete(this.sources.keys().next().value as string);
        this.sources.set(generationId, entry.generationId);
      }
      const headersOut = { 'x-openrouter-cache-status': 'HIT', 'x-openrouter-cache-age': String(age), 'x-openrouter-cache-ttl': String(entry.ttl - age) };
      return { kind: 'hit', reply: replayed(entry.reply, generationId, headersOut) };
    }
    if (entry) this.entries.delete(key);
    return { kind: 'miss', key, ttl };
  }

  /** The reply to a miss, with its cache headers; stored when it is a complete success. */
  remember(decision: { key: string; ttl: number }, reply: ScriptedReply): ScriptedReply {
    if (!isCacheable(reply)) return reply;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(decision.key, { reply, storedAt: this.now(), ttl: decision.ttl, generationId: generationIdOf(reply) });
    return withHeaders(reply, { 'x-openrouter-cache-status': 'MISS', 'x-openrouter-cache-ttl': String(decision.ttl) });
  }

  /** The generation a hit replayed. */
  sourceOf(generationId: string): string | undefined {
    return this.sources.get(generationId);
  }

  clear(): void {
    this.entries.clear();
    this.sources.clear();
  }
}

function parseTtl(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return DEFAULT_TTL;
  const text = Array.isArray(value) ? value[0] : value;
  if (!/^\d+$/.test(text.trim())) return undefined;
  const ttl = Number(text);
  return ttl >= 1 && ttl <= MAX_TTL ? ttl : undefined;
}

function isCacheable(reply: ScriptedReply): reply is JsonReply | StreamReply {
  if (reply.type === 'json') return (reply.status ?? 200) === 200 && !(isObject(reply.body) && 'error' in reply.body);
  if (reply.type === 'stream') {
    return (
      (reply.status ?? 200) === 200 &&
      reply.endAfterBytes === undefined &&
      reply.stallAfterBytes === undefined &&
      !reply.chunks.some((chunk) => isObject(chunk) && 'error' in chunk)
    );
  }
  return false;
}

function generationIdOf(reply: JsonReply | StreamReply): string | undefined {
  const source = reply.type === 'json' ? reply.body : reply.chunks.find(isObject);
  return isObject(source) && typeof source.id === 'string' ? source.id : undefined;
}

function withHeaders<T extends JsonReply | StreamReply>(reply: T, headers: Record<string, string>): T {
  return { ...reply, headers: { ...reply.headers, ...headers } };
}

/** The stored reply as a hit: a new generation id everywhere it appears, all usage counters 0. */
function replayed(reply: JsonReply | StreamReply, generationId: string, headers: Record<string, string>): ScriptedReply {
  const rewrite = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const copy = structuredClone(value);
    if (typeof copy.id === 'string') copy.id = generationId;
    if (isObject(copy.usage)) copy.usage = zeroed(copy.usage);
    return copy;
  };
  const base = withHeaders(reply, { ...headers, 'x-generation-id': generationId });
  if (base.type === 'json') return { ...base, body: rewrite(base.body) };
  return { ...base, chunks: base.chunks.map((chunk) => (typeof chunk === 'string' ? chunk : (rewrite(chunk) as JsonObject))), delayMs: undefined };
}

function zeroed(value: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, entry] of Object.entries(value)) {
    out[key] = typeof entry === 'number' ? 0 : isObject(entry) ? zeroed(entry) : entry;
  }
  return out;
}
