import { encodeSpeechMp3, encodeSpeechPcm, sampleSpeechWav } from './audio-samples';
import { errorEnvelope } from './builders';
import { isObject } from './request-text';
import type { JsonReply } from './types';

type Json = Record<string, unknown>;

/** A spoken answer: the transcript, and its audio as base64 in the requested format. */
export interface SpokenAnswer {
  transcript: string;
  base64: string;
}

/** The formats the emulator's voice speaks; a request for another gets OpenRouter's 400. */
const ENCODERS: Record<string, (text: string) => Buffer> = {
  wav: sampleSpeechWav,
  mp3: encodeSpeechMp3,
  pcm16: encodeSpeechPcm,
};

export function wantsAudio(body: Json): boolean {
  return Array.isArray(body.modalities) && body.modalities.includes('audio');
}

/** The audio of `text` in the request's `audio.format` (default wav), or the error a real upstream gives. */
export function speak(body: Json, text: string): SpokenAnswer | JsonReply {
  const format = isObject(body.audio) && typeof body.audio.format === 'string' ? body.audio.format : 'wav';
  const encode = ENCODERS[format];
  if (!encode) {
    return {
      type: 'json',
      status: 400,
      body: errorEnvelope(400, `Audio format "${format}" is not supported by this model. Use one of: ${Object.keys(ENCODERS).join(', ')}.`),
    };
  }
  return { transcript: text, base64: encode(text).toString('base64') };
}

/** base64 cut into `parts` pieces on 4-character boundaries, so each piece is valid base64 on its own. */
export function base64Pieces(base64: string, parts: number): string[] {
  const size = Math.max(4, Math.ceil(base64.length / parts / 4) * 4);
  const pieces: string[] = [];
  for (let start = 0; start < base64.length; start += size) pieces.push(base64.slice(start, start + size));
  return pieces;
}
