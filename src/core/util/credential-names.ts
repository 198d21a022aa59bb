import { InvalidArgumentError } from '@ai-sdk/provider';

/** Names a credential goes by, folded: case, `_` and `-` do not matter (`apiKey`, `api_key`, `API-KEY`). */
const CREDENTIAL_NAMES: ReadonlySet<string> = new Set(['apikey', 'authorization', 'token']);

export function isCredentialName(name: string): boolean {
  return CREDENTIAL_NAMES.has(name.toLowerCase().replace(/[_-]/g, ''));
}

/**
 * Option objects become request bodies, so a credential among them would be sent to OpenRouter
 * (and shown in `result.request.body`) on every request. The error names where it is, never the value.
 */
export function credentialInOptionsError(path: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: path,
    message:
      `${path} cannot be set: it names a credential, and options become the request body. ` +
      'Give the API key as createOpenClawRouter({ apiKey }) or the OPENROUTER_API_KEY environment variable; send other credentials as headers.',
  });
}
