/** The `cacheRetention` setting's values, apart from the policy so option schemas can name them. */

/** `short`: Anthropic's default 5-minute cache; `long`: 1 hour; `none`: no automatic marker. */
export const CACHE_RETENTIONS = ['short', 'long', 'none'] as const;
export type CacheRetention = (typeof CACHE_RETENTIONS)[number];

export function describeCacheRetentions(): string {
  return 'Use one of: short (5 minutes, the default), long (1 hour), none (no automatic system-prompt marker).';
}
