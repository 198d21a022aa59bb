import { deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A valid RGB PNG of one solid colour. */
export function encodeSolidPng(width: number, height: number, [red, green, blue]: readonly [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  // compression, filter and interlace methods stay 0

  const rowLength = 1 + width * 3; // a filter-type byte (0: none) before each row
  const pixels = Buffer.alloc(rowLength * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = y * rowLength + 1 + x * 3;
      pixels[offset] = red;
      pixels[offset + 1] = green;
      pixels[offset + 2] = blue;
    }
  }

  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

const PALETTE: ReadonlyArray<readonly [number, number, number]> = [
  [0x2f, 0x80, 0xed],
  [0xeb, 0x57, 0x57],
  [0x27, 0xae, 0x60],
  [0xf2, 0xc9, 0x4c],
];

const cache = new Map<string, string>();

/** A colour of the sample palette; images with different indexes have different colours. */
export function paletteColour(index: number): readonly [number, number, number] {
  return PALETTE[index % PALETTE.length];
}

/** Base64 of a solid PNG (64x64 unless told otherwise); images with different indexes have different colours. */
export function samplePngBase64(index = 0, width = 64, height = 64): string {
  const key = `${index % PALETTE.length}:${width}x${height}`;
  let base64 = cache.get(key);
  if (base64 === undefined) {
    base64 = encodeSolidPng(width, height, paletteColour(index)).toString('base64');
    if (cache.size < 64) cache.set(key, base64);
  }
  return base64;
}
