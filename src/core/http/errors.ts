import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import { parseJsonOrUndefined } from '../util/parse-json';
import { type BodyStart, MAX_ERROR_BODY_SIZE, readBodyStart, sizeText } from './bounded-body';
import { requestFactsOf } from './request-facts';
import { isErrorEnvelope, type OpenRouterErrorBody } from '../wire/error-envelope';

export { isErrorEnvelope, type OpenRouterErrorBody };

const MAX_UPSTREAM_MESSAGE = 2_000;

/** Pulls the most useful sentence out of `metadata.raw` (string, JSON string or object). */
function describeRaw(raw: unknown): string | undefined {
  if (raw == null) return undefined;
  let value = raw;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return undefined;
    try {
      value = JSON.parse(text);
    } catch {
      return text.slice(0, MAX_UPSTREAM_MESSAGE);
    }
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const nested = record.error;
    if (typeof nested === 'string') return nested;
    if (typeof nested === 'object' && nested !== null) {
      const nestedMessage = (nested as Record<string, unknown>).message;
      if (typeof nestedMessage === 'string') return nestedMessage;
    }
    if (typeof record.message === 'string') return record.message;
    return JSON.stringify(value).slice(0, MAX_UPSTREAM_MESSAGE);
  }
  return String(value);
}

/**
 * A message that says who failed and why: OpenRouter's own message, the
 * upstream provider, and the upstream's raw explanation (which is where
 * "Provider returned error" hides the real cause).
 */
export function formatOpenRouterErrorMessage(error: OpenRouterErrorBody, statusCode?: number, upstreamProvider?: string): string {
  const message = typeof error.message === 'string' && error.message !== '' ? error.message : 'Unknown error';
  const metadata = error.metadata ?? undefined;
  const providerName = typeof metadata?.provider_name === 'string' ? metadata.provider_name : upstreamProvider;
  const upstream = describeRaw(metadata?.raw);
  // Only what is certainly text goes into the message: a hostile body (an object whose
  // toString is not a function) must not turn error reporting into a TypeError.
  const code = typeof error.code === 'number' || typeof error.code === 'string' ? error.code : statusCode;
  const parts = [`OpenRouter error${code != null ? ` ${code}` : ''}: ${message}`];
  if (providerName) parts.push(`(provider: ${providerName})`);
  let text = parts.join(' ');
  if (upstream && upstream !== message) text += ` - ${upstream}`;
  const reasons = metadata?.reasons;
  const flagged = Array.isArray(reasons) ? reasons.filter((reason) => typeof reason === 'string') : [];
  if (flagged.length > 0) text += ` [flagged: ${flagged.join(', ')}]`;
  return text;
}

/** Retryable per OpenRouter: 408, 429, 5xx (including 524/529), or availability.retryable. A status past 599 is no HTTP status. */
export function isRetryableOpenRouterError(statusCode: number | undefined, error?: OpenRouterErrorBody): boolean {
  const availability = error?.availability;
  if (availability && typeof availability.retryable === 'boolean') return availability.retryable;
  if (statusCode == null) return false;
  return statusCode === 408 || statusCode === 429 || (statusCode >= 500 && statusCode <= 599);
}

function numericCode(code: unknown): number | undefined {
  if (typeof code === 'number' && Number.isInteger(code)) return code;
  if (typeof code === 'string' && /^\d{3}$/.test(code)) return Number(code);
  return undefined;
}

export interface OpenRouterErrorContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
}

/**
 * An error envelope that arrived inside a 200 reply or mid-stream; `upstreamProvider` names the
 * provider when the error's metadata does not. A string code such as `server_error` says the
 * upstream failed, which is worth a retry as a 5xx is.
 */
export function createErrorFromEnvelope(envelope: { error: OpenRouterErrorBody }, context: OpenRouterErrorContext, upstreamProvider?: string): APICallError {
  const statusCode = numericCode(envelope.error.code) ?? (envelope.error.code === 'server_error' ? 500 : 200);
  return new APICallError({
    message: formatOpenRouterErrorMessage(envelope.error, undefined, upstreamProvider),
    url: context.url,
    requestBodyValues: context.requestBodyValues,
    statusCode,
    responseHeaders: context.responseHeaders,
    responseBody: context.responseBody,
    isRetryable: isRetryableOpenRouterError(statusCode, envelope.error),
    data: envelope,
  });
}

export function describeNonJsonBody(response: Response, body: string): string {
  const contentType = response.headers.get('content-type') ?? 'unknown content type';
  const snippet = body
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  return `OpenRouter request failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} and a non-JSON reply (${contentType})${snippet ? `: ${snippet}` : ''}`;
}

/**
 * Turns a failed HTTP reply, of any status (a 600, a browser's opaque 0), into an APICallError
 * carrying that status and the body; the key is never part of it.
 */
export const openRouterFailedResponseHandler: ResponseHandler<APICallError> = async ({ response, url, requestBodyValues }) => {
  const { redactor } = requestFactsOf(response);
  const responseHeaders = redactor.headers(extractResponseHeaders(response));
  // Only the start of an error body is read (a 100 MiB error page would be read on every retry).
  let start: BodyStart;
  try {
    start = await readBodyStart({ response, url, requestBodyValues });
  } catch (error) {
    throw redactor.error(error);
  }
  const responseBody = redactor.text(start.text);
  const parsed = parseJsonOrUndefined(responseBody);
  if (isErrorEnvelope(parsed)) {
    return {
      responseHeaders,
      value: redactor.error(
        new APICallError({
          message: formatOpenRouterErrorMessage(parsed.error, response.status),
          url,
          requestBodyValues,
          statusCode: response.status,
          responseHeaders,
          responseBody,
          isRetryable: isRetryableOpenRouterError(response.status, parsed.error),
          data: parsed,
        }),
      ) as APICallError,
    };
  }
  return {
    responseHeaders,
    value: redactor.error(
      new APICallError({
        message: `${describeNonJsonBody(response, responseBody)}${start.truncated ? ` (only its first ${sizeText(MAX_ERROR_BODY_SIZE)} were read)` : ''}`,
        url,
        requestBodyValues,
        statusCode: response.status,
        responseHeaders,
        responseBody,
        isRetryable: isRetryableOpenRouterError(response.status),
        data: parsed,
      }),
    ) as APICallError,
  };
};
