import { z } from 'zod/v4';

/** OpenRouter refuses a longer `session_id`. */
export const MAX_SESSION_ID_LENGTH = 256;

/** `session_id` / `sessionId`: a string of at most 256 characters, with an error that says so. */
export function sessionIdSchema() {
  return z.string({ error: (issue) => `it must be a string, not ${describeType(issue.input)}.` }).max(MAX_SESSION_ID_LENGTH, {
    error: (issue) =>
      `it is ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters long; OpenRouter takes at most ${MAX_SESSION_ID_LENGTH}. Use a shorter id (a hash of a longer one, for example).`,
  });
}

/**
 * OpenRouter's `trace` (TraceConfig): the known keys have special handling there; any other key is
 * passed on as custom metadata to the caller's broadcast destinations, so it is kept.
 */
export function traceSchema() {
  return z.looseObject({
    trace_id: z.string().optional(),
    trace_name: z.string().optional(),
    span_name: z.string().optional(),
    generation_name: z.string().optional(),
    parent_span_id: z.string().optional(),
  });
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
