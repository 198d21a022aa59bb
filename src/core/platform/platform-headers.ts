import type { CoreWarning } from '../model-io/result-types';
import { resolveResponseCache, responseCacheHeaders, type ResponseCacheSetting } from './response-cache';

export interface PlatformHeaderInput {
  isVerifiedRoute: boolean;
  /** Provider, model and call levels, in that order. */
  responseCache: Array<ResponseCacheSetting | undefined>;
  /** Provider, model and call levels, in that order; chat only. */
  routerMetadata?: Array<boolean | undefined>;
}

/**
 * Request headers for OpenRouter's platform features (response caching, router metadata). Like
 * the attribution headers they are OpenRouter's own and go only to a verified OpenRouter route: a
 * proxy or gateway may not understand them, or pass them on to someone who should not get them.
 * A feature asked for on another route becomes a warning.
 */
export function platformHeaders(input: PlatformHeaderInput): { headers: Record<string, string>; warnings: CoreWarning[] } {
  const headers: Record<string, string> = {};
  const warnings: CoreWarning[] = [];
  const cache = resolveResponseCache(input.responseCache);
  const routerMetadata = lastDefined(input.routerMetadata ?? []) === true;
  if (!input.isVerifiedRoute) {
    if (cache) warnings.push(notOnThisRoute('responseCache', 'response caching'));
    if (routerMetadata) warnings.push(notOnThisRoute('routerMetadata', 'router metadata'));
    return { headers, warnings };
  }
  if (cache) Object.assign(headers, responseCacheHeaders(cache));
  if (routerMetadata) headers['x-openrouter-metadata'] = 'enabled';
  return { headers, warnings };
}

function lastDefined<T>(levels: Array<T | undefined>): T | undefined {
  let value: T | undefined;
  for (const level of levels) if (level !== undefined) value = level;
  return value;
}

function notOnThisRoute(setting: string, feature: string): CoreWarning {
  return {
    type: 'other',
    message: `${setting} was not sent: OpenRouter's ${feature} headers go only to a verified OpenRouter route (https://openrouter.ai), and this provider's baseURL is not one.`,
  };
}
