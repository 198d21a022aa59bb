/**
 * UTF-8 bytes that arrive in pieces -> text, with exactly what a streaming `TextDecoder` gives
 * (U+FFFD for each bad sequence, a leading BOM dropped), at the cost of a whole-input decode: a
 * `TextDecoder` asked to stream leaves its fast path for good, and then costs a text stream
 * several times what the rest of decoding does. Each piece is decoded whole up to its last
 * complete character; the few bytes of a character cut at its end wait for the next piece.
 * Cutting before a byte that does not continue a character is exact: a decoder starts afresh there.
 */
export class Utf8StreamDecoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The start of a character cut at the end of the last piece: at most 3 bytes. */
  private held: Uint8Array | undefined;
  private atStart = true;

  decode(piece: Uint8Array): string {
    let bytes = piece;
    let head = '';
    if (this.held !== undefined) {
      const held = this.held;
      const need = sequenceLength(held[0]);
      let taken = 0;
      while (taken < bytes.length && held.length + taken < need && isContinuation(bytes[taken])) taken++;
      const joined = new Uint8Array(held.length + taken);
      joined.set(held);
      joined.set(bytes.subarray(0, taken), held.length);
      bytes = bytes.subarray(taken);
      if (joined.length < need && bytes.length === 0) {
        // Still cut: the piece held only more of the same character.
        this.held = joined;
        return '';
      }
      this.held = undefined;
      head = this.decoder.decode(joined);
    }
    const end = completeLength(bytes);
    if (end < bytes.length) this.held = bytes.slice(end);
    return this.started(end === 0 ? head : head + this.decoder.decode(end === bytes.length ? bytes : bytes.subarray(0, end)));
  }

  /** What is left when the bytes end: a cut character becomes U+FFFD, as a streaming decoder's flush gives. */
  end(): string {
    const held = this.held;
    this.held = undefined;
    return held === undefined ? '' : this.started(this.decoder.decode(held));
  }

  /** Only the first character of the whole text may be a BOM to drop. */
  private started(text: string): string {
    if (!this.atStart || text === '') return text;
    this.atStart = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

/** How many bytes a character that starts with this byte has; 1 for a byte no valid character starts with. */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return lead <= 0xf4 ? 4 : 1;
  if (lead >= 0xe0) return 3;
  return lead >= 0xc2 ? 2 : 1;
}

/** The length up to the last character's start when that character is cut short, else the whole length. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = length - 1; i >= 0 && i >= length - 4; i--) {
    if (!isContinuation(bytes[i])) return length - i < sequenceLength(bytes[i]) ? i : length;
  }
  return length;
}
