import { InvalidArgumentError } from '@ai-sdk/provider';
import type { ProviderOptions } from '../model-io/call-types';
import type { CoreWarning } from '../model-io/result-types';
import { resolveRouting, type RoutingLayer } from '../routing';
import { cleanObject, mergeShallow } from '../util/merge-options';
import { chatImageConfigHints } from './image-hints';
import { defaultModalities, type ImageModality } from './image-model-family';
import type { OpenClawRouterImageCallOptions, OpenClawRouterImageSettings, ParsedImageCallOptions } from './image-options';
import { collectInputImages, type ImageInputFile } from './input-images';

/** An image call as every spec passes it; V3/V4 (and AI SDK 6/7 on V2 models) add `files` and `mask` for edits. */
export interface ImageCallOptions {
  prompt: string | undefined;
  n: number;
  size: `${number}x${number}` | undefined;
  aspectRatio: `${number}:${number}` | undefined;
  seed: number | undefined;
  files?: ImageInputFile[];
  mask?: ImageInputFile;
  providerOptions: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface ImageRequestInput {
  modelId: string;
  call: ImageCallOptions;
  /** Options set when the model was created. */
  settings: OpenClawRouterImageSettings;
  /** `providerOptions.openrouter`, parsed. */
  callOptions: ParsedImageCallOptions;
  /** Provider-level routing (`provider`, `models` of the provider settings). */
  providerRouting?: RoutingLayer;
  /** The provider's `extraBody` setting. */
  providerExtraBody?: Record<string, unknown>;
}

export interface BuiltImageRequest {
  body: Record<string, unknown>;
  warnings: CoreWarning[];
}

/** Options of model and call merged, the call winning; image_config and extraBody are merged separately. */
export interface MergedImageOptions {
  modalities?: ImageModality[];
  user?: string;
  quality?: string;
  background?: string;
  output_format?: string;
  output_compression?: number;
  resolution?: string;
  routing: RoutingLayer;
  modelImageConfig: Record<string, unknown>;
  callImageConfig: Record<string, unknown>;
  /** The provider's extraBody: the lowest layer, under every option. */
  providerExtraBody: Record<string, unknown>;
  /** The model's and the call's extraBody: sent last. */
  extraBody: Record<string, unknown>;
  inputImages: string[];
  prompt: string;
  warnings: CoreWarning[];
}

const SCALAR_OPTIONS = ['modalities', 'user', 'quality', 'background', 'output_format', 'output_compression', 'resolution'] as const;

function scalarOptions(options: OpenClawRouterImageSettings | OpenClawRouterImageCallOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of SCALAR_OPTIONS) out[key] = options[key];
  return out;
}

/** Shared by both endpoints: merges the layers and gathers the prompt and input images. */
export function mergeImageOptions(input: ImageRequestInput): MergedImageOptions {
  const { call, settings } = input;
  const { options: callOptions, unknownKeys } = input.callOptions;
  const warnings: CoreWarning[] = unknownKeys.map((key) => ({
    type: 'other',
    message: `providerOptions.openrouter.${key} is not an image option and was not sent. Put raw body fields in providerOptions.openrouter.extraBody.`,
  }));
  const images = collectInputImages(call.files, callOptions.inputImages, call.mask);
  warnings.push(...images.warnings);
  const prompt = typeof call.prompt === 'string' ? call.prompt : '';
  const scalars = mergeShallow(scalarOptions(settings), scalarOptions(callOptions)) ?? {};
  return {
    ...(scalars as Partial<MergedImageOptions>),
    routing: resolveRouting({
      providerSettings: input.providerRouting,
      providerExtraBody: input.providerExtraBody,
      modelSettings: settings,
      callOptions,
    }),
    modelImageConfig: cleanObject(settings.image_config),
    callImageConfig: cleanObject(callOptions.image_config),
    providerExtraBody: cleanObject(input.providerExtraBody),
    extraBody: mergeShallow(settings.extraBody, callOptions.extraBody) ?? {},
    inputImages: images.urls,
    prompt,
    warnings,
  };
}

