import { loadApiKey } from '@ai-sdk/provider-utils';
import { VERSION } from '../version';
import { headerSafeApiKey } from './api-key';

export interface HeaderSources {
  apiKey?: string;
  /** Only set on verified OpenRouter routes. */
  attribution?: Record<string, string>;
  custom?: Record<string, string | undefined>;
}

/**
 * Headers for one request. The key is loaded here, at request time, so a
 * missing key fails the call (naming `apiKey` and OPENROUTER_API_KEY) rather
 * than the import. Caller headers win over attribution defaults, matched
 * case-insensitively.
 */
export function buildRequestHeaders(sources: HeaderSources): Record<string, string> {
  const apiKey = headerSafeApiKey(loadApiKey({ apiKey: sources.apiKey, environmentVariableName: 'OPENROUTER_API_KEY', description: 'OpenRouter' }));
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
