import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CoreWarning } from '../model-io/result-types';
import { mergeShallow } from '../util/merge-options';
import { equivalentAspectRatio, IMAGES_ENDPOINT_ASPECT_RATIOS, nearestAspectRatio, parseAspectRatio, parseSize } from './aspect-ratio';
import { mergeImageOptions, type BuiltImageRequest, type ImageRequestInput } from './build-image-request';
import type { ImageGenerationResponse } from '../wire/images';
import { buildImageResult, noImageError, type ParsedImageReply, type ReplyContext } from './parse-image-reply';

/**
 * OpenRouter's dedicated POST /images endpoint (`{model, prompt, n, size, aspect_ratio, ...}` ->
 * `{data: [{b64_json, media_type}], usage}`), used for families such as openai/gpt-image-1 or
 * when a model is created with `{ endpoint: 'images' }`.
 */

/** Routing fields POST /images takes; the chat-only ones (zdr, max_price, ...) are reported, not sent. */
const IMAGES_PROVIDER_FIELDS = new Set(['order', 'only', 'ignore', 'allow_fallbacks', 'sort', 'options']);

const RESOLUTION_FOR_IMAGE_SIZE: Record<string, string> = { '0.5K': '512', '1K': '1K', '2K': '2K', '4K': '4K' };

/** Fields the request owns. `stream` would turn the reply into SSE, which this model does not read. */
const IMAGES_OWNED_FIELDS = ['model', 'prompt', 'stream'];

function notSent(what: string, why: string): CoreWarning {
  return { type: 'other', message: `${what} was not sent: ${why}` };
}

function aspectRatioField(aspectRatio: string, warnings: CoreWarning[]): string | undefined {
  const parsed = parseAspectRatio(aspectRatio);
  if (!parsed) {
    warnings.push(notSent(`aspectRatio "${aspectRatio}"`, 'it is not of the form W:H.'));
    return undefined;
  }
  const exact = equivalentAspectRatio(parsed, IMAGES_ENDPOINT_ASPECT_RATIOS);
  if (exact) return exact;
  const nearest = nearestAspectRatio(parsed, IMAGES_ENDPOINT_ASPECT_RATIOS);
  warnings.push({
    type: 'other',
    message: `aspectRatio "${aspectRatio}" is not one OpenRouter's /images endpoint takes; sent the nearest, aspect_ratio "${nearest}".`,
  });
  return nearest;
}

/** Call options -> POST /images body. Pure. */
export function buildImagesEndpointRequest(input: ImageRequestInput): BuiltImageRequest {
  const { modelId, call } = input;
  const merged = mergeImageOptions(input);
  const warnings = [...merged.warnings];
  if (merged.prompt.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `OpenRouter's /images endpoint (used for ${modelId}) needs a non-empty prompt.`,
    });
  }

  // An explicit pixel size is authoritative there; a different aspect ratio next to it is a 400.
  let size: string | undefined;
  let aspectRatio: string | undefined;
  if (call.size !== undefined) {
    const pixels = parseSize(call.size);
    if (pixels) size = `${pixels.width}x${pixels.height}`;
    else warnings.push(notSent(`size "${call.size}"`, 'it is not of the form WxH.'));
    if (pixels && call.aspectRatio !== undefined) {
      const ratio = parseAspectRatio(call.aspectRatio);
      if (!ratio || !equivalentAspectRatio(pixels, [`${ratio.width}:${ratio.height}`])) {
        warnings.push(notSent(`aspectRatio "${call.aspectRatio}"`, `size "${size}" fixes the dimensions, and OpenRouter rejects a different aspect ratio beside it.`));
      }
    }
  }
  if (size === undefined && call.aspectRatio !== undefined) aspectRatio = aspectRatioField(call.aspectRatio, warnings);

  // image_config is the chat API's name for these hints; its two portable fields are translated.
  const imageConfig = mergeShallow<Record<string, unknown>>(merged.modelImageConfig, merged.callImageConfig) ?? {};
  let resolution = merged.resolution;
  for (const [key, value] of Object.entries(imageConfig)) {
    if (key === 'aspect_ratio' && typeof value === 'string') {
      if (size !== undefined) {
        warnings.push(notSent(`image_config.aspect_ratio "${value}"`, `size "${size}" fixes the dimensions.`));
      } else {
        if (aspectRatio !== undefined && aspectRatio !== value) {
          warnings.push(notSent(`aspectRatio "${call.aspectRatio}"`, `providerOptions.openrouter.image_config.aspect_ratio "${value}" replaces it.`));
        }
        aspectRatio = value;
      }
    } else if (key === 'image_size' && typeof value === 'string' && RESOLUTION_FOR_IMAGE_SIZE[value] !== undefined) {
      if (resolution !== undefined && resolution !== RESOLUTION_FOR_IMAGE_SIZE[value]) {
        warnings.push(notSent(`image_config.image_size "${value}"`, `resolution "${resolution}" is set too and wins.`));
      }
      resolution ??= RESOLUTION_FOR_IMAGE_SIZE[value];
    } else {
      warnings.push(notSent(`image_config.${key} ${JSON.stringify(value)}`, `OpenRouter's /images endpoint (used for ${modelId}) has no image_config.`));
    }
  }

  if (merged.modalities !== undefined) warnings.push(notSent('modalities', 'the /images endpoint always answers with images.'));
  if (merged.user !== undefined) warnings.push(notSent('user', 'the /images endpoint has no user field.'));
  if (merged.routing.models !== undefined) warnings.push(notSent('models (fallback models)', 'the /images endpoint takes one model.'));
  let provider: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(merged.routing.provider ?? {})) {
    if (IMAGES_PROVIDER_FIELDS.has(key)) (provider ??= {})[key] = value;
    else warnings.push(notSent(`provider.${key}`, `the /images endpoint routes by ${[...IMAGES_PROVIDER_FIELDS].join(', ')} only.`));
  }

  const computed: Record<string, unknown> = {
    n: call.n,
    size,
    aspect_ratio: aspectRatio,
    resolution,
    quality: merged.quality,
    background: merged.background,
    output_format: merged.output_format,
    output_compression: merged.output_compression,
    seed: call.seed,
    input_references: merged.inputImages.length > 0 ? merged.inputImages.map((url) => ({ type: 'image_url', image_url: { url } })) : undefined,
  };
  const rest: Record<string, unknown> = { ...mergeShallow(merged.providerExtraBody, computed, merged.extraBody, { provider }) };
  for (const key of IMAGES_OWNED_FIELDS) delete rest[key];
  return { body: { model: modelId, prompt: merged.prompt, ...rest }, warnings };
}

/** A POST /images reply -> images and usage. Its generation id comes in the X-Generation-Id header. */
export function parseImagesEndpointReply(reply: ImageGenerationResponse, context: ReplyContext): ParsedImageReply {
  const images: Array<{ base64: string; declaredType?: string }> = [];
  for (const entry of reply.data) {
    if (entry?.b64_json != null && entry.b64_json !== '') images.push({ base64: entry.b64_json, declaredType: entry.media_type ?? undefined });
  }
  if (images.length === 0) throw noImageError(context, {});
  const headers = context.responseHeaders ?? {};
  const generationId = headers['x-generation-id'] ?? reply.id ?? undefined;
  return buildImageResult(
    {
      images,
      generationId,
      model: reply.model ?? undefined,
      usage: reply.usage ?? undefined,
      created: reply.created ?? undefined,
    },
    context,
    [],
  );
}
