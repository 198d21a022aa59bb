import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Everything an app would see printed while the test runs: AI SDK 6 logs warnings with
 * console.warn, AI SDK 7 through process.emitWarning. Collected per test.
 */
export function collectPrintedNotices(): () => string[] {
  let notices: string[] = [];
  beforeEach(() => {
    notices = [];
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      notices.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
    });
    vi.spyOn(process, 'emitWarning').mockImplementation(((warning: string | Error) => {
      notices.push(String(warning));
    }) as typeof process.emitWarning);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return () => notices;
}

/** A reply whose usage has every count, with cache writes and reasoning tokens. */
export const CACHED_USAGE = {
  prompt_tokens: 1200,
  completion_tokens: 300,
  total_tokens: 1500,
  prompt_tokens_details: { cached_tokens: 1000, cache_write_tokens: 150 },
  completion_tokens_details: { reasoning_tokens: 120 },
  cost: 0.0123,
};

/** The same counts in the V3/V4 spec's nested usage, by the spec's rules (raw: the usage object as sent). */
export const NESTED_CACHED_USAGE = {
  inputTokens: { total: 1200, noCache: 50, cacheRead: 1000, cacheWrite: 150 },
  outputTokens: { total: 300, text: 180, reasoning: 120 },
};

/** Gemini can report one count as both read and write: uncached is then total - read. */
export const GEMINI_SAME_READ_WRITE_USAGE = {
  prompt_tokens: 100,
  completion_tokens: 10,
  total_tokens: 110,
  prompt_tokens_details: { cached_tokens: 80, cache_write_tokens: 80 },
  completion_tokens_details: { reasoning_tokens: 0 },
};
