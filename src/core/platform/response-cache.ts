import { z } from 'zod/v4';
import { lazy } from '../util/lazy';
import { isPlainObject } from '../util/merge-options';

/**
 * OpenRouter's response cache: identical requests (same key, model, body, streaming mode) within
 * the TTL are answered from the cache, free. `true` turns it on, an object sets the TTL in seconds
 * and/or clears the stored entry first, `false` turns off a level above.
 */
export type ResponseCacheSetting = boolean | { ttl?: number; clear?: boolean };

/** `providerMetadata.openrouter.responseCache`, from the reply headers. */
export interface ResponseCacheMetadata {
  /** As OpenRouter sends it: `HIT` or `MISS`. */
  status: string;
  /** Seconds the entry stays cached (on a hit, what is left of it). */
  ttl?: number;
  /** On a hit, seconds since the entry was stored. */
  age?: number;
}

export const MAX_RESPONSE_CACHE_TTL = 86_400;

/** Why a value is not a responseCache setting, with the path of the faulty part; undefined when it is one. */
function responseCacheProblem(value: unknown): { path: string[]; message: string } | undefined {
  if (typeof value === 'boolean') return undefined;
  if (!isPlainObject(value)) {
    return { path: [], message: `${describe(value)} is not a responseCache setting: use true, false, or { ttl?: seconds, clear?: boolean }.` };
  }
  for (const key of Object.keys(value)) {
    if (key !== 'ttl' && key !== 'clear') {
      return { path: [key], message: `responseCache takes ttl and clear, not "${key}".` };
    }
  }
  const { ttl, clear } = value;
  if (ttl !== undefined && !(typeof ttl === 'number' && Number.isInteger(ttl) && ttl >= 1 && ttl <= MAX_RESPONSE_CACHE_TTL)) {
    return {
      path: ['ttl'],
      message: `${describe(ttl)} is not a cache TTL: OpenRouter keeps responses 1 to ${MAX_RESPONSE_CACHE_TTL} seconds (default 300). Use a whole number of seconds in that range.`,
    };
  }
  if (clear !== undefined && typeof clear !== 'boolean') {
    return { path: ['clear'], message: `${describe(clear)} is not a boolean: clear: true drops the cached entry before answering.` };
  }
  return undefined;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' && value !== null ? 'an object' : String(value);
}

/** The zod form of the setting, for the option schemas of chat and embedding models. */
export const responseCacheSchema = lazy(() =>
  z.custom<ResponseCacheSetting>().superRefine((value, context) => {
    const problem = responseCacheProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  }),
);

interface ResolvedResponseCache {
  ttl?: number;
  clear?: boolean;
}

/**
 * Provider, model and call settings, later levels over earlier ones: objects add their fields to
 * what is already on, `true` keeps it, `false` turns everything above it off. Undefined when off.
 */
export function resolveResponseCache(levels: Array<ResponseCacheSetting | undefined>): ResolvedResponseCache | undefined {
  let resolved: ResolvedResponseCache | undefined;
  for (const level of levels) {
    if (level === undefined) continue;
    if (level === false) resolved = undefined;
    else if (level === true) resolved ??= {};
    else resolved = { ...resolved, ...definedFields(level) };
  }
  return resolved;
}

function definedFields(level: { ttl?: number; clear?: boolean }): ResolvedResponseCache {
  const out: ResolvedResponseCache = {};
  if (level.ttl !== undefined) out.ttl = level.ttl;
  if (level.clear !== undefined) out.clear = level.clear;
  return out;
}

/** The request headers that ask OpenRouter for it (lower-cased, as every request header here). */
export function responseCacheHeaders(cache: ResolvedResponseCache): Record<string, string> {
  const headers: Record<string, string> = { 'x-openrouter-cache': 'true' };
  if (cache.ttl !== undefined) headers['x-openrouter-cache-ttl'] = String(cache.ttl);
  if (cache.clear) headers['x-openrouter-cache-clear'] = 'true';
  return headers;
}

const SECONDS_HEADERS = ['x-openrouter-cache-ttl', 'x-openrouter-cache-age'];

/**
 * Why a reply's cache headers cannot be read: a TTL or age that is no number of seconds of at
 * least 0 (a negative age would make an entry look fresher than new). Undefined when they can.
 * The reply door refuses the reply then, so `readResponseCache` only sees readable values.
 */
export function responseCacheHeaderProblem(headers: Record<string, string> | undefined): string | undefined {
  for (const name of SECONDS_HEADERS) {
    const value = headers?.[name];
    if (value === undefined || value.trim() === '') continue;
    const number = Number(value);
    if (!(Number.isFinite(number) && number >= 0)) {
      return `OpenRouter sent the response-cache header ${name}: ${JSON.stringify(value.slice(0, 40))}, which is no number of seconds of at least 0.`;
    }
  }
  return undefined;
}

/** What the reply headers say about the cache; undefined when OpenRouter reported no cache status. */
export function readResponseCache(headers: Record<string, string> | undefined): ResponseCacheMetadata | undefined {
  const status = headers?.['x-openrouter-cache-status'];
  if (status === undefined || status === '') return undefined;
  const metadata: ResponseCacheMetadata = { status };
  const ttl = seconds(headers!['x-openrouter-cache-ttl']);
  if (ttl !== undefined) metadata.ttl = ttl;
  const age = seconds(headers!['x-openrouter-cache-age']);
  if (age !== undefined) metadata.age = age;
  return metadata;
}

function seconds(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
