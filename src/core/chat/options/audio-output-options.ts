import { z } from 'zod/v4';

/** What a chat reply may consist of (`modalities` of OpenRouter's ChatRequest). */
export const CHAT_MODALITIES = ['text', 'image', 'audio'] as const;

/** Audio formats a spoken chat reply can come in; which ones a model offers varies. */
export const CHAT_AUDIO_FORMATS = ['wav', 'mp3', 'flac', 'opus', 'aac', 'pcm16'] as const;
export type ChatAudioFormat = (typeof CHAT_AUDIO_FORMATS)[number];

export function chatModalitiesSchema() {
  return z.array(z.enum(CHAT_MODALITIES, { error: (issue) => `${JSON.stringify(issue.input)} is not an output modality. Use text, image or audio` })).min(1);
}

/** `audio: { voice, format }`, the voice and container of a spoken reply (with `modalities: ['text', 'audio']`). */
export function chatAudioOutputSchema() {
  return z.strictObject({
    /** A voice the model offers, e.g. `alloy`. */
    voice: z.string().min(1).optional(),
    format: z
      .enum(CHAT_AUDIO_FORMATS, {
        error: (issue) => `${JSON.stringify(issue.input)} is not an audio format. Use one of: ${CHAT_AUDIO_FORMATS.join(', ')} (pcm16 comes back wrapped as WAV)`,
      })
      .optional(),
  });
}
