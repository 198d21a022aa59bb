import type { ImageGenerationResponse } from '../core/wire/images';
import { EMULATOR_CREATED, usageFor } from './builders';
import type { EmulatorIds } from './ids';
import { encodeSolidImage, SAMPLE_MEDIA_TYPES } from './image-samples';
import { paletteColour } from './png';
import { sampleDimensions, sampleFormat } from './sample-image-shape';
import type { JsonReply } from './types';

const TOKENS_PER_IMAGE = 1000;

/**
 * POST /images: `n` images (default 1), each a different colour, in the requested `output_format`
 * and shaped by `size` or `aspect_ratio`, and usage with cost.
 */
export function defaultImageReply(request: unknown, ids: EmulatorIds): JsonReply {
  const body = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const count = Number.isInteger(body.n) && (body.n as number) > 0 ? (body.n as number) : 1;
  const prompt = typeof body.prompt === 'string' ? body.prompt : '';
  const format = sampleFormat(body.output_format);
  const { width, height } = sampleDimensions(body.size, body.aspect_ratio);
  return {
    type: 'json',
    headers: { 'x-generation-id': ids.nextGenerationId() },
    body: {
      created: EMULATOR_CREATED,
      data: Array.from({ length: count }, (_, index) => ({
        b64_json: encodeSolidImage(format, width, height, paletteColour(index)).toString('base64'),
        media_type: SAMPLE_MEDIA_TYPES[format],
      })),
      usage: usageFor({
        promptTokens: Math.max(1, prompt.split(/\s+/).filter(Boolean).length),
        completionTokens: count * TOKENS_PER_IMAGE,
      }),
    } satisfies ImageGenerationResponse,
  };
}
