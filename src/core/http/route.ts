export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1';

/**
 * Trims, drops trailing slashes, and maps OpenRouter's legacy `/v1` base to
 * `/api/v1` (a `/v1` base silently returned empty replies). Only http(s) URLs
 * without a user name or password are taken; an error never repeats a password.
 */
/** `name` is what the error calls the value: the setting, or the environment variable it came from. */
export function normalizeBaseURL(baseURL: string | undefined, name = 'baseURL'): string {
  const trimmed = (baseURL ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new TypeError(`openclaw-router: ${name} "${withoutUserInfo(trimmed)}" is not a valid URL. Use an absolute URL such as ${DEFAULT_BASE_URL}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`openclaw-router: ${name} "${withoutUserInfo(trimmed)}" is not an http(s) URL. Use an absolute URL such as ${DEFAULT_BASE_URL}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(
      `openclaw-router: ${name} "${withoutUserInfo(trimmed)}" has a user name or password in it, which fetch refuses to send. Remove it, and put a proxy's credentials in the \`headers\` setting.`,
    );
  }
  if (isOpenRouterHost(url.hostname) && url.pathname === '/v1') {
    url.pathname = '/api/v1';
    return url.toString().replace(/\/+$/, '');
  }
  return trimmed;
}

/** The URL text with anything before an `@` in its authority shown as `***`. */
function withoutUserInfo(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/?#]*@/i, (_, scheme: string | undefined) => `${scheme ?? ''}***@`);
}

function isOpenRouterHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'openrouter.ai' || host.endsWith('.openrouter.ai');
}

/**
 * A verified route is https to openrouter.ai or one of its subdomains. Only
 * such routes get attribution headers and Anthropic cache markers; proxies,
 * gateways and look-alike hosts get neither.
 */
export function isVerifiedOpenRouterURL(baseURL: string): boolean {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && isOpenRouterHost(url.hostname);
}
