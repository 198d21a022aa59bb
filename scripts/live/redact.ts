/**
 * Redaction of everything key-like in a recorded exchange, before any byte of it reaches a file:
 * the API key itself, any OpenRouter (`sk-or-...`) or other `sk-` key, bearer tokens, key-like
 * query parameters, and account identifiers in JSON fields. Encrypted reasoning and signatures stay:
 * they are what replay tests need, and they are not credentials.
 */

export const REDACTED = '[redacted]';

/** OpenRouter keys (`sk-or-v1-<hex>`) and other `sk-`/`sk-proj-` style keys. */
const SECRET_KEY = /\bsk-(?:or-)?[A-Za-z0-9_-]{8,}/g;
/** `Bearer <token>` anywhere: headers, error messages that echo them. */
const BEARER = /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/** `?key=...`, `&api_key=...`, `token=...` in URLs. */
const KEY_PARAMETER = /([?&](?:key|api_key|apikey|access_token|token)=)[^&#\s"]+/gi;
/** JSON fields that name an account, a user, a workspace or a key. */
const ACCOUNT_FIELD = /("(?:user_id|account_id|organization_id|org_id|workspace_id|api_key|key_hash|key_id|creator_user_id)"\s*:\s*)"(?:[^"\\]|\\.)*"/g;

/** Header names whose whole value is a credential or ties the exchange to an account. */
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization']);

/** `text` with the given secrets and everything key-like replaced by `[redacted]`. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(BEARER, `Bearer ${REDACTED}`).replace(SECRET_KEY, REDACTED).replace(KEY_PARAMETER, `$1${REDACTED}`).replace(ACCOUNT_FIELD, `$1"${REDACTED}"`);
}

/** Headers with credential headers blanked and every other value redacted as text. */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redactText(value, secrets);
  }
  return out;
}

/** What must never survive in a recording: an OpenRouter key (`sk-or-` and a run of hex). */
export const OPENROUTER_KEY_PATTERN = /sk-or-(?:v\d+-)?[0-9a-f]{16,}/i;
