import { inflateSync } from 'node:zlib';
import { encodeSolidPng } from './png';

/**
 * Small but real images for scripted image replies: PNG, baseline JPEG and lossless WebP of
 * one solid colour at any size, and a reader that checks an image's structure and returns its
 * format and dimensions, so tests can prove that bytes which went through the provider and the
 * AI SDK are still the image that was sent.
 */

export type SampleImageFormat = 'png' | 'jpeg' | 'webp';
export type Rgb = readonly [number, number, number];

export const SAMPLE_MEDIA_TYPES: Record<SampleImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export function encodeSolidImage(format: SampleImageFormat, width: number, height: number, rgb: Rgb): Buffer {
  switch (format) {
    case 'png':
      return encodeSolidPng(width, height, rgb);
    case 'jpeg':
      return encodeSolidJpeg(width, height, rgb);
    case 'webp':
      return encodeSolidWebp(width, height, rgb);
  }
}

/** `data:<type>;base64,...` of a solid-colour image. */
export function sampleImageDataUrl(format: SampleImageFormat, width: number, height: number, rgb: Rgb = [0x2f, 0x80, 0xed]): string {
  return `data:${SAMPLE_MEDIA_TYPES[format]};base64,${encodeSolidImage(format, width, height, rgb).toString('base64')}`;
}

// ---------------------------------------------------------------------------------------------
// Baseline JPEG. A solid colour makes every 8x8 block a DC-only block, so the entropy-coded data
// is one DC difference and an end-of-block per component per block, with Huffman tables that
// hold just the symbols used.

class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.current = (this.current << 1) | ((value >> bit) & 1);
      if (++this.used === 8) this.flushByte();
    }
  }

  /** Pads the last byte with 1-bits, as JPEG requires. */
  finish(): number[] {
    if (this.used > 0) this.write(0xff, 8 - this.used);
    return this.bytes;
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0x00); // byte stuffing
    this.current = 0;
    this.used = 0;
  }
}

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

function magnitudeCategory(value: number): number {
  let magnitude = Math.abs(value);
  let category = 0;
  while (magnitude > 0) {
    category++;
    magnitude >>= 1;
  }
  return category;
}

/** JPEG's extra bits for a DC difference: the value itself, or its one's complement when negative. */
function magnitudeBits(value: number, category: number): number {
  return value >= 0 ? value : value + (1 << category) - 1;
}

export function encodeSolidJpeg(width: number, height: number, [red, green, blue]: Rgb): Buffer {
  const luma = 0.299 * red + 0.587 * green + 0.114 * blue;
  const blueDifference = 128 - 0.168736 * red - 0.331264 * green + 0.5 * blue;
  const redDifference = 128 + 0.5 * red - 0.418688 * green - 0.081312 * blue;
  // With a quantisation step of 8, the DC coefficient of a flat block is its level shifted by 128.
  const dc = [luma, blueDifference, redDifference].map((level) => Math.max(-128, Math.min(127, Math.round(level) - 128)));

  const categories = [...new Set([0, ...dc.map(magnitudeCategory)])].sort((a, b) => a - b);
  // Every DC symbol gets a 3-bit code (at most 7 symbols are needed, so the all-ones code stays unused).
  const dcCode = new Map(categories.map((category, index) => [category, index]));

  const bits = new BitWriter();
  const blocks = Math.ceil(width / 8) * Math.ceil(height / 8);
  const predictors = [0, 0, 0];
  for (let block = 0; block < blocks; block++) {
    for (let component = 0; component < 3; component++) {
      const difference = dc[component] - predictors[component];
      predictors[component] = dc[component];
      const category = magnitudeCategory(difference);
      bits.write(dcCode.get(category)!, 3);
      if (category > 0) bits.write(magnitudeBits(difference, category), category);
      bits.write(0, 1); // the only AC symbol: end of block
    }
  }

  const dcTable = [0x00, 0, 0, categories.length, ...Array(13).fill(0), ...categories];
  const acTable = [0x10, 1, ...Array(15).fill(0), 0x00];
  const bytes = [
    0xff,
    0xd8,
    ...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xdb, [0x00, 8, ...Array(63).fill(1)]),
    ...segment(0xc0, [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]),
    ...segment(0xc4, [...dcTable, ...acTable]),
    ...segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]),
    ...bits.finish(),
    0xff,
    0xd9,
  ];
  return Buffer.from(bytes);
}

// ---------------------------------------------------------------------------------------------
// Lossless WebP (VP8L). Each of the five prefix codes is a "simple" code with a single symbol,
// which costs zero bits per pixel, so a solid image of any size is a few bytes.

class LsbBitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, length: number): void {
    for (let bit = 0; bit < length; bit++) {
      this.current |= ((value >> bit) & 1) << this.used;
      if (++this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }

  finish(): number[] {
    if (this.used > 0) this.bytes.push(this.current);
    return this.bytes;
  }
}

function writeSingleSymbolCode(bits: LsbBitWriter, symbol: number): void {
  bits.write(1, 1); // simple code
  bits.write(0, 1); // one symbol
  if (symbol < 2) {
    bits.write(0, 1);
    bits.write(symbol, 1);
  } else {
    bits.write(1, 1);
    bits.write(symbol, 8);
  }
}

const MAX_WEBP_SIDE = 16384;

export function encodeSolidWebp(width: number, height: number, [red, green, blue]: Rgb): Buffer {
  if (width < 1 || height < 1 || width > MAX_WEBP_SIDE || height > MAX_WEBP_SIDE) {
    throw new RangeError(`A lossless WebP is 1 to ${MAX_WEBP_SIDE} pixels a side, not ${width}x${height}`);
  }
  const bits = new LsbBitWriter();
  bits.write(0x2f, 8);
  bits.write(width - 1, 14);
  bits.write(height - 1, 14);
  bits.write(0, 1); // no alpha in use
  bits.write(0, 3); // version
  bits.write(0, 1); // no transforms
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // no meta prefix codes
  writeSingleSymbolCode(bits, green);
  writeSingleSymbolCode(bits, red);
  writeSingleSymbolCode(bits, blue);
  writeSingleSymbolCode(bits, 255);
  writeSingleSymbolCode(bits, 0); // distance
  const payload = Buffer.from(bits.finish());
  const padded = payload.length % 2 === 1 ? Buffer.concat([payload, Buffer.alloc(1)]) : payload;
  const chunkHeader = Buffer.alloc(8);
  chunkHeader.write('VP8L', 0, 'ascii');
  chunkHeader.writeUInt32LE(payload.length, 4);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'ascii');
  riff.writeUInt32LE(4 + chunkHeader.length + padded.length, 4);
  riff.write('WEBP', 8, 'ascii');
  return Buffer.concat([riff, chunkHeader, padded]);
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ImageInfo {
  mediaType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

/**
 * Format and dimensions of a PNG, JPEG or WebP, after checking its structure: a PNG's chunks,
 * CRC-free but complete, with pixel data that inflates to exactly its rows; a JPEG's markers from
 * SOI through a frame header and a scan to EOI; a WebP's RIFF sizes and its VP8L, VP8 or VP8X
 * header. Throws on anything else.
 */
export function readImageInfo(data: Uint8Array): ImageInfo {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return readJpeg(bytes);
  if (bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return readWebp(bytes);
  throw new Error(`Not a PNG, JPEG or WebP image (first bytes: ${bytes.subarray(0, 12).toString('hex')})`);
}

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function readPng(bytes: Buffer): ImageInfo {
  let offset = 8;
  let width = 0;
  let height = 0;
  let bitsPerPixel = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new Error(`PNG chunk ${type} is cut off`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitsPerPixel = data[8] * (PNG_CHANNELS[data[9]] ?? 0);
      if (data[12] !== 0) throw new Error('Interlaced PNGs are not read here');
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!ended || width === 0 || height === 0 || bitsPerPixel === 0) throw new Error('Incomplete PNG');
  const pixels = inflateSync(Buffer.concat(idat));
  const expected = (1 + Math.ceil((width * bitsPerPixel) / 8)) * height;
  if (pixels.length !== expected) throw new Error(`PNG pixel data is ${pixels.length} bytes, expected ${expected}`);
  return { mediaType: 'image/png', width, height };
}

function readJpeg(bytes: Buffer): ImageInfo {
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw new Error(`JPEG marker expected at byte ${offset}`);
    const marker = bytes[offset + 1];
    const length = bytes.readUInt16BE(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      size = { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + length;
    if (marker === 0xda) {
      if (!size) throw new Error('JPEG scan before any frame header');
      if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) throw new Error('JPEG does not end with EOI');
      if (offset >= bytes.length - 2) throw new Error('JPEG scan has no data');
      return { mediaType: 'image/jpeg', ...size };
    }
  }
  throw new Error('JPEG without a scan');
}

function readWebp(bytes: Buffer): ImageInfo {
  if (bytes.readUInt32LE(4) + 8 !== bytes.length) throw new Error('WebP RIFF size does not match the data');
  const chunk = bytes.toString('ascii', 12, 16);
  const data = bytes.subarray(20);
  if (chunk === 'VP8L') {
    if (data[0] !== 0x2f) throw new Error('VP8L signature missing');
    const bits = data.readUInt32LE(1);
    return { mediaType: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    if (data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) throw new Error('VP8 start code missing');
    return { mediaType: 'image/webp', width: data.readUInt16LE(6) & 0x3fff, height: data.readUInt16LE(8) & 0x3fff };
  }
  if (chunk === 'VP8X') {
    return { mediaType: 'image/webp', width: data.readUIntLE(4, 3) + 1, height: data.readUIntLE(7, 3) + 1 };
  }
  throw new Error(`Unknown WebP chunk ${chunk}`);
}
