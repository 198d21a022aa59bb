import type { STTResponse } from '../core/wire/transcription';
import { decodeSpeechPcm, readSpeechMp3, readWav, SECONDS_PER_BYTE } from './audio-samples';
import type { EmulatorIds } from './ids';
import { isObject, objectAt } from './json';
import type { JsonReply } from './types';

const PRICE_PER_SECOND = 0.0001;

/**
 * POST /audio/transcriptions: speech made by the emulator (tones in WAV, or its MP3) is transcribed
 * back to its text; any other audio gets a transcript naming its format and length. `verbose_json`
 * adds the language, the duration and timed segments, and with `word` granularity timed words.
 */
export function defaultTranscriptionReply(request: unknown, ids: EmulatorIds): JsonReply {
  const body = isObject(request) ? request : {};
  const input = objectAt(body, 'input_audio');
  const format = typeof input?.format === 'string' ? input.format : 'unknown';
  const audio = Buffer.from(typeof input?.data === 'string' ? input.data : '', 'base64');
  const heard = listen(format, audio);
  const seconds = Math.round(heard.seconds * 1000) / 1000;
  const reply: STTResponse = {
    text: heard.text,
    usage: { seconds, cost: Math.round(seconds * PRICE_PER_SECOND * 1e9) / 1e9 },
  };
  if (body.response_format === 'verbose_json') {
    const granularities: unknown[] = Array.isArray(body.timestamp_granularities) ? body.timestamp_granularities : ['segment'];
    reply.task = 'transcribe';
    reply.language = typeof body.language === 'string' ? body.language : 'english';
    reply.duration = seconds;
    if (granularities.includes('segment')) reply.segments = [{ id: 0, start: 0, end: seconds, text: heard.text }];
    if (granularities.includes('word')) reply.words = heard.words;
  }
  return { type: 'json', headers: { 'x-generation-id': ids.nextGenerationId() }, body: reply };
}

interface Heard {
  text: string;
  seconds: number;
  words: Array<{ word: string; start: number; end: number }>;
}

function listen(format: string, audio: Buffer): Heard {
  if (format === 'wav') {
    const wav = readWav(audio);
    const spoken = wav && wav.channels === 1 ? decodeSpeechPcm(wav.pcm) : undefined;
    if (spoken !== undefined) return { text: spoken, seconds: Buffer.byteLength(spoken) * SECONDS_PER_BYTE, words: timedWords(spoken) };
    if (wav) return described(format, wav.pcm.length / (2 * wav.channels * wav.sampleRate));
  }
  if (format === 'mp3') {
    const mp3 = readSpeechMp3(audio);
    if (mp3?.text !== undefined) return { text: mp3.text, seconds: mp3.seconds, words: timedWords(mp3.text) };
  }
  return described(format, 0);
}

function described(format: string, seconds: number): Heard {
  const text = `Emulator transcript of ${seconds > 0 ? `${Math.round(seconds * 100) / 100} s of ` : ''}${format} audio.`;
  return { text, seconds, words: timedWords(text) };
}

/** Each word timed by where its bytes are in the tones (40 ms a byte). */
function timedWords(text: string): Heard['words'] {
  const words: Heard['words'] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = Buffer.byteLength(text.slice(0, match.index), 'utf8') * SECONDS_PER_BYTE;
    const end = start + Buffer.byteLength(match[0], 'utf8') * SECONDS_PER_BYTE;
    words.push({ word: match[0], start: Math.round(start * 1000) / 1000, end: Math.round(end * 1000) / 1000 });
  }
  return words;
}
