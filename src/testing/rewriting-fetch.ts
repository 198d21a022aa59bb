/** Carries the caller's URL to the server; never recorded as a header. */
export const ORIGINAL_URL_HEADER = 'x-openrouter-emulator-original-url';

const API_PREFIX = '/api/v1';

/**
 * The emulator URL for `url`: the path after `/api/v1` (wherever the base put it, e.g.
 * https://proxy.example/openrouter/api/v1) and the query, under the emulator's `/api/v1`. A URL
 * without `/api/v1` keeps its whole path, so a wrong base URL (e.g. a bare `/v1`) gets a 404.
 */
export function emulatorURL(url: string, origin: string): string {
  const { pathname, search } = new URL(url);
  const at = pathname.indexOf(API_PREFIX);
  const rest = at === -1 ? undefined : pathname.slice(at + API_PREFIX.length);
  const path = rest !== undefined && (rest === '' || rest.startsWith('/')) ? `${API_PREFIX}${rest}` : pathname;
  return `${origin}${path}${search}`;
}

/** Where a rewriting fetch keeps the fetch it sends through. */
const UNDERLYING_FETCH = Symbol('openclaw-router.emulator.underlyingFetch');

type Fetch = typeof globalThis.fetch;

/**
 * The fetch that really sends: the global one as it is now, looking through any rewriting fetch
 * already installed there, so `globalThis.fetch = emulator.fetch` never calls itself.
 */
function networkFetch(): Fetch {
  let fetch: Fetch & { [UNDERLYING_FETCH]?: Fetch } = globalThis.fetch;
  while (fetch[UNDERLYING_FETCH] !== undefined) fetch = fetch[UNDERLYING_FETCH];
  return fetch;
}

/** A fetch that sends every request to the emulator at `origin` (e.g. http://127.0.0.1:1234). */
export function createRewritingFetch(origin: string): Fetch {
  const send = networkFetch();
  const rewriting: Fetch = async (input, init) => {
    const request = new Request(input, init);
    const headers = new Headers(request.headers);
    headers.set(ORIGINAL_URL_HEADER, request.url);
    // Text, not a stream or buffer view: Node's fetch can replay it when it follows a 307/308.
    const body = request.body === null ? undefined : await request.text();
    return send(emulatorURL(request.url, origin), {
      method: request.method,
      headers,
      body,
      signal: request.signal,
      redirect: request.redirect,
    });
  };
  return Object.assign(rewriting, { [UNDERLYING_FETCH]: send });
}
