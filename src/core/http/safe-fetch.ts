import type { FetchFunction } from '@ai-sdk/provider-utils';
import { rememberRequestFacts } from './request-facts';
import { SecretRedactor } from './secret-redactor';

/** Shorter values are not secrets worth hunting for, and would redact ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * The fetch every model uses. Requests go to the caller's fetch (or the global one) unchanged.
 * What comes back keeps no echoed credential in its headers, and carries (see request-facts)
 * the redactor that the reply handlers and the stream reader apply to everything they build
 * from the body. Bodies pass through untouched: a normal stream is never copied or scanned.
 */
export function createSafeFetch(fetchImpl?: FetchFunction): FetchFunction {
  // A provider sends the same key with every request: its redactor is built once, not per reply.
  let lastCredential: string | undefined;
  let lastRedactor = SecretRedactor.none;
  const redactorFor = (credential: string | undefined): SecretRedactor => {
    if (credential === undefined) return SecretRedactor.none;
    if (credential !== lastCredential) {
      lastRedactor = new SecretRedactor([credential]);
      lastCredential = credential;
    }
    return lastRedactor;
  };
  return async (input, init) => {
    const response = await (fetchImpl ?? globalThis.fetch)(input, init);
    const redactor = redactorFor(credentialOf(input, init));
    const { reply, headers } = withCleanHeaders(response, redactor);
    rememberRequestFacts(reply, { redactor, signal: init?.signal ?? (input instanceof Request ? input.signal : undefined), headers });
    return reply;
  };
}

/** The Authorization token (`Bearer <token>`), or the whole value when it has no scheme. */
function credentialOf(input: Parameters<FetchFunction>[0], init: Parameters<FetchFunction>[1]): string | undefined {
  const authorization = authorizationOf(init?.headers) ?? (input instanceof Request ? input.headers.get('authorization') : null);
  const token = authorization?.trim().replace(/^\S+\s+/, '');
  return token && token.length >= MIN_SECRET_LENGTH ? token : undefined;
}

/** Reads the header without building a Headers object for the plain records models pass. */
function authorizationOf(headers: HeadersInit | undefined): string | null {
  if (headers == null) return null;
  if (headers instanceof Headers || Array.isArray(headers)) return new Headers(headers).get('authorization');
  for (const name in headers) {
    if (name.length === 13 && name.toLowerCase() === 'authorization') return (headers as Record<string, string>)[name] ?? null;
  }
  return null;
}

/**
 * The reply, rebuilt with clean headers when one echoes a credential, and its clean headers as a
 * record (what the AI SDK's extractResponseHeaders gives), from the one pass over them. A status a
 * Response cannot be built with (fetch hands over a 600 as it came; a browser's opaque reply has
 * status 0) is kept as it is: the reply handlers read its headers from the clean record too.
 */
function withCleanHeaders(response: Response, redactor: SecretRedactor): { reply: Response; headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  let echoed: Array<[string, string | undefined]> | undefined;
  response.headers.forEach((value, name) => {
    // A header named after the key cannot be shown redacted: it is dropped.
    const clean = redactor.inName(name) ? undefined : redactor.text(value);
    if (clean !== undefined) headers[name] = clean;
    if (clean !== value) (echoed ??= []).push([name, clean]);
  });
  if (echoed === undefined || response.status < 200 || response.status > 599) return { reply: response, headers };
  const rebuilt = new Headers(response.headers);
  for (const [name, value] of echoed) {
    if (value === undefined) rebuilt.delete(name);
    else rebuilt.set(name, value);
  }
  return { reply: new Response(response.body, { status: response.status, statusText: response.statusText, headers: rebuilt }), headers };
}
