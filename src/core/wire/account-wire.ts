import { checkNumber, checkOptional, checkType, objectAt } from './field-checks';

/**
 * `GET /key` and `GET /credits` as OpenRouter's OpenAPI file gives them (the `data` of each reply),
 * under OpenRouter's field names. Fields OpenRouter adds later come through too.
 */

/** `GET /key`: the API key making the request, its limit and what it has spent (USD). */
export interface OpenRouterKey {
  /** A masked form of the key, e.g. `sk-or-v1-0e6...1c96`, or the name given to it. */
  label: string;
  /** Spending limit in USD; null when the key has none. */
  limit: number | null;
  /** What is left of the limit in USD; null when the key has none. */
  limit_remaining: number | null;
  /** `daily`, `weekly`, `monthly`, or null when the limit never resets. */
  limit_reset: string | null;
  /** Credits used in USD: in all, today, this week (Monday to Sunday, UTC), this month. */
  usage: number;
  usage_daily: number;
  usage_weekly: number;
  usage_monthly: number;
  /** Usage billed to your own provider keys (BYOK), in USD. */
  byok_usage: number;
  byok_usage_daily: number;
  byok_usage_weekly: number;
  byok_usage_monthly: number;
  include_byok_in_limit: boolean;
  is_free_tier: boolean;
  is_management_key: boolean;
  /** @deprecated OpenRouter's older name of `is_management_key`. */
  is_provisioning_key: boolean;
  creator_user_id: string | null;
  /** ISO 8601, or null when the key does not expire. */
  expires_at?: string | null;
  /** @deprecated OpenRouter says to ignore it. */
  rate_limit: { requests: number; interval: string; note: string };
  [field: string]: unknown;
}

/** `GET /credits`: credits bought and used by the account, in USD. */
export interface OpenRouterCredits {
  total_credits: number;
  total_usage: number;
  [field: string]: unknown;
}

/** The `data` of a GET /key reply, if it has the fields a caller relies on. */
export function narrowKey(value: unknown, path: string): OpenRouterKey {
  const key = objectAt(value, path);
  checkType(key, 'label', 'string', path);
  checkNumber(key, 'usage', path);
  checkNumber(key, 'limit', path, true);
  checkNumber(key, 'limit_remaining', path, true);
  checkType(key, 'is_free_tier', 'boolean', path);
  for (const field of ['usage_daily', 'usage_weekly', 'usage_monthly', 'byok_usage', 'byok_usage_daily', 'byok_usage_weekly', 'byok_usage_monthly']) {
    checkOptional(key, field, 'number', path);
  }
  for (const field of ['include_byok_in_limit', 'is_management_key', 'is_provisioning_key']) checkOptional(key, field, 'boolean', path);
  for (const field of ['limit_reset', 'creator_user_id', 'expires_at']) checkOptional(key, field, 'string', path);
  return key as OpenRouterKey;
}

/** The `data` of a GET /credits reply. */
export function narrowCredits(value: unknown, path: string): OpenRouterCredits {
  const credits = objectAt(value, path);
  checkNumber(credits, 'total_credits', path);
  checkNumber(credits, 'total_usage', path);
  return credits as OpenRouterCredits;
}
