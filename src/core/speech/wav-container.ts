/** PCM as OpenRouter describes it: `audio/pcm;rate=24000;channels=1`, 16-bit little-endian. */
export interface PcmLayout {
  sampleRate: number;
  channels: number;
}

const DEFAULT_LAYOUT: PcmLayout = { sampleRate: 24_000, channels: 1 };
const BITS_PER_SAMPLE = 16;
const HEADER_BYTES = 44;

/** Rates and channel counts a WAV header can hold and a player can play; anything else is refused. */
export const PCM_SAMPLE_RATES = { min: 1_000, max: 768_000 } as const;
export const PCM_CHANNELS = { min: 1, max: 8 } as const;

/**
 * Sample rate and channels from a PCM Content-Type; OpenRouter's defaults where it names none.
 * A value that is no whole number in a sane range is a string saying so: it would otherwise wrap
 * around in the header's 16- and 32-bit fields and give a file that plays as noise.
 */
export function pcmLayoutOf(contentType: string | undefined): PcmLayout | string {
  const parameters = new Map<string, string>();
  for (const part of (contentType ?? '').split(';').slice(1)) {
    const [name, value] = part.split('=').map((text) => text.trim().toLowerCase());
    // A parameter value may be a quoted string (RFC 9110): `rate="24000"`.
    if (name && value !== undefined) parameters.set(name, value.replace(/^"(.*)"$/, '$1'));
  }
  const sampleRate = checked(parameters.get('rate'), DEFAULT_LAYOUT.sampleRate, PCM_SAMPLE_RATES, 'sample rate');
  if (typeof sampleRate === 'string') return sampleRate;
  const channels = checked(parameters.get('channels'), DEFAULT_LAYOUT.channels, PCM_CHANNELS, 'channel count');
  if (typeof channels === 'string') return channels;
  return { sampleRate, channels };
}

function checked(value: string | undefined, fallback: number, range: { min: number; max: number }, what: string): number | string {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (number >= range.min && number <= range.max) return number;
  return `its ${what} "${value}" is not a whole number from ${range.min} to ${range.max}`;
}

export function isPcmContentType(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0].trim().toLowerCase();
  return type === 'audio/pcm' || type === 'audio/l16';
}

/** The samples behind a 44-byte RIFF/WAVE header: a file every player opens. */
export function wrapPcmInWav(pcm: Uint8Array, { sampleRate, channels }: PcmLayout): Uint8Array {
  const wav = new Uint8Array(HEADER_BYTES + pcm.byteLength);
  const view = new DataView(wav.buffer);
  const blockAlign = channels * (BITS_PER_SAMPLE / 8);
  const ascii = (offset: number, text: string) => {
    for (let index = 0; index < text.length; index++) wav[offset + index] = text.charCodeAt(index);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + pcm.byteLength, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // integer PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, BITS_PER_SAMPLE, true);
  ascii(36, 'data');
  view.setUint32(40, pcm.byteLength, true);
  wav.set(pcm, HEADER_BYTES);
  return wav;
}
