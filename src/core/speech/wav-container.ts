/** PCM as OpenRouter describes it: `audio/pcm;rate=24000;channels=1`, 16-bit little-endian. */
export interface PcmLayout {
  sampleRate: number;
  channels: number;
}

const DEFAULT_LAYOUT: PcmLayout = { sampleRate: 24_000, channels: 1 };
const BITS_PER_SAMPLE = 16;
const HEADER_BYTES = 44;

/** Sample rate and channels from a PCM Content-Type; OpenRouter's defaults where it names none. */
export function pcmLayoutOf(contentType: string | undefined): PcmLayout {
  const parameters = new Map<string, string>();
  for (const part of (contentType ?? '').split(';').slice(1)) {
    const [name, value] = part.split('=').map((text) => text.trim().toLowerCase());
    if (name && value) parameters.set(name, value);
  }
  const positive = (value: string | undefined, fallback: number) => {
    const number = Number(value);
    return Number.isInteger(number) && number > 0 ? number : fallback;
  };
  return {
    sampleRate: positive(parameters.get('rate'), DEFAULT_LAYOUT.sampleRate),
    channels: positive(parameters.get('channels'), DEFAULT_LAYOUT.channels),
  };
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
