import { InvalidArgumentError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { convertToBase64 } from '@ai-sdk/provider-utils';

import type { FileData, TaggedFileData } from './model-io/call-types';

type DataContent = Uint8Array | string | URL;

/**
 * V4 tags file data; bytes and URLs are unwrapped here so every spec's files take one path.
 * Inline text and file references stay tagged: only some parts can take them.
 */
export function unwrapFileData(data: FileData): DataContent | Extract<TaggedFileData, { type: 'text' | 'reference' }> {
  if (typeof data === 'string' || data instanceof Uint8Array || data instanceof URL) return data;
  if (data.type === 'data') return data.data;
  if (data.type === 'url') return data.url;
  return data;
}

const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Inline file data as base64. Empty data and strings that cannot be base64 (the AI SDK passes
 * any string that is not a URL through as base64) fail here, naming the file, instead of
 * reaching the model as a broken data URL. Line breaks in wrapped base64 are dropped.
 */
export function inlineBase64(data: Uint8Array | string, label: string): string {
  if (typeof data !== 'string') {
    if (data.length === 0) throw emptyFile(label);
    return convertToBase64(data);
  }
  const compact = /\s/.test(data) ? data.replace(/\s+/g, '') : data;
  if (compact === '') throw emptyFile(label);
  if (!BASE64.test(compact) || compact.length % 4 === 1) {
    const shown = data.length > 40 ? `${data.slice(0, 40)}...` : data;
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `The ${label} file part has data that is neither a URL nor base64 (${JSON.stringify(shown)}). Pass the file's bytes (a Uint8Array), a base64 string, a data: URL or an https URL.`,
    });
  }
  return compact;
}

function emptyFile(label: string): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'prompt',
    message: `The ${label} file part is empty (0 bytes). Pass the file's content, or leave the part out.`,
  });
}

/** A URL OpenRouter can fetch itself, or a data URL built from inline bytes/base64. */
export function toUrlOrDataUrl(data: DataContent, mediaType: string): string {
  if (data instanceof URL) return data.href;
  if (typeof data === 'string' && /^(https?:|data:)/i.test(data)) return data;
  return `data:${mediaType};base64,${inlineBase64(data, mediaType)}`;
}

export function toBase64(data: DataContent, what: string): string {
  if (data instanceof URL) {
    if (data.protocol === 'data:') return data.href.slice(data.href.indexOf(',') + 1);
    throw new UnsupportedFunctionalityError({
      functionality: `${what} given as a URL (${data.protocol}//...)`,
      message: `${what} must be sent inline: pass the bytes or base64 data instead of a URL.`,
    });
  }
  if (typeof data === 'string' && data.startsWith('data:')) return data.slice(data.indexOf(',') + 1);
  return inlineBase64(data, what.toLowerCase());
}

const AUDIO_FORMATS: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/aiff': 'aiff',
  'audio/x-aiff': 'aiff',
  'audio/aac': 'aac',
  'audio/ogg': 'ogg',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/webm': 'webm',
  'audio/pcm': 'pcm16',
  'audio/l16': 'pcm16',
};

export function audioFormat(mediaType: string): string {
  const format = AUDIO_FORMATS[mediaType.toLowerCase().split(';')[0].trim()];
  if (!format) {
    throw new UnsupportedFunctionalityError({
      functionality: `audio input of type ${mediaType}`,
      message: `Audio of type "${mediaType}" cannot be sent to OpenRouter. Use one of: ${[...new Set(Object.values(AUDIO_FORMATS))].join(', ')} (for example audio/wav or audio/mpeg).`,
    });
  }
  return format;
}

const IMAGE_SIGNATURES: Array<[string, number[]]> = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46]],
];

/** Resolves wildcard image types (`image/*`) from the bytes when they are at hand. */
export function concreteImageType(mediaType: string, data: DataContent): string {
  if (mediaType !== 'image/*' && mediaType !== 'image') return mediaType;
  let bytes: Uint8Array | undefined;
  if (data instanceof Uint8Array) bytes = data;
  else if (typeof data === 'string' && !/^(https?:|data:)/i.test(data)) {
    const head = atob(inlineBase64(data, mediaType).slice(0, 16).replace(/-/g, '+').replace(/_/g, '/'));
    bytes = Uint8Array.from(head, (c) => c.charCodeAt(0));
  }
  if (bytes) {
    for (const [type, signature] of IMAGE_SIGNATURES) {
      if (signature.every((byte, i) => bytes![i] === byte)) return type;
    }
  }
  return 'image/jpeg';
}

/** `data:image/png;base64,AAAA` -> { mediaType, base64 }; undefined for other URLs. */
export function parseDataUrl(url: string): { mediaType: string; base64: string } | undefined {
  const match = /^data:([^;,]+)?(?:;[^,]*)?;base64,/i.exec(url);
  if (!match) return undefined;
  // Media types are case-insensitive: `IMAGE/PNG` is image/png.
  return { mediaType: (match[1] ?? 'application/octet-stream').toLowerCase(), base64: url.slice(match[0].length) };
}
