import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';

const SIGNATURES: Array<{ mediaType: string; bytes: Array<number | undefined> }> = [
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  // RIFF....WEBP: the four size bytes in between can be anything.
  { mediaType: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50] },
];

/** Enough base64 characters to cover the longest signature (12 bytes). */
const HEAD_CHARS = 16;

/** The image type the bytes say they are, or undefined when they match no known signature. */
export function sniffImageMediaType(data: Uint8Array | string): string | undefined {
  let head: Uint8Array;
  try {
    head = typeof data === 'string' ? convertBase64ToUint8Array(data.slice(0, HEAD_CHARS)) : data;
  } catch {
    return undefined;
  }
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, index) => byte === undefined || head[index] === byte));
  return match?.mediaType;
}
