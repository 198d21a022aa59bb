import type { ReasoningDetail } from '../../wire/openrouter-wire-types';

/**
 * Rebuilds complete reasoning details from streamed pieces: pieces of the same
 * type and index are one detail whose text grows, and a signature that comes
 * in a late, signature-only piece lands on that detail. O(1) per piece: the
 * accumulated objects are mutated, never copied, and the common case (the
 * piece continues the last detail) needs no lookup.
 */
export class ReasoningAccumulator {
  readonly details: ReasoningDetail[] = [];
  private readonly byKey = new Map<string, ReasoningDetail>();
  private last?: ReasoningDetail;

  add(piece: ReasoningDetail): void {
    const index = piece.index;
    // Only a string type makes a key: a detail is opaque, and its type may be any JSON value
    // (an object whose toString is not a function would throw in the template below).
    if (typeof index !== 'number' || typeof piece.type !== 'string') {
      this.push({ ...piece });
      return;
    }
    const last = this.last;
    const existing = last !== undefined && last.index === index && last.type === piece.type ? last : this.byKey.get(`${piece.type}:${index}`);
    if (existing === undefined) {
      const copy = { ...piece };
      this.byKey.set(`${piece.type}:${index}`, copy);
      this.push(copy);
      return;
    }
    mergeInto(existing, piece);
    this.last = existing;
  }

  get isEmpty(): boolean {
    return this.details.length === 0;
  }

  private push(detail: ReasoningDetail): void {
    this.details.push(detail);
    this.last = detail;
  }
}

function mergeInto(existing: ReasoningDetail, piece: ReasoningDetail): void {
  for (const field in piece) {
    const value = piece[field];
    if (value == null || field === '__proto__') continue;
    if ((field === 'text' || field === 'summary' || field === 'data') && typeof value === 'string') {
      const current = existing[field];
      existing[field] = typeof current === 'string' ? current + value : value;
    } else {
      existing[field] = value;
    }
  }
}
