/**
 * Aspect ratios and resolution tiers OpenRouter's image APIs accept, and the arithmetic that maps
 * an AI SDK `aspectRatio` (`W:H`) or `size` (`WxH`) onto them.
 */

/** `image_config.aspect_ratio` values every chat-completions image model takes. */
export const CHAT_ASPECT_RATIOS = ['1:1', '2:3', '3:2', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'] as const;

/** Extra ratios only google/gemini-3.1-flash-image-preview takes. */
export const EXTENDED_ASPECT_RATIOS = ['1:4', '4:1', '1:8', '8:1'] as const;

/** `aspect_ratio` values of POST /images (`auto` aside). */
export const IMAGES_ENDPOINT_ASPECT_RATIOS = [
  '1:1',
  '1:2',
  '1:4',
  '1:8',
  '2:1',
  '2:3',
  '3:2',
  '3:4',
  '4:1',
  '4:3',
  '4:5',
  '5:4',
  '8:1',
  '9:16',
  '16:9',
  '9:19.5',
  '19.5:9',
  '9:20',
  '20:9',
  '9:21',
  '21:9',
] as const;

/** `image_config.image_size` tiers, by the side of the square image each one stands for. */
export const IMAGE_SIZE_TIERS = [
  { tier: '0.5K', side: 512 },
  { tier: '1K', side: 1024 },
  { tier: '2K', side: 2048 },
  { tier: '4K', side: 4096 },
] as const;

export type ImageSizeTier = (typeof IMAGE_SIZE_TIERS)[number]['tier'];

export interface Dimensions {
  width: number;
  height: number;
}

function parsePair(value: string, separator: RegExp): Dimensions | undefined {
  const match = separator.exec(value.trim());
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height) ? { width, height } : undefined;
}

/** `16:9` -> {16, 9}; decimals (`9:19.5`) allowed; undefined when malformed. */
export function parseAspectRatio(value: string): Dimensions | undefined {
  return parsePair(value, /^(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/);
}

/** `1024x768` -> {1024, 768}; undefined when malformed. */
export function parseSize(value: string): Dimensions | undefined {
  return parsePair(value, /^(\d+)\s*[xX×]\s*(\d+)$/);
}

/**
 * The candidate closest to `width:height`, compared on a log scale so that 2:1 and 1:2 are as far
 * from 1:1 as each other. Ties go to the earlier candidate.
 */
export function nearestAspectRatio(target: Dimensions, candidates: readonly string[]): string {
  const wanted = Math.log(target.width / target.height);
  let best = candidates[0];
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const ratio = parseAspectRatio(candidate)!;
    const distance = Math.abs(Math.log(ratio.width / ratio.height) - wanted);
    if (distance < bestDistance - 1e-9) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** The candidate that is exactly `width:height` (so `32:18` finds `16:9`), if any. */
export function equivalentAspectRatio(target: Dimensions, candidates: readonly string[]): string | undefined {
  return candidates.find((candidate) => {
    const ratio = parseAspectRatio(candidate)!;
    return Math.abs(ratio.width * target.height - ratio.height * target.width) < 1e-9 * ratio.width * target.height;
  });
}

/** How far below the asked pixel count a tier may fall and still count as covering it. */
const TIER_SLACK = 0.9;

/**
 * The smallest allowed tier whose pixel count (its square side squared; models keep about that
 * many pixels at every aspect ratio) covers the asked size, so a caller never gets a smaller
 * image than asked for; the largest allowed tier when none does.
 */
export function sizeTierFor(size: Dimensions, allowed: readonly ImageSizeTier[]): ImageSizeTier {
  const wanted = size.width * size.height * TIER_SLACK;
  const tiers = IMAGE_SIZE_TIERS.filter(({ tier }) => allowed.includes(tier));
  return (tiers.find(({ side }) => side * side >= wanted) ?? tiers[tiers.length - 1]).tier;
}
