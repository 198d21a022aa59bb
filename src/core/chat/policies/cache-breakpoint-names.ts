/** The `cacheBreakpoints` setting's values, apart from the policy so option schemas can name them. */

/**
 * `system`: the last block of the leading system prompt; `tools`: the last function tool;
 * `conversation`: the last text part of the final message, so each step of a tool loop reads the
 * previous step's prefix from the cache.
 */
export const CACHE_BREAKPOINTS = ['system', 'tools', 'conversation'] as const;
export type CacheBreakpoint = (typeof CACHE_BREAKPOINTS)[number];

/** Where automatic markers go when no layer sets `cacheBreakpoints`: today's system-prompt marker. */
export const DEFAULT_CACHE_BREAKPOINTS: readonly CacheBreakpoint[] = ['system'];

export function describeCacheBreakpoints(): string {
  return "Use a list of: system (the system prompt, the default), tools (the last tool definition), conversation (the final message), e.g. ['system', 'conversation'].";
}
