import { describe, expect, it } from 'vitest';
import { AudioOutputAccumulator, MAX_STREAMED_AUDIO_CHARS } from './audio-output';

describe('streamed audio', () => {
  it('refuses the piece that takes the total past the media limit, keeping none of it', () => {
    // One 16 MiB piece, added by reference: the test allocates it once.
    const piece = 'A'.repeat(16 * 1024 * 1024);
    const audio = new AudioOutputAccumulator();
    const fitting = Math.floor(MAX_STREAMED_AUDIO_CHARS / piece.length);
    for (let index = 0; index < fitting; index++) expect(audio.add({ data: piece, transcript: 'x' })).toBe('x');
    expect(audio.add({ data: piece })).toBeUndefined();
  });

  it('labels a known format and joins unpadded pieces as they are', () => {
    const audio = new AudioOutputAccumulator();
    audio.add({ data: 'UklG' });
    audio.add({ data: 'RiQ=' });
    expect(audio.toFilePart('wav')).toEqual({ type: 'file', mediaType: 'audio/wav', data: 'UklGRiQ=' });
  });
});
