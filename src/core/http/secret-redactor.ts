import { APICallError } from '@ai-sdk/provider';
import { secretSpans, type Span } from './secret-spans';

const REDACTED = '[REDACTED]';

/**
 * Keeps a request's credentials out of what is built from its reply. A proxy or gateway that
 * echoes the Authorization header (into a body of any status, a header, an error chunk) would
 * otherwise put the key into APICallError.message, responseBody, data and responseHeaders,
 * which apps log and show.
 */
export class SecretRedactor {
  static readonly none = new SecretRedactor([]);

  /** Header names are compared lower-cased: the secrets are lower-cased once, not per header. */
  private readonly lowerSecrets: readonly string[];

  constructor(private readonly secrets: readonly string[]) {
    this.lowerSecrets = secrets.map((secret) => secret.toLowerCase());
  }

  text(text: string): string {
    if (this.secrets.length === 0 || text === '') return text;
    const spans: Span[] = [];
    for (const secret of this.secrets) for (const span of secretSpans(text, secret)) spans.push(span);
    return spans.length === 0 ? text : replaceSpans(text, spans);
  }

  /** A JSON value with every string (keys included) cleaned; the same value when nothing was found. */
  value<T>(value: T): T {
    if (this.secrets.length === 0 || value === undefined) return value;
    let json: string;
    try {
      json = JSON.stringify(value);
    } catch {
      return value;
    }
    if (json === undefined) return value;
    const clean = this.text(json);
    if (clean === json) return value;
    try {
      return JSON.parse(clean) as T;
    } catch {
      return REDACTED as T;
    }
  }

  /** Headers with clean values; a header whose name holds a secret is dropped (a name cannot be shown redacted). */
  headers(headers: Record<string, string>): Record<string, string> {
    let clean: Record<string, string> | undefined;
    for (const name in headers) {
      if (this.inName(name)) {
        clean ??= { ...headers };
        delete clean[name];
        continue;
      }
      const value = this.text(headers[name]);
      if (value !== headers[name]) (clean ??= { ...headers })[name] = value;
    }
    return clean ?? headers;
  }

  /** Whether a header name holds a secret, or a recognisable part of it: names are case-insensitive. */
  inName(name: string): boolean {
    if (this.secrets.length === 0) return false;
    const lower = name.toLowerCase();
    return this.lowerSecrets.some((secret) => secretSpans(lower, secret).length > 0);
  }

  /** An APICallError built from a reply, rebuilt without the secrets; other errors pass as they are. */
  error(error: unknown): unknown {
    if (this.secrets.length === 0 || !APICallError.isInstance(error)) return error;
    const message = this.text(error.message);
    const responseBody = error.responseBody === undefined ? undefined : this.text(error.responseBody);
    const data = this.value(error.data);
    const responseHeaders = error.responseHeaders === undefined ? undefined : this.headers(error.responseHeaders);
    const cause = this.cause(error.cause);
    if (message === error.message && responseBody === error.responseBody && data === error.data && responseHeaders === error.responseHeaders && cause === error.cause) {
      return error;
    }
    return new APICallError({
      message,
      url: error.url,
      requestBodyValues: error.requestBodyValues,
      statusCode: error.statusCode,
      responseHeaders,
      responseBody,
      isRetryable: error.isRetryable,
      data,
      cause,
    });
  }

  private cause(cause: unknown): unknown {
    if (!(cause instanceof Error)) return cause;
    const message = this.text(cause.message);
    return message === cause.message ? cause : new Error(message);
  }
}

function replaceSpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    if (start >= at) out += text.slice(at, start) + REDACTED;
    at = end;
  }
  return out + text.slice(at);
}
