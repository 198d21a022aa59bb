import type { CoreWarning } from '../model-io/result-types';
import { toUrlOrDataUrl } from '../media';
import { sniffImageMediaType } from './image-media-type';

/** An input image as AI SDK 6 and 7 hand it to a V2 model (their ImageModelV3/V4 file shape). */
export type ImageInputFile =
  | { type: 'file'; mediaType: string; data: string | Uint8Array; providerOptions?: unknown }
  | { type: 'url'; url: string; providerOptions?: unknown };

const URL_OR_DATA_URL = /^(https?:|data:)/i;

/** A bare base64 image from `providerOptions.openrouter.inputImages`, as a data URL of its sniffed type. */
function optionImageToUrl(value: string): string {
  if (URL_OR_DATA_URL.test(value)) return value;
  return `data:${sniffImageMediaType(value) ?? 'image/png'};base64,${value}`;
}

function fileToUrl(file: ImageInputFile): string {
  if (file.type === 'url') return file.url;
  const mediaType = file.mediaType && file.mediaType !== 'image/*' ? file.mediaType : (sniffImageMediaType(file.data) ?? 'image/png');
  return toUrlOrDataUrl(file.data, mediaType);
}

export interface InputImages {
  /** URLs or data URLs, in the order given: the AI SDK's `files` first, then `inputImages`. */
  urls: string[];
  warnings: CoreWarning[];
}

/**
 * The images to edit: AI SDK 6/7 `files` and the AI SDK 5 route, `providerOptions.openrouter.inputImages`.
 * OpenRouter's image APIs have no mask, so a mask becomes a warning instead of being dropped unseen.
 */
export function collectInputImages(files: ImageInputFile[] | undefined, optionImages: string[] | undefined, mask: ImageInputFile | undefined): InputImages {
  const urls = [...(files ?? []).map(fileToUrl), ...(optionImages ?? []).map(optionImageToUrl)];
  const warnings: CoreWarning[] = [];
  if (mask != null) {
    warnings.push({
      type: 'other',
      message: 'The mask was not sent: OpenRouter image models take no mask. Describe the area to change in the prompt instead.',
    });
  }
  return { urls, warnings };
}
