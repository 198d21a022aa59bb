import type { OpenRouterCredits, OpenRouterKey } from '../core/wire/account-wire';
import type { JsonReply } from './types';

/** The emulator's account: USD 10 bought, and a key limited to USD 10 that never resets. */
export const EMULATOR_CREDITS = 10;

/** Cents and below are what OpenRouter reports; sums of float costs are rounded to stay readable. */
const usd = (value: number) => Math.round(value * 1e9) / 1e9;

/** `GET /api/v1/key`: the key's usage is what the emulator charged since its last reset. */
export function keyReply(spent: number): JsonReply {
  const usage = usd(spent);
  const data: OpenRouterKey = {
    label: 'sk-or-v1-emu...0001',
    limit: EMULATOR_CREDITS,
    limit_remaining: usd(EMULATOR_CREDITS - usage),
    limit_reset: null,
    usage,
    usage_daily: usage,
    usage_weekly: usage,
    usage_monthly: usage,
    byok_usage: 0,
    byok_usage_daily: 0,
    byok_usage_weekly: 0,
    byok_usage_monthly: 0,
    include_byok_in_limit: false,
    is_free_tier: false,
    is_management_key: false,
    is_provisioning_key: false,
    creator_user_id: 'user_emulator',
    expires_at: null,
    rate_limit: { requests: -1, interval: '10s', note: 'This field is deprecated and safe to ignore.' },
  };
  return { type: 'json', body: { data } };
}

/** `GET /api/v1/credits`. */
export function creditsReply(spent: number): JsonReply {
  const data: OpenRouterCredits = { total_credits: EMULATOR_CREDITS, total_usage: usd(spent) };
  return { type: 'json', body: { data } };
}
