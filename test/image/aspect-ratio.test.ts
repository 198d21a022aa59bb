import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHAT_ASPECT_RATIOS,
  equivalentAspectRatio,
  IMAGES_ENDPOINT_ASPECT_RATIOS,
  nearestAspectRatio,
  sizeTierFor,
  parseAspectRatio,
  parseSize,
} from '../../src/core/image/aspect-ratio';
import { sniffImageMediaType } from '../../src/core/image/image-media-type';
import { encodeSolidImage } from '../../src/testing/image-samples';

const mirror = (ratio: string) => ratio.split(':').reverse().join(':');

describe('aspect ratios', () => {
  it.each([
    ['2:1', '16:9'],
    ['1:2', '9:16'],
    ['7:5', '4:3'],
    ['100:99', '1:1'],
    ['3:1', '21:9'],
    ['1:3', '9:16'],
  ])('the nearest chat ratio to %s is %s', (asked, expected) => {
    expect(nearestAspectRatio(parseAspectRatio(asked)!, CHAT_ASPECT_RATIOS)).toBe(expected);
  });

  it('finds a supported ratio itself, and treats wide and tall alike', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IMAGES_ENDPOINT_ASPECT_RATIOS), (ratio) => {
        expect(nearestAspectRatio(parseAspectRatio(ratio)!, IMAGES_ENDPOINT_ASPECT_RATIOS)).toBe(ratio);
      }),
    );
    // The /images list holds every ratio's mirror, so a size and its transpose map to mirrored ratios.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8192 }), fc.integer({ min: 1, max: 8192 }), (width, height) => {
        const wide = nearestAspectRatio({ width, height }, IMAGES_ENDPOINT_ASPECT_RATIOS);
        const tall = nearestAspectRatio({ width: height, height: width }, IMAGES_ENDPOINT_ASPECT_RATIOS);
        expect(tall).toBe(mirror(wide));
      }),
    );
  });

  it('recognises an unreduced or decimal ratio as the same ratio', () => {
    expect(equivalentAspectRatio({ width: 1920, height: 1080 }, CHAT_ASPECT_RATIOS)).toBe('16:9');
    expect(equivalentAspectRatio({ width: 39, height: 18 }, IMAGES_ENDPOINT_ASPECT_RATIOS)).toBe('19.5:9');
    expect(equivalentAspectRatio({ width: 1000, height: 999 }, CHAT_ASPECT_RATIOS)).toBeUndefined();
  });

  it('parses only W:H and WxH', () => {
    expect(parseAspectRatio('9:19.5')).toEqual({ width: 9, height: 19.5 });
    expect(parseAspectRatio('16/9')).toBeUndefined();
    expect(parseAspectRatio('0:1')).toBeUndefined();
    expect(parseSize('1024x768')).toEqual({ width: 1024, height: 768 });
    expect(parseSize('1024*768')).toBeUndefined();
    expect(parseSize('0x768')).toBeUndefined();
  });
});

describe('size tiers', () => {
  it.each([
    ['256x256', ['0.5K', '1K', '2K', '4K'], '0.5K'],
    ['256x256', ['1K', '2K', '4K'], '1K'],
    ['1344x768', ['1K', '2K', '4K'], '1K'],
    ['1024x1024', ['1K', '2K', '4K'], '1K'],
    ['1920x1080', ['1K', '2K', '4K'], '2K'],
    ['2048x1152', ['1K', '2K', '4K'], '2K'],
    ['3840x2160', ['1K', '2K', '4K'], '4K'],
    ['8192x8192', ['1K', '2K', '4K'], '4K'],
  ] as const)('%s among %j is %s', (size, tiers, expected) => {
    expect(sizeTierFor(parseSize(size)!, tiers)).toBe(expected);
  });
});

describe('media type sniffing', () => {
  it('names PNG, JPEG and WebP from their bytes or base64', () => {
    for (const [format, mediaType] of [
      ['png', 'image/png'],
      ['jpeg', 'image/jpeg'],
      ['webp', 'image/webp'],
    ] as const) {
      const bytes = encodeSolidImage(format, 4, 4, [1, 2, 3]);
      expect(sniffImageMediaType(new Uint8Array(bytes))).toBe(mediaType);
      expect(sniffImageMediaType(bytes.toString('base64'))).toBe(mediaType);
    }
    expect(sniffImageMediaType(Buffer.from('GIF89a').toString('base64'))).toBe('image/gif');
  });

  it('does not take a RIFF file that is not WebP, or text, for an image', () => {
    expect(sniffImageMediaType(Buffer.from('RIFF\0\0\0\0WAVEfmt ').toString('base64'))).toBeUndefined();
    expect(sniffImageMediaType('not base64 at all!')).toBeUndefined();
  });
});
