import { SecretRedactor } from './secret-redactor';

/**
 * What the fetch knew about the request a reply answers, for the code that reads the reply:
 * the credentials to keep out of what it builds, and the signal that can end the body (reading
 * an aborted body fails with whatever reason the caller gave, not always an AbortError).
 */
export interface RequestFacts {
  redactor: SecretRedactor;
  signal?: AbortSignal;
  /** The reply's headers as a record (lower-case names), already without credentials: read once, by the safe fetch. */
  headers?: Record<string, string>;
}

const NO_FACTS: RequestFacts = { redactor: SecretRedactor.none };
const factsByReply = new WeakMap<object, RequestFacts>();

/** Kept for the reply; a handler that hands on only the body passes them on with `bodyWithFacts`. */
export function rememberRequestFacts(response: Response, facts: RequestFacts): void {
  factsByReply.set(response, facts);
}

/**
 * The reply's body, carrying the reply's facts: all a stream reader is handed. Only the stream
 * handler needs this, so a JSON reply pays for one map entry, not two.
 */
export function bodyWithFacts(response: Response, body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const facts = factsByReply.get(response);
  if (facts !== undefined) factsByReply.set(body, facts);
  return body;
}

export function requestFactsOf(replyOrBody: object): RequestFacts {
  return factsByReply.get(replyOrBody) ?? NO_FACTS;
}
