import type { FetchFunction } from '@ai-sdk/provider-utils';

const REDACTED = '[REDACTED]';
/** Shorter values are not secrets worth hunting for, and would redact ordinary words. */
const MIN_SECRET_LENGTH = 8;

/**
 * The fetch every model uses. Requests go to the caller's fetch (or the global one) unchanged;
 * what comes back is kept free of the credentials the request carried. A proxy or gateway that
 * echoes the Authorization header into an error page, an error message or a response header
 * would otherwise put the key into APICallError.message, responseBody and responseHeaders,
 * which apps log and show. Bodies of failed replies are read whole (the error handlers read
 * them whole anyway); successful bodies, streams included, pass through untouched.
 */
export function createSafeFetch(fetchImpl?: FetchFunction): FetchFunction {
  return async (input, init) => {
    const response = await (fetchImpl ?? globalThis.fetch)(input, init);
    const secrets = credentialsOf(input, init);
    return secrets.length === 0 ? response : withoutSecrets(response, secrets);
  };
}

/** The Authorization value and its token (`Bearer <token>`), longest first. */
function credentialsOf(input: Parameters<FetchFunction>[0], init: Parameters<FetchFunction>[1]): string[] {
  const authorization = authorizationOf(init?.headers) ?? (input instanceof Request ? input.headers.get('authorization') : null);
  const value = authorization?.trim();
  if (!value) return [];
  const token = value.replace(/^\S+\s+/, '');
  return [value, token].filter((secret, index, all) => secret.length >= MIN_SECRET_LENGTH && all.indexOf(secret) === index);
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

function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

async function withoutSecrets(response: Response, secrets: string[]): Promise<Response> {
  let echoed: Array<[string, string]> | undefined;
  response.headers.forEach((value, name) => {
    if (secrets.some((secret) => value.includes(secret))) (echoed ??= []).push([name, value]);
  });
  if (response.ok && echoed === undefined) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of echoed ?? []) headers.set(name, redact(value, secrets));
  if (response.ok) return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  const body = await response.text();
  const clean = redact(body, secrets);
  if (clean !== body) headers.delete('content-length');
  // A status such as 304 must not have a body, not even an empty one.
  return new Response(clean === '' ? null : clean, { status: response.status, statusText: response.statusText, headers });
}
