import { InvalidArgumentError } from '@ai-sdk/provider';

/** Media types -> the `input_audio.format` names OpenRouter's /audio/transcriptions documents. */
const FORMAT_BY_MEDIA_TYPE: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/vnd.wave': 'wav',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mpeg3': 'mp3',
  'audio/flac': 'flac',
  'audio/x-flac': 'flac',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'audio/aac': 'aac',
  'audio/x-aac': 'aac',
};

export const TRANSCRIPTION_INPUT_FORMATS = ['wav', 'mp3', 'flac', 'm4a', 'ogg', 'webm', 'aac'] as const;

/** The format name of the input audio, or a clear error before anything is sent. */
export function inputAudioFormat(mediaType: string): string {
  const type = (mediaType ?? '').split(';')[0].trim().toLowerCase();
  const format = FORMAT_BY_MEDIA_TYPE[type];
  if (format === undefined) {
    throw new InvalidArgumentError({
      argument: 'mediaType',
      message: `Audio of media type "${mediaType}" cannot be transcribed through OpenRouter, whose /audio/transcriptions takes ${TRANSCRIPTION_INPUT_FORMATS.join(', ')}. Convert the audio to one of these (e.g. audio/wav or audio/mpeg).`,
    });
  }
  return format;
}
