import {
  UnsupportedFunctionalityError,
  type LanguageModelV2CallWarning,
  type SharedV2ProviderOptions,
} from '@ai-sdk/provider';
import { audioFormat, concreteImageType, toBase64, toUrlOrDataUrl } from '../media';
import type { OpenRouterContentPart } from '../openrouter-wire-types';

export type FilePart = {
  type: 'file';
  data: Uint8Array | string | URL;
  mediaType: string;
  filename?: string;
  providerOptions?: SharedV2ProviderOptions;
};

/**
 * AI SDK 7 hands V2 models tagged file data it cannot unwrap: inline text
 * (`{type:'text'}`) and provider file references (`{type:'reference'}`).
 */
function convertTaggedFileData(
  part: FilePart,
  data: { type?: unknown; text?: unknown; reference?: unknown },
  warnings: LanguageModelV2CallWarning[],
): OpenRouterContentPart | undefined {
  if (data.type === 'text' && typeof data.text === 'string') return { type: 'text', text: data.text };
  const fileId = (data.reference as Record<string, unknown> | undefined)?.openrouter;
  if (data.type === 'reference' && typeof fileId === 'string') {
    return { type: 'file', file: { file_id: fileId, ...(part.filename ? { filename: part.filename } : {}) } };
  }
  warnings.push({
    type: 'other',
    message: `A ${part.mediaType} file given as ${data.type === 'reference' ? 'a reference to another provider\'s file store' : `"${String(data.type)}" data`} was not sent: pass its bytes, a URL, or an OpenRouter file reference ({ openrouter: fileId }).`,
  });
  return undefined;
}

export function convertUserFile(part: FilePart, warnings: LanguageModelV2CallWarning[]): OpenRouterContentPart | undefined {
  const tagged = part.data as unknown;
  if (typeof tagged === 'object' && tagged !== null && !(tagged instanceof Uint8Array) && !(tagged instanceof URL)) {
    return convertTaggedFileData(part, tagged, warnings);
  }
  const mediaType = part.mediaType.toLowerCase();
  if (mediaType.startsWith('image/') || mediaType === 'image') {
    return { type: 'image_url', image_url: { url: toUrlOrDataUrl(part.data, concreteImageType(mediaType, part.data)) } };
  }
  if (mediaType === 'application/pdf') {
    const filename = (part.providerOptions?.openrouter as { filename?: unknown } | undefined)?.filename ?? part.filename;
    return {
      type: 'file',
      file: { filename: typeof filename === 'string' ? filename : 'document.pdf', file_data: toUrlOrDataUrl(part.data, mediaType) },
    };
  }
  if (mediaType.startsWith('audio/')) {
    return { type: 'input_audio', input_audio: { data: toBase64(part.data, 'Audio input'), format: audioFormat(mediaType) } };
  }
  if (mediaType.startsWith('video/')) {
    return { type: 'video_url', video_url: { url: toUrlOrDataUrl(part.data, mediaType) } };
  }
  throw new UnsupportedFunctionalityError({
    functionality: `file input of type ${part.mediaType}`,
    message: `Files of type "${part.mediaType}" cannot be sent through OpenRouter's chat API. Supported: images (image/*), PDFs (application/pdf), audio (audio/*) and video (video/*).`,
  });
}
