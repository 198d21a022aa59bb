import { isAbortError } from '@ai-sdk/provider-utils';

/**
 * Reading an aborted body fails with the caller's reason, which can be any value; the AI SDK
 * (streamText's `abort` part, its retry loop) and most callers recognise an abort by the
 * AbortError name. The reason stays readable in the message and as the cause.
 */
export function abortErrorOf(reason: unknown): unknown {
  if (isAbortError(reason)) return reason;
  const text = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'the abort signal fired';
  const abort = new Error(`The request was aborted: ${text}`, { cause: reason });
  abort.name = 'AbortError';
  return abort;
}