/** The caller's explicit image_config wins over a derived hint; a hint that gives way is reported. */
function overriddenHintWarnings(hints: Record<string, unknown>, explicit: Record<string, unknown>): CoreWarning[] {
  const warnings: CoreWarning[] = [];
  for (const [key, value] of Object.entries(hints)) {
    if (key in explicit && explicit[key] !== value) {
      warnings.push({
        type: 'other',
        message: `image_config.${key} "${String(value)}" derived from the call's aspectRatio/size was replaced by providerOptions.openrouter.image_config.${key} "${String(explicit[key])}".`,
      });
    }
  }
  return warnings;
}

/** Fields the request owns: an extraBody value for them would replace the prompt or break the reply parsing. */
const CHAT_OWNED_FIELDS = ['model', 'messages', 'stream', 'stream_options'];

const IMAGE_SIZE_FOR_RESOLUTION: Record<string, string> = { '512': '0.5K', '1K': '1K', '2K': '2K', '4K': '4K' };

function notSentOnChat(key: string, value: unknown): CoreWarning {
  return {
    type: 'other',
    message: `${key} ${JSON.stringify(value)} was not sent: it is a field of OpenRouter's /images endpoint, which this model does not use (set { endpoint: "images" } on the model to use it).`,
  };
}

/**
 * Call options -> OpenRouter chat-completions image request. Pure. The prompt is one user
 * message: its text, then the input images as `image_url` parts. Precedence, later wins: the
 * provider's extraBody; model image_config, hints from the call's aspectRatio/size, the call's
 * image_config; the model's and the call's extraBody. The request's own fields (model, messages)
 * always win.
 */
export function buildChatImageRequest(input: ImageRequestInput): BuiltImageRequest {
  const { modelId, call } = input;
  const merged = mergeImageOptions(input);
  const warnings = [...merged.warnings];

  if (merged.prompt === '' && merged.inputImages.length === 0) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `An image request to ${modelId} needs a prompt or input images; both are empty.`,
    });
  }

  const hints = chatImageConfigHints(modelId, call.aspectRatio, call.size);
  warnings.push(...hints.warnings, ...overriddenHintWarnings(hints.config, merged.callImageConfig));
  const resolutionHint: Record<string, unknown> = {};
  if (merged.resolution !== undefined) resolutionHint.image_size = IMAGE_SIZE_FOR_RESOLUTION[merged.resolution];
  const imageConfig = mergeShallow<Record<string, unknown>>(merged.modelImageConfig, resolutionHint, hints.config, merged.callImageConfig);

  for (const key of ['quality', 'background', 'output_format', 'output_compression'] as const) {
    if (merged[key] !== undefined) warnings.push(notSentOnChat(key, merged[key]));
  }
  if (call.n > 1) {
    warnings.push({
      type: 'other',
      message: `n=${call.n} cannot be asked of a chat completion: it returns the images the model draws in one reply. Leave maxImagesPerCall at 1 so the AI SDK sends one request per image.`,
    });
  }

  const content =
    merged.inputImages.length === 0
      ? merged.prompt
      : [...(merged.prompt !== '' ? [{ type: 'text', text: merged.prompt }] : []), ...merged.inputImages.map((url) => ({ type: 'image_url', image_url: { url } }))];

  const computed: Record<string, unknown> = {
    modalities: merged.modalities ?? defaultModalities(modelId),
    image_config: imageConfig && Object.keys(imageConfig).length > 0 ? imageConfig : undefined,
    seed: call.seed,
    user: merged.user,
  };
  const rest: Record<string, unknown> = {
    ...mergeShallow(merged.providerExtraBody, computed, merged.extraBody, { provider: merged.routing.provider, models: merged.routing.models }),
  };
  for (const key of CHAT_OWNED_FIELDS) delete rest[key];
  return { body: { model: modelId, messages: [{ role: 'user', content }], ...rest }, warnings };
}
