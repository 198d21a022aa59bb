import { getRuntimeEnvironmentUserAgent, loadApiKey, VERSION as PROVIDER_UTILS_VERSION } from '@ai-sdk/provider-utils';
import { VERSION } from '../version';
import { headerSafeApiKey } from './api-key';

export interface HeaderSources {
  apiKey?: string;
  /** Only set on verified OpenRouter routes. */
  attribution?: Record<string, string>;
  custom?: Record<string, string | undefined>;
}

/**
 * A provider's request headers. The key is loaded at every request, so a missing key fails the call
 * (naming `apiKey` and OPENROUTER_API_KEY) rather than the import; the headers are built again only
 * when the loaded key changes (it is read from the environment when the settings hold none). Caller
 * headers win over attribution defaults, matched case-insensitively. The record is shared by every
 * request, so it is frozen: callers copy it.
 */
export function providerHeaders(sources: HeaderSources): () => Readonly<Record<string, string>> {
  let key: string | undefined;
  let built: Readonly<Record<string, string>> | undefined;
  return () => {
    const apiKey = loadKey(sources.apiKey);
    if (built === undefined || apiKey !== key) {
      built = Object.freeze(headersWithKey(apiKey, sources));
      key = apiKey;
    }
    return built;
  };
}

function loadKey(apiKey: string | undefined): string {
  return loadApiKey({ apiKey, environmentVariableName: 'OPENROUTER_API_KEY', description: 'OpenRouter' });
}

function headersWithKey(loadedKey: string, sources: HeaderSources): Record<string, string> {
  const apiKey = headerSafeApiKey(loadedKey);
  // Lower-cased names, built directly: a Headers object per request costs more than the rest.
  const headers: Record<string, string> = { authorization: `Bearer ${apiKey}` };
  if (sources.attribution) for (const name in sources.attribution) headers[name.toLowerCase()] = sources.attribution[name];
  if (sources.custom) {
    for (const name in sources.custom) {
      const value = sources.custom[name];
      if (value === undefined) delete headers[name.toLowerCase()];
      else headers[name.toLowerCase()] = value;
    }
  }
  const agent = headers['user-agent'];
  headers['user-agent'] = agent ? `${agent} ${USER_AGENT_SUFFIX}` : USER_AGENT_SUFFIX;
  return headers;
}

const USER_AGENT_SUFFIX = `openclaw-router/${VERSION}`;

/**
 * A call's headers over the provider's, matched case-insensitively. A call's User-Agent goes in
 * front of the provider's instead of replacing it: the AI SDK sends `ai/<version>` with every
 * call, which would otherwise erase the caller's agent and the openclaw-router suffix.
 */
export function withCallHeaders(
  providerHeaders: Record<string, string>,
  callHeaders: Record<string, string | undefined> | undefined,
): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(providerHeaders)) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(callHeaders ?? {})) {
    const key = name.toLowerCase();
    const providerAgent = key === 'user-agent' ? headers[key] : undefined;
    headers[key] = value && providerAgent ? `${value} ${providerAgent}` : value;
  }
  return headers;
}

let sdkAgentSuffix: string | undefined;

/** What the AI SDK's postJsonToApi appends to every User-Agent; JSON posts built here append the same. */
function sdkUserAgentSuffix(): string {
  sdkAgentSuffix ??= `ai-sdk/provider-utils/${PROVIDER_UTILS_VERSION} ${getRuntimeEnvironmentUserAgent()}`;
  return sdkAgentSuffix;
}

/**
 * The headers of one JSON POST in their final form, as postJsonToApi would send them: JSON content
 * type (unless a layer sets its own), the provider's headers, the platform headers, then the call's
 * (as withCallHeaders merges them), names lower-cased, undefined values dropped, and the AI SDK's
 * User-Agent suffix. One plain record per request, without a `Headers` object.
 */
export function jsonPostHeaders(
  providerHeaders: Readonly<Record<string, string>>,
  platformHeaders: Record<string, string>,
  callHeaders: Record<string, string | undefined> | undefined,
): Record<string, string> {
  const merged: Record<string, string | undefined> = { 'content-type': 'application/json' };
  // Own keys only: a settings object can carry an own "__proto__" key, which gives the record a
  // prototype whose keys must not become headers.
  for (const name of Object.keys(providerHeaders)) merged[name.toLowerCase()] = providerHeaders[name];
  for (const name of Object.keys(platformHeaders)) merged[name.toLowerCase()] = platformHeaders[name];
  if (callHeaders) {
    for (const name of Object.keys(callHeaders)) {
      const key = name.toLowerCase();
      const value = callHeaders[name];
      const providerAgent = key === 'user-agent' ? merged[key] : undefined;
      merged[key] = value && providerAgent ? `${value} ${providerAgent}` : value;
    }
  }
  const headers: Record<string, string> = {};
  for (const name of Object.keys(merged)) {
    const value = merged[name];
    if (value != null) headers[name] = value;
  }
  const agent = headers['user-agent'];
  headers['user-agent'] = agent ? `${agent} ${sdkUserAgentSuffix()}` : sdkUserAgentSuffix();
  return headers;
}
