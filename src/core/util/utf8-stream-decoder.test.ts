import { describe, expect, it } from 'vitest';
import { Utf8StreamDecoder } from './utf8-stream-decoder';

/** What a streaming TextDecoder makes of the same pieces: the reference. */
function reference(pieces: Uint8Array[]): string {
  const decoder = new TextDecoder();
  return pieces.map((piece) => decoder.decode(piece, { stream: true })).join('') + decoder.decode();
}

function decoded(pieces: Uint8Array[]): string {
  const decoder = new Utf8StreamDecoder();
  return pieces.map((piece) => decoder.decode(piece)).join('') + decoder.end();
}

/** Every way to cut `bytes` in two and in three. */
function cuts(bytes: Uint8Array): Uint8Array[][] {
  const out: Uint8Array[][] = [[bytes]];
  for (let i = 0; i <= bytes.length; i++) {
    out.push([bytes.subarray(0, i), bytes.subarray(i)]);
    for (let j = i; j <= bytes.length; j++) out.push([bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)]);
  }
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('Utf8StreamDecoder', () => {
  const inputs: Array<[string, Uint8Array]> = [
    ['ASCII', utf8('data: {"a":1}\n\n')],
    ['two-, three- and four-byte characters', utf8('é€𝄞 ü日本😀')],
    ['a leading BOM, dropped once', utf8('\uFEFFa\uFEFFb')],
    ['a BOM alone', bytes(0xef, 0xbb, 0xbf)],
    ['a character cut at the end of the body', bytes(0x61, 0xe2, 0x82)],
    ['a lead byte followed by a non-continuation', bytes(0xe2, 0x41, 0xf0, 0x9f, 0x98, 0x41)],
    ['stray continuation bytes', bytes(0x80, 0xbf, 0x61, 0x80, 0x80, 0x80, 0x80, 0x62)],
    ['overlong and out-of-range sequences', bytes(0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xf5, 0x61)],
    ['a complete character then extra continuations', bytes(0xf0, 0x9f, 0x98, 0x80, 0x80, 0x80, 0x61)],
  ];
  for (const [name, input] of inputs) {
    it(`gives what a streaming TextDecoder gives, however the bytes are cut: ${name}`, () => {
      for (const pieces of cuts(input)) expect(decoded(pieces)).toBe(reference(pieces));
    });
  }

  it('gives the same text when every byte arrives alone', () => {
    const input = utf8('\uFEFFé€𝄞 ü日本😀 a');
    const pieces = Array.from(input, (byte) => bytes(byte));
    expect(decoded(pieces)).toBe('é€𝄞 ü日本😀 a');
  });

  it('holds back at most the start of one character', () => {
    const decoder = new Utf8StreamDecoder();
    expect(decoder.decode(bytes(0x61, 0xf0, 0x9f))).toBe('a');
    expect(decoder.decode(bytes(0x98))).toBe('');
    expect(decoder.decode(bytes(0x80, 0x62))).toBe('😀b');
    expect(decoder.end()).toBe('');
  });
});
