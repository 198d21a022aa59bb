import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBase64 } from './base64';

/** How the AI SDK decodes image data (convertBase64ToUint8Array): URL-safe letters mapped, then atob. */
const decodes = (text: string) => {
  try {
    atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return true;
  } catch {
    return false;
  }
};

describe('isBase64', () => {
  it('accepts what Buffer encodes, padded or not, standard or URL-safe', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const base64 = Buffer.from(bytes).toString('base64');
        expect(isBase64(base64)).toBe(true);
        expect(isBase64(base64.replace(/=+$/, ''))).toBe(true);
        expect(isBase64(Buffer.from(bytes).toString('base64url'))).toBe(true);
      }),
    );
  });

  it('never accepts what the AI SDK then fails to decode', () => {
    const alphabet = fc.constantFrom(...'ABCxyz019+/-_=% \n.'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (letters) => {
        const text = letters.join('');
        if (isBase64(text)) expect(decodes(text), JSON.stringify(text)).toBe(true);
      }),
    );
  });

  it.each(['iVBORw0KGgo=%%%', 'a', 'abcde', 'ab=c', 'abc==='])('refuses %j', (text) => {
    expect(isBase64(text)).toBe(false);
  });
});
