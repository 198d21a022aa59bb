import { describe, expect, it } from 'vitest';
import { policyContext } from '../../../../test/helpers/policy-context';
import type { OpenRouterChatRequest, ReasoningDetail } from '../../wire/openrouter-wire-types';
import { geminiSignaturesPolicy, isThoughtSignature } from './gemini-signatures';

const VALID = 'CiQBjz1rX2Vudmlyb25tZW50'; // standard base64
const VALID_URL = 'Ab-_Zw'; // base64url, unpadded

const request = (details: ReasoningDetail[]): OpenRouterChatRequest => ({
  model: 'google/gemini-2.5-pro',
  messages: [
    { role: 'user', content: 'Hi' },
    { role: 'assistant', content: 'Sure.', reasoning: 'Thinking.', reasoning_details: details },
  ],
});

describe('isThoughtSignature', () => {
  it.each([VALID, VALID_URL, 'QQ==', 'QUI=', 'QUJD', 'Zm9v+/8=', 'gAAAAABo_-w'])('accepts %j', (value) => {
    expect(isThoughtSignature(value)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['a message id', 'msg_01XFDUDYJgAACzvnptvVoYEL'],
    ['a dot', 'abc.def'],
    ['whitespace', 'QUJD RA=='],
    ['mixed alphabets', 'ab+_'],
    ['one dangling char', 'QUJDR'],
    ['bad padding length', 'QQ='],
    ['padding on a full block', 'QUJD='],
    ['non-zero unused bits', 'QR=='],
    ['padding in the middle', 'QQ==QQ=='],
  ])('rejects %s', (_label, value) => {
    expect(isThoughtSignature(value)).toBe(false);
  });
});

describe('gemini signatures policy', () => {
  it('drops invalid text signatures and invalid encrypted details, keeps the rest untouched', () => {
    const textValid = { type: 'reasoning.text', text: 'A', signature: VALID, format: 'google-gemini-v1', index: 0 };
    const textInvalid = { type: 'reasoning.text', text: 'B', signature: 'msg_abc', format: 'anthropic-claude-v1', index: 1 };
    const textNull = { type: 'reasoning.text', text: 'C', signature: null, index: 2 };
    const encryptedValid = { type: 'reasoning.encrypted', data: VALID_URL, id: 'tool_1', format: 'google-gemini-v1', index: 3 };
    const encryptedInvalid = { type: 'reasoning.encrypted', data: 'rs_123.abc', index: 4 };
    const summary = { type: 'reasoning.summary', summary: 'S', index: 5 };
    const opaque = { type: 'reasoning.server_tool_call', tool_name: 'x', arguments: '{}', result: '{}', signature: 'not base64!' };
    const input = request([textValid, textInvalid, textNull, encryptedValid, encryptedInvalid, summary, opaque]);

    const result = geminiSignaturesPolicy(input, policyContext('google/gemini-2.5-pro'));
    expect(result.body.messages[1]).toEqual({
      role: 'assistant',
      content: 'Sure.',
      reasoning: 'Thinking.',
      reasoning_details: [textValid, { type: 'reasoning.text', text: 'B', format: 'anthropic-claude-v1', index: 1 }, textNull, encryptedValid, summary, opaque],
    });
    expect(result.body.messages[0]).toBe(input.messages[0]);
    expect(textInvalid.signature).toBe('msg_abc');
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          '2 replayed reasoning signatures were not sent to google/gemini-2.5-pro: not valid base64 (history from another model), which Gemini rejects with "Thought signature is not valid".',
      },
    ]);
  });

  it('removes reasoning_details when nothing is left', () => {
    const result = geminiSignaturesPolicy(request([{ type: 'reasoning.encrypted', data: 'msg_x' }]), policyContext('google/gemini-3-pro-preview'));
    expect(result.body.messages[1]).toEqual({ role: 'assistant', content: 'Sure.', reasoning: 'Thinking.' });
  });

  it('returns the same body when every signature is valid', () => {
    const input = request([{ type: 'reasoning.text', text: 'A', signature: VALID }]);
    expect(geminiSignaturesPolicy(input, policyContext('google/gemini-2.5-flash'))).toEqual({ body: input });
  });

  it('leaves other models alone', () => {
    const input = request([{ type: 'reasoning.text', text: 'B', signature: 'msg_abc' }]);
    expect(geminiSignaturesPolicy(input, policyContext('anthropic/claude-sonnet-4.5')).body).toBe(input);
  });
});
