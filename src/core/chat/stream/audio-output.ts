import { convertBase64ToUint8Array, convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import { MAX_MEDIA_REPLY_SIZE } from '../../http/bounded-body';
import type { FileContent } from '../../model-io/result-types';
import { audioFilePart, type ReplyAudio } from '../reply-audio';
import { joinBytes } from '../../util/join-bytes';

/** The base64 characters of the largest media reply this provider reads (256 MiB of audio). */
export const MAX_STREAMED_AUDIO_CHARS = Math.ceil(MAX_MEDIA_REPLY_SIZE / 3) * 4;

/**
 * The base64 pieces of a streamed spoken reply (`delta.audio.data`), kept as a list and joined
 * once at the end: constant work per delta, no copy of what came before.
 */
export class AudioOutputAccumulator {
  private readonly pieces: string[] = [];
  private size = 0;

  /** Adds one delta's audio; returns its transcript piece ('' when none), or undefined when the total passed the limit. */
  add(audio: ReplyAudio): string | undefined {
    if (audio.data !== undefined && audio.data !== '') {
      this.size += audio.data.length;
      if (this.size > MAX_STREAMED_AUDIO_CHARS) return undefined;
      this.pieces.push(audio.data);
    }
    return audio.transcript ?? '';
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  /** The whole reply as one file part, in the container the request asked for. */
  toFilePart(format: string | undefined): FileContent | undefined {
    return audioFilePart(this.joined(), format);
  }

  /**
   * Pieces are usually cut on 3-byte boundaries and join as they are; a piece padded with `=`
   * before the end was encoded on its own, so then each is decoded and the bytes joined.
   */
  private joined(): string {
    const last = this.pieces.length - 1;
    if (this.pieces.every((piece, index) => index === last || (piece.length % 4 === 0 && !piece.endsWith('=')))) return this.pieces.join('');
    return convertUint8ArrayToBase64(joinBytes(this.pieces.map((piece) => convertBase64ToUint8Array(piece))));
  }
}
