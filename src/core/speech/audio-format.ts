import { InvalidArgumentError } from '@ai-sdk/provider';

/** What POST /audio/speech can answer with: MP3, or raw 16-bit little-endian PCM. */
export type SpeechWireFormat = 'mp3' | 'pcm';

/** What a caller may ask for: the two wire formats, or `wav`, which is PCM in a WAV container. */
export const SPEECH_OUTPUT_FORMATS = ['wav', 'mp3', 'pcm'] as const;
export type SpeechOutputFormat = (typeof SPEECH_OUTPUT_FORMATS)[number];

/**
 * `wav` is the default: raw PCM (OpenRouter's own default) cannot be told apart by its bytes, so
 * the AI SDK would label it audio/mp3 and no player would open it; in a WAV container every
 * player does, at no loss.
 */
export const DEFAULT_SPEECH_OUTPUT_FORMAT: SpeechOutputFormat = 'wav';

/** The caller's `outputFormat`, checked before anything is sent. */
export function resolveSpeechOutputFormat(outputFormat: string | undefined): { requested: SpeechOutputFormat; wire: SpeechWireFormat } {
  const requested = (outputFormat ?? DEFAULT_SPEECH_OUTPUT_FORMAT).trim().toLowerCase();
  const known = requested === 'mpeg' ? 'mp3' : requested;
  if (!(SPEECH_OUTPUT_FORMATS as readonly string[]).includes(known)) {
    throw new InvalidArgumentError({
      argument: 'outputFormat',
      message: `outputFormat "${outputFormat}" is not a format OpenRouter's /audio/speech produces. Use "wav" (the default: PCM in a WAV container), "mp3", or "pcm" (raw 16-bit little-endian samples).`,
    });
  }
  const format = known as SpeechOutputFormat;
  return { requested: format, wire: format === 'wav' ? 'pcm' : format };
}
