import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { providerPreferences } from '../options/provider-preferences-schema';
import { lazy } from '../util/lazy';
import { ownDataCopy } from '../util/merge-options';

/**
 * Options of image models: set on the model (`router.imageModel(id, settings)`) or per call in
 * `providerOptions.openrouter`. OpenRouter request fields keep their wire names; the provider's
 * own options are camelCase. A call option wins over the model setting of the same name.
 */
const imageOptionsShape = () => ({
  /** Chat endpoint: `["image","text"]` or `["image"]`; the default follows the model family. */
  modalities: z
    .array(z.enum(['image', 'text']))
    .min(1)
    .refine((modalities) => modalities.includes('image'), { message: 'must include "image"' })
    .optional(),
  /** Chat endpoint: passed through (e.g. `{ image_size: "2K" }`); wins over hints derived from aspectRatio/size. */
  image_config: z.record(z.string(), z.unknown()).optional(),
  provider: providerPreferences().optional(),
  /** Chat endpoint: fallback models. */
  models: z.array(z.string().min(1)).optional(),
  /** Chat endpoint: end-user id. */
  user: z.string().optional(),
  /** POST /images fields. */
  quality: z.enum(['auto', 'low', 'medium', 'high']).optional(),
  background: z.enum(['auto', 'transparent', 'opaque']).optional(),
  output_format: z.enum(['png', 'jpeg', 'webp', 'svg']).optional(),
  output_compression: z.number().int().min(0).max(100).optional(),
  resolution: z.enum(['512', '1K', '2K', '4K']).optional(),
  /** Raw top-level body fields, sent last (above the provider's extraBody, which every option beats); the request's own fields (model, prompt, messages) still win. */
  extraBody: z.record(z.string(), z.unknown()).optional(),
});

export const imageModelSettingsSchema = lazy(() =>
  z.strictObject({
    ...imageOptionsShape(),
    /**
     * `chat` (POST /chat/completions) or `images` (POST /images). Default: `images` for
     * openai/gpt-image-* and openai/dall-e-*, `chat` for every other model.
     */
    endpoint: z.enum(['chat', 'images']).optional(),
    /** Images one request may ask for; default 1 on chat, 10 for OpenAI on /images, else 1. */
    maxImagesPerCall: z.number().int().min(1).max(10).optional(),
  }),
);

export const imageCallOptionsSchema = lazy(() =>
  z.object({
    ...imageOptionsShape(),
    /**
     * Images to edit or to use as references, for AI SDK 5 (AI SDK 6 and 7 pass them as the
     * prompt's `images`): URLs, data URLs or bare base64.
     */
    inputImages: z.array(z.string().min(1)).optional(),
  }),
);

export type OpenClawRouterImageSettings = z.infer<ReturnType<typeof imageModelSettingsSchema>>;
export type OpenClawRouterImageCallOptions = z.infer<ReturnType<typeof imageCallOptionsSchema>>;

function invalid(argument: string, error: z.ZodError): InvalidArgumentError {
  const issue = error.issues[0];
  const path = [argument, ...issue.path.map(String)].join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `Invalid ${argument}: unknown option(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}. Known: ${Object.keys(imageModelSettingsSchema().shape).join(', ')}.`
      : `Invalid ${path}: ${issue.message}.`;
  return new InvalidArgumentError({ argument: path, message, cause: error });
}

/** Model settings: an unknown key is a mistake in code, so it fails at once. */
export function parseImageModelSettings(value: unknown): OpenClawRouterImageSettings {
  if (value == null) return {};
  const result = imageModelSettingsSchema().safeParse(ownDataCopy(value, 'imageModel settings'));
  if (!result.success) throw invalid('imageModel settings', result.error);
  return result.data;
}

const MODEL_ONLY_KEYS = ['endpoint', 'maxImagesPerCall'] as const;

export interface ParsedImageCallOptions {
  options: OpenClawRouterImageCallOptions;
  /** Keys that are not image options: not sent, and reported as warnings. */
  unknownKeys: string[];
}

/**
 * Call options. The same `providerOptions` object is often shared with text calls, so keys that
 * mean nothing to an image request are reported (as warnings) rather than rejected; a known key
 * with a wrong value still fails.
 */
export function parseImageCallOptions(value: unknown): ParsedImageCallOptions {
  if (value == null) return { options: {}, unknownKeys: [] };
  const record = value as Record<string, unknown>;
  for (const key of MODEL_ONLY_KEYS) {
    if (record[key] !== undefined) {
      throw new InvalidArgumentError({
        argument: `providerOptions.openrouter.${key}`,
        message: `providerOptions.openrouter.${key} is a model setting: pass it as router.imageModel(id, { ${key}: ... }).`,
      });
    }
  }
  const result = imageCallOptionsSchema().safeParse(ownDataCopy(value, 'providerOptions.openrouter'));
  if (!result.success) throw invalid('providerOptions.openrouter', result.error);
  const unknownKeys = Object.keys(record).filter((key) => !(key in imageCallOptionsSchema().shape) && record[key] !== undefined);
  return { options: result.data, unknownKeys };
}
