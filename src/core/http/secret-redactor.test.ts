import { describe, expect, it } from 'vitest';
import { SecretRedactor } from './secret-redactor';

const KEY = 'sk-or-v1-0123456789abcdef0123456789abcdef';
const redactor = new SecretRedactor([KEY]);
const escaped = (text: string, backslashes = 1) => [...text].map((c) => `${'\\'.repeat(backslashes)}u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('SecretRedactor.text', () => {
  it.each([
    ['the key', `a ${KEY} b`, 'a [REDACTED] b'],
    ['a 12-character run from its middle', `x${KEY.slice(15, 27)}x`, 'x[REDACTED]x'],
    ['an 11-character run (not recognisable)', `x${KEY.slice(15, 26)}x`, `x${KEY.slice(15, 26)}x`],
    ['the public prefix alone', 'keys look like sk-or-v1-...', 'keys look like sk-or-v1-...'],
    ['the key \\u-escaped', `"${escaped(KEY)}"`, '"[REDACTED]"'],
    ['the key escaped twice, as in JSON inside JSON', `"${escaped(KEY, 2)}"`, '"[REDACTED]"'],
    ['half escaped, half literal, around other escapes', `"\\n${escaped(KEY.slice(0, 20))}${KEY.slice(20)}\\t"`, '"\\n[REDACTED]\\t"'],
    ['two echoes', `${KEY}/${KEY.slice(0, 30)}`, '[REDACTED]/[REDACTED]'],
  ])('%s', (_name, text, expected) => {
    expect(redactor.text(text)).toBe(expected);
  });

  it('leaves text without the key as the same string', () => {
    const text = 'A'.repeat(1000);
    expect(redactor.text(text)).toBe(text);
  });
});

describe('SecretRedactor.value', () => {
  it('cleans strings and keys at any depth, and returns the same value when there is nothing to clean', () => {
    expect(redactor.value({ [KEY]: [{ note: `Bearer ${KEY}` }] })).toEqual({ '[REDACTED]': [{ note: 'Bearer [REDACTED]' }] });
    const clean = { a: [1, 'two'] };
    expect(redactor.value(clean)).toBe(clean);
  });
});
