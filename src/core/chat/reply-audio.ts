import { convertBase64ToUint8Array, convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { FileContent } from '../model-io/result-types';
import { wrapPcmInWav } from '../speech/wav-container';

/** A spoken reply as OpenRouter sends it (`message.audio`, or the pieces of `delta.audio`). */
export interface ReplyAudio {
  id?: string;
  data?: string;
  transcript?: string;
  expires_at?: number;
}

/** Media types of the formats a caller can ask for with `audio.format`. */
const MEDIA_TYPES: Record<string, string> = {
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
  flac: 'audio/flac',
  opus: 'audio/ogg',
  aac: 'audio/aac',
};

/** Chat audio in `pcm16` is 24 kHz mono, as OpenAI-style voices produce it. */
const PCM16_LAYOUT = { sampleRate: 24_000, channels: 1 };

/** The `audio.format` a request asked for, read from the body sent. */
export function requestedAudioFormat(body: unknown): string | undefined {
  const audio = (body as { audio?: { format?: unknown } } | null)?.audio;
  return typeof audio?.format === 'string' ? audio.format : undefined;
}

/** The `audio` of a reply message, narrowed from the wire; undefined when it is not an object. */
export function readReplyAudio(value: unknown): ReplyAudio | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const out: ReplyAudio = {};
  if (typeof record.id === 'string') out.id = record.id;
  if (typeof record.data === 'string') out.data = record.data;
  if (typeof record.transcript === 'string') out.transcript = record.transcript;
  if (typeof record.expires_at === 'number') out.expires_at = record.expires_at;
  return out;
}

/**
 * Base64 audio -> a file part: raw PCM (asked for as `pcm16`, or bytes no container signature
 * names) is wrapped as WAV, so every player opens it; other formats keep their bytes.
 */
export function audioFilePart(base64: string, format: string | undefined): FileContent | undefined {
  if (base64 === '') return undefined;
  const known = format !== undefined ? MEDIA_TYPES[format] : undefined;
  if (known) return { type: 'file', mediaType: known, data: base64 };
  const sniffed = format === 'pcm16' ? undefined : sniffContainer(base64);
  if (sniffed) return { type: 'file', mediaType: sniffed, data: base64 };
  const wav = wrapPcmInWav(convertBase64ToUint8Array(base64), PCM16_LAYOUT);
  return { type: 'file', mediaType: 'audio/wav', data: convertUint8ArrayToBase64(wav) };
}

/** Container signatures in the first bytes, for replies whose request named no format. */
function sniffContainer(base64: string): string | undefined {
  const head = convertBase64ToUint8Array(base64.slice(0, 16));
  const ascii = String.fromCharCode(...head.subarray(0, 4));
  if (ascii === 'RIFF') return 'audio/wav';
  if (ascii === 'fLaC') return 'audio/flac';
  if (ascii === 'OggS') return 'audio/ogg';
  if (ascii.startsWith('ID3') || (head[0] === 0xff && (head[1] & 0xe0) === 0xe0)) return 'audio/mpeg';
  return undefined;
}
