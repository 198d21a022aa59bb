import type { OpenRouterMessage, ReasoningDetail } from '../../wire/openrouter-wire-types';
import type { RequestPolicy } from './policy-types';

const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const URL_SAFE_BASE64 = /^[A-Za-z0-9_-]+={0,2}$/;
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Message ids other models leave in the signature slot; `msg_` is itself valid base64url. */
const MESSAGE_ID = /^msg_/;

/**
 * True when `value` is canonical base64 or base64url (one alphabet, correct
 * padding, zero unused bits): the only form Gemini accepts as a thought
 * signature. Empty strings and message ids are not signatures.
 */
export function isThoughtSignature(value: string): boolean {
  if (value === '' || MESSAGE_ID.test(value)) return false;
  if (!STANDARD_BASE64.test(value) && !URL_SAFE_BASE64.test(value)) return false;
  const digits = value.replace(/=+$/, '');
  const padded = digits.length !== value.length;
  const tail = digits.length % 4;
  if (tail === 1) return false;
  if (padded && (value.length % 4 !== 0 || tail === 0)) return false;
  if (tail === 0) return true;
  const last = sextet(digits[digits.length - 1]);
  const unusedBits = tail === 2 ? 0b1111 : 0b11;
  return (last & unusedBits) === 0;
}

function sextet(char: string): number {
  if (char === '+' || char === '-') return 62;
  if (char === '/' || char === '_') return 63;
  return BASE64_ALPHABET.indexOf(char);
}

/**
 * On Gemini models, replayed reasoning details carry thought signatures in
 * `reasoning.text` `signature` and `reasoning.encrypted` `data`. Values that
 * are not base64 (history served by another model, e.g. a `msg_...` id) make
 * Gemini fail with "Thought signature is not valid", so they are dropped: the
 * signature field of a text detail, the whole encrypted detail (its `data` is
 * all it has). Valid ones and every other detail pass untouched.
 */
export const geminiSignaturesPolicy: RequestPolicy = (body, context) => {
  if (!context.modelId.toLowerCase().includes('gemini')) return { body };
  let dropped = 0;
  const messages = body.messages.map((message) => {
    if (message.role !== 'assistant' || !Array.isArray(message.reasoning_details)) return message;
    const details: ReasoningDetail[] = [];
    let droppedHere = 0;
    for (const detail of message.reasoning_details) {
      const kept = withValidSignature(detail);
      if (kept !== detail) droppedHere++;
      if (kept !== undefined) details.push(kept);
    }
    if (droppedHere === 0) return message;
    dropped += droppedHere;
    const { reasoning_details: _replaced, ...rest } = message;
    return (details.length > 0 ? { ...rest, reasoning_details: details } : rest) as OpenRouterMessage;
  });
  if (dropped === 0) return { body };
  return {
    body: { ...body, messages },
    warnings: [
      {
        type: 'other',
        message: `${dropped} replayed reasoning signature${dropped === 1 ? ' was' : 's were'} not sent to ${context.modelId}: not valid base64 (history from another model), which Gemini rejects with "Thought signature is not valid".`,
      },
    ],
  };
};

/** The detail as Gemini may see it: itself, a copy without its signature, or undefined to drop it. */
function withValidSignature(detail: ReasoningDetail): ReasoningDetail | undefined {
  if (typeof detail !== 'object' || detail === null) return detail;
  if (detail.type === 'reasoning.encrypted') {
    return typeof detail.data === 'string' && isThoughtSignature(detail.data) ? detail : undefined;
  }
  if (detail.type === 'reasoning.text' && typeof detail.signature === 'string' && !isThoughtSignature(detail.signature)) {
    const { signature: _dropped, ...rest } = detail;
    return rest as ReasoningDetail;
  }
  return detail;
}
