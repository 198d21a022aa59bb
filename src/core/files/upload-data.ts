import { InvalidArgumentError } from '@ai-sdk/provider';
import { convertBase64ToUint8Array } from '@ai-sdk/provider-utils';
import { joinBytes } from '../util/join-bytes';

/** OpenRouter's limit for one file (openapi.yaml, POST /files: "Maximum file size: 100 MB"). */
export const MAX_UPLOAD_SIZE = 100 * 1024 * 1024;

/** What AI SDK 7's uploadFile hands a files interface: bytes or base64, inline text, or a byte stream. */
export type UploadData = { type: 'data'; data: Uint8Array | string } | { type: 'text'; text: string } | { type: 'stream'; stream: ReadableStream<Uint8Array> };

/**
 * The file's bytes for the multipart body. A stream is read up to OpenRouter's limit and no
 * further: a larger file fails here, before anything is sent, as an empty one does.
 */
export async function uploadBytes(data: UploadData): Promise<Uint8Array> {
  const bytes =
    data.type === 'text'
      ? new TextEncoder().encode(data.text)
      : data.type === 'stream'
        ? await readUpToLimit(data.stream)
        : typeof data.data === 'string'
          ? fromBase64(data.data)
          : data.data;
  if (bytes.byteLength === 0) throw new InvalidArgumentError({ argument: 'data', message: 'The file to upload is empty; OpenRouter rejects empty files.' });
  if (bytes.byteLength > MAX_UPLOAD_SIZE) throw tooLarge(`${bytes.byteLength} bytes`);
  return bytes;
}

/** A string given as file data is base64, as the AI SDK defines it; anything else is said plainly. */
function fromBase64(text: string): Uint8Array {
  try {
    return convertBase64ToUint8Array(text.replace(/\s+/g, ''));
  } catch (cause) {
    throw new InvalidArgumentError({
      argument: 'data',
      message: "The file to upload is a string that is not base64. Pass the file's bytes (a Uint8Array), base64, or { type: 'text', text } for text.",
      cause,
    });
  }
}

async function readUpToLimit(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_UPLOAD_SIZE) {
      await reader.cancel().catch(() => {});
      throw tooLarge('more than that');
    }
    chunks.push(value);
  }
  return joinBytes(chunks, size);
}

function tooLarge(size: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'data',
    message: `The file to upload is larger than OpenRouter's limit of 100 MB (${MAX_UPLOAD_SIZE} bytes): ${size}.`,
  });
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/flac': 'flac',
  'audio/ogg': 'ogg',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'text/csv': 'csv',
  'text/markdown': 'md',
  'text/plain': 'txt',
};

/** A name for a file given none: `file.pdf` for a PDF, so OpenRouter's listing stays readable. */
export function defaultFilename(mediaType: string): string {
  const extension = EXTENSIONS[mediaType.split(';')[0].trim().toLowerCase()];
  return extension ? `file.${extension}` : 'file';
}
