import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { FilePart } from '../../model-io/call-types';
import type { CoreWarning } from '../../model-io/result-types';
import { audioFormat, concreteImageType, toBase64, toUrlOrDataUrl, unwrapFileData } from '../../media';
import type { OpenRouterContentPart } from '../../wire/openrouter-wire-types';
import { openRouterFileId } from '../../files/file-reference';

/**
 * AI SDK 7 hands tagged file data that cannot be unwrapped: inline text (`{type:'text'}`) and
 * provider file references (`{type:'reference'}`). A reference goes out as OpenRouter's file id;
 * one that names only other providers' file stores is an error, as OpenRouter cannot read them.
 */
function convertTaggedFileData(
  part: FilePart,
  data: { type?: unknown; text?: unknown; reference?: unknown },
  warnings: CoreWarning[],
): OpenRouterContentPart | undefined {
  if (data.type === 'text' && typeof data.text === 'string') return { type: 'text', text: data.text };
  if (data.type === 'reference') {
    const fileId = openRouterFileId(data.reference, 'prompt');
    return { type: 'file', file: { file_id: fileId, ...(part.filename ? { filename: part.filename } : {}) } };
  }
  warnings.push({
    type: 'other',
    message: `A ${part.mediaType} file given as "${String(data.type)}" data was not sent: pass its bytes, a URL, or an OpenRouter file reference ({ openrouter: fileId }).`,
  });
  return undefined;
}

export function convertUserFile(part: FilePart, warnings: CoreWarning[]): OpenRouterContentPart | undefined {
  const data = unwrapFileData(part.data);
  if (typeof data === 'object' && !(data instanceof Uint8Array) && !(data instanceof URL)) {
    return convertTaggedFileData(part, data, warnings);
  }
  const mediaType = part.mediaType.toLowerCase();
  if (mediaType.startsWith('image/') || mediaType === 'image') {
    return { type: 'image_url', image_url: { url: toUrlOrDataUrl(data, concreteImageType(mediaType, data)) } };
  }
  if (mediaType === 'application/pdf') {
    const filename = (part.providerOptions?.openrouter as { filename?: unknown } | undefined)?.filename ?? part.filename;
    return {
      type: 'file',
      file: { filename: typeof filename === 'string' ? filename : 'document.pdf', file_data: toUrlOrDataUrl(data, mediaType) },
    };
  }
  if (mediaType.startsWith('audio/')) {
    return { type: 'input_audio', input_audio: { data: toBase64(data, 'Audio input'), format: audioFormat(mediaType) } };
  }
  if (mediaType.startsWith('video/')) {
    return { type: 'video_url', video_url: { url: toUrlOrDataUrl(data, mediaType) } };
  }
  throw new UnsupportedFunctionalityError({
    functionality: `file input of type ${part.mediaType}`,
    message: `Files of type "${part.mediaType}" cannot be sent through OpenRouter's chat API. Supported: images (image/*), PDFs (application/pdf), audio (audio/*) and video (video/*).`,
  });
}
