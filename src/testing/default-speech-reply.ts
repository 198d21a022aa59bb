import { encodeSpeechMp3, encodeSpeechPcm, SPEECH_PCM_CONTENT_TYPE } from './audio-samples';
import type { EmulatorIds } from './ids';
import type { RawReply } from './types';

/**
 * POST /audio/speech: the input spoken as tones, raw 16-bit PCM (OpenRouter's default,
 * `audio/pcm;rate=24000;channels=1`) or MP3 as `response_format` asks, with the generation id
 * in X-Generation-Id as OpenRouter sends it.
 */
export function defaultSpeechReply(request: unknown, ids: EmulatorIds): RawReply {
  const body = typeof request === 'object' && request !== null ? (request as Record<string, unknown>) : {};
  const text = typeof body.input === 'string' ? body.input : '';
  const mp3 = body.response_format === 'mp3';
  return {
    type: 'raw',
    headers: { 'x-generation-id': ids.nextGenerationId() },
    contentType: mp3 ? 'audio/mpeg' : SPEECH_PCM_CONTENT_TYPE,
    body: mp3 ? encodeSpeechMp3(text) : encodeSpeechPcm(text),
  };
}
