// OpenRouter's error envelope (openapi.yaml: ErrorResponse, ErrorResponseErrorData), sent with an
// error status, inside a 200 reply, or as a mid-stream chunk.

/** `error` of the envelope: `{ code, message, metadata? }`. Every field is read defensively. */
export interface OpenRouterErrorBody {
  code?: number | string | null;
  message?: string;
  metadata?: Record<string, unknown> | null;
  availability?: { retryable?: boolean; [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** The envelope: `{ error: {...} }`, with fields OpenRouter adds beside it. */
export interface ErrorEnvelope {
  error: OpenRouterErrorBody;
  openrouter_metadata?: unknown;
  user_id?: unknown;
  [key: string]: unknown;
}

/**
 * Whether a parsed reply is an error envelope. Its fields are not trusted further: the error
 * reporting reads each one by type, so a hostile envelope still becomes a readable error.
 */
export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const error = (value as { error?: unknown }).error;
  return typeof error === 'object' && error !== null;
}
