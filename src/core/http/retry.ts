import { APICallError } from '@ai-sdk/provider';
import { delay, isAbortError } from '@ai-sdk/provider-utils';

export interface RetryOptions {
  /** Retries after the first attempt; default 2, as the AI SDK's model calls. */
  maxRetries?: number;
  abortSignal?: AbortSignal;
}

const INITIAL_DELAY_MS = 2_000;
const BACKOFF_FACTOR = 2;
/** A server's Retry-After is honoured up to this long; beyond it the backoff applies. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Retries what the AI SDK retries for model calls, the way it does: retryable OpenRouter errors
 * (408, 429, 5xx, retryable availability), after 2 s, then 4 s, ... or after the reply's
 * Retry-After when it is shorter than a minute. An abort is never retried. The last error is
 * thrown as it is, so its status and body stay readable.
 */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxRetries = options.maxRetries ?? 2;
  let backoff = INITIAL_DELAY_MS;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt();
    } catch (error) {
      if (isAbortError(error) || retry >= maxRetries || !(APICallError.isInstance(error) && error.isRetryable)) throw error;
      await delay(retryDelay(error, backoff), { abortSignal: options.abortSignal });
      backoff *= BACKOFF_FACTOR;
    }
  }
}

function retryDelay(error: APICallError, backoff: number): number {
  const headers = error.responseHeaders;
  if (!headers) return backoff;
  let ms: number | undefined;
  const retryAfterMs = headers['retry-after-ms'];
  if (retryAfterMs) ms = parseFloat(retryAfterMs);
  const retryAfter = headers['retry-after'];
  if (retryAfter && (ms === undefined || Number.isNaN(ms))) {
    const seconds = parseFloat(retryAfter);
    ms = Number.isNaN(seconds) ? Date.parse(retryAfter) - Date.now() : seconds * 1000;
  }
  return ms !== undefined && !Number.isNaN(ms) && ms >= 0 && (ms < MAX_RETRY_AFTER_MS || ms < backoff) ? ms : backoff;
}
