/**
 * Real audio for the emulator's speech and transcription endpoints. Speech is text played as
 * tones: each UTF-8 byte is two 20 ms tones (one per nibble, 200-1700 Hz), 16-bit mono PCM at
 * 24 kHz, as OpenRouter sends PCM. The transcription endpoint decodes those tones back, so a
 * speech -> transcription round trip returns the original text, and any other audio gets a
 * transcript derived from its length.
 */

export const SPEECH_SAMPLE_RATE = 24_000;
export const SPEECH_PCM_CONTENT_TYPE = `audio/pcm;rate=${SPEECH_SAMPLE_RATE};channels=1`;

const SYMBOL_SAMPLES = 480;
/** Seconds of audio per byte of text: two symbols. */
export const SECONDS_PER_BYTE = (2 * SYMBOL_SAMPLES) / SPEECH_SAMPLE_RATE;
const AMPLITUDE = 6000;
/** A phase that keeps every sample off zero, so counting sign changes counts cycles exactly. */
const PHASE = Math.PI / 7;

/** Full cycles of a symbol's tone in its 480 samples: 4, 6, ... 34. */
const cyclesOf = (nibble: number) => 4 + 2 * nibble;

/** `text` as tones: 16-bit little-endian mono PCM at 24 kHz. */
export function encodeSpeechPcm(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const pcm = Buffer.alloc(bytes.length * 2 * SYMBOL_SAMPLES * 2);
  let offset = 0;
  for (const byte of bytes) {
    for (const nibble of [byte >> 4, byte & 0x0f]) {
      const cycles = cyclesOf(nibble);
      for (let n = 0; n < SYMBOL_SAMPLES; n++) {
        pcm.writeInt16LE(Math.round(AMPLITUDE * Math.sin((2 * Math.PI * cycles * n) / SYMBOL_SAMPLES + PHASE)), offset);
        offset += 2;
      }
    }
  }
  return pcm;
}

/** The text behind tones made by encodeSpeechPcm, or undefined for any other audio. */
export function decodeSpeechPcm(pcm: Uint8Array): string | undefined {
  const symbolBytes = SYMBOL_SAMPLES * 2;
  if (pcm.length === 0 || pcm.length % (2 * symbolBytes) !== 0) return undefined;
  const view = new DataView(pcm.buffer, pcm.byteOffset, pcm.byteLength);
  const bytes = new Uint8Array(pcm.length / (2 * symbolBytes));
  for (let symbol = 0; symbol < bytes.length * 2; symbol++) {
    let crossings = 0;
    let previous = 0;
    for (let n = 0; n < SYMBOL_SAMPLES; n++) {
      const sample = view.getInt16(symbol * symbolBytes + n * 2, true);
      const sign = Math.sign(sample);
      if (sign !== 0 && previous !== 0 && sign !== previous) crossings++;
      if (sign !== 0) previous = sign;
    }
    const nibble = (crossings / 2 - 4) / 2;
    if (!Number.isInteger(nibble) || nibble < 0 || nibble > 15) return undefined;
    bytes[symbol >> 1] |= symbol % 2 === 0 ? nibble << 4 : nibble;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** 16-bit PCM behind a RIFF/WAVE header. */
export function encodeWav(pcm: Uint8Array, sampleRate = SPEECH_SAMPLE_RATE, channels = 1): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * channels * 2, 28);
  header.writeUInt16LE(channels * 2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

/** A WAV file of `text` spoken as tones: what to hand a transcription model in a test. */
export function sampleSpeechWav(text: string): Buffer {
  return encodeWav(encodeSpeechPcm(text));
}

/** The samples and layout of a 16-bit PCM WAV file; undefined for anything else. */
export function readWav(bytes: Uint8Array): { pcm: Uint8Array; sampleRate: number; channels: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('ascii', 0, 4) !== 'RIFF' || buffer.toString('ascii', 8, 12) !== 'WAVE') return undefined;
  let format: { sampleRate: number; channels: number; bits: number } | undefined;
  for (let offset = 12; offset + 8 <= buffer.length; ) {
    const id = buffer.toString('ascii', offset, offset + 4);
    const size = buffer.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ' && size >= 16) {
      format = { channels: buffer.readUInt16LE(body + 2), sampleRate: buffer.readUInt32LE(body + 4), bits: buffer.readUInt16LE(body + 14) };
    } else if (id === 'data' && format?.bits === 16) {
      return { pcm: bytes.subarray(body, Math.min(body + size, bytes.length)), sampleRate: format.sampleRate, channels: format.channels };
    }
    offset = body + size + (size % 2);
  }
  return undefined;
}

// MPEG-1 Layer III, 32 kbit/s, 48 kHz, mono: 96-byte frames of 1152 samples (24 ms). A frame whose
// side information is all zero decodes to silence in every MP3 decoder.
const MP3_FRAME_HEADER = [0xff, 0xfb, 0x14, 0xc0];
const MP3_FRAME_BYTES = 96;
const MP3_FRAME_SECONDS = 1152 / 48_000;

/**
 * An MP3 of `text`: silence as long as the tones would be, with the text as its ID3v2 title, which
 * the emulator's transcription endpoint reads back.
 */
export function encodeSpeechMp3(text: string): Buffer {
  const title = Buffer.concat([Buffer.from([3]), Buffer.from(text, 'utf8')]); // 3: UTF-8
  const frameHeader = Buffer.alloc(10);
  frameHeader.write('TIT2', 0, 'ascii');
  frameHeader.writeUInt32BE(title.length, 4);
  const tagBody = Buffer.concat([frameHeader, title]);
  const tagHeader = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, ...syncsafe(tagBody.length)]);
  const frameCount = Math.max(1, Math.ceil((Buffer.byteLength(text, 'utf8') * SECONDS_PER_BYTE) / MP3_FRAME_SECONDS));
  const frame = Buffer.alloc(MP3_FRAME_BYTES);
  frame.set(MP3_FRAME_HEADER);
  return Buffer.concat([tagHeader, tagBody, ...Array.from({ length: frameCount }, () => frame)]);
}

/** The ID3v2 title and the length of an MP3 made by encodeSpeechMp3; undefined for other files. */
export function readSpeechMp3(bytes: Uint8Array): { text: string | undefined; seconds: number } | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  let text: string | undefined;
  if (buffer.length >= 10 && buffer.toString('latin1', 0, 3) === 'ID3') {
    const size = (buffer[6] << 21) | (buffer[7] << 14) | (buffer[8] << 7) | buffer[9];
    const tag = buffer.subarray(10, 10 + size);
    for (let at = 0; at + 10 <= tag.length; ) {
      const id = tag.toString('latin1', at, at + 4);
      const length = tag.readUInt32BE(at + 4);
      if (id === 'TIT2' && tag[at + 10] === 3) text = tag.toString('utf8', at + 11, at + 10 + length);
      if (length === 0) break;
      at += 10 + length;
    }
    offset = 10 + size;
  }
  if (buffer[offset] !== 0xff || (buffer[offset + 1] & 0xe0) !== 0xe0) return undefined;
  return { text, seconds: Math.round(((buffer.length - offset) / MP3_FRAME_BYTES) * MP3_FRAME_SECONDS * 1000) / 1000 };
}

function syncsafe(value: number): number[] {
  return [(value >> 21) & 0x7f, (value >> 14) & 0x7f, (value >> 7) & 0x7f, value & 0x7f];
}
