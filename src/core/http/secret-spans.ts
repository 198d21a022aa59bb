/**
 * Where a secret, or a recognisable part of it, occurs in a text. A part is recognisable from
 * MIN_RECOGNISABLE_RUN characters on (an echo cut to its first 30 characters still gives the key
 * away); the secret may be written literally or with JSON escapes (`\u0073`, `\/`), at any depth
 * of nesting (a JSON string inside a JSON string doubles the backslashes).
 */

/** Shorter runs of a key are not worth hunting: `sk-or-v1-` alone is every OpenRouter key's prefix. */
export const MIN_RECOGNISABLE_RUN = 12;

/** [start, end) in the text. */
export type Span = [start: number, end: number];

/** The spans to hide, in no particular order, possibly overlapping. */
export function secretSpans(text: string, secret: string): Span[] {
  // Escapes only lengthen a run: a text shorter than the shortest recognisable run holds none.
  if (text.length < Math.min(MIN_RECOGNISABLE_RUN, secret.length)) return [];
  if (!mayHideEscapedSecret(text, secret)) return runsOf(text, secret);
  const view = unescapedView(text);
  return runsOf(view.text, secret).map(([start, end]): Span => [view.starts[start], view.ends[end - 1]]);
}

/**
 * Runs of at least MIN_RECOGNISABLE_RUN characters of the secret. Any such run contains one of
 * the secret's aligned blocks of half that length, so a few native searches for the blocks find
 * every run, which is then grown to its full length in both directions.
 */
function runsOf(text: string, secret: string): Span[] {
  const minRun = Math.min(MIN_RECOGNISABLE_RUN, secret.length);
  const block = Math.ceil(minRun / 2);
  const spans: Span[] = [];
  for (let offset = 0; offset + block <= secret.length; offset += block) {
    const needle = secret.slice(offset, offset + block);
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      let start = at;
      let from = offset;
      while (start > 0 && from > 0 && text[start - 1] === secret[from - 1]) {
        start--;
        from--;
      }
      let end = at + block;
      let to = offset + block;
      while (end < text.length && to < secret.length && text[end] === secret[to]) {
        end++;
        to++;
      }
      if (end - start >= minRun) spans.push([start, end]);
    }
  }
  return spans;
}

const BACKSLASH = 92;

/** Only `\u` escapes can spell an ordinary key character; `\/` and `\"` matter for keys that hold them. */
function mayHideEscapedSecret(text: string, secret: string): boolean {
  if (text.indexOf('\\') === -1) return false;
  return text.indexOf('\\u') !== -1 || /[/"]/.test(secret);
}

/**
 * The text with every escape that spells one character (any number of backslashes, then `u` and
 * four hex digits, or `/` or `"`) replaced by that character, and for each character of the
 * result the span of the original it came from.
 */
function unescapedView(text: string): { text: string; starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const pieces: string[] = [];
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const next = text.indexOf('\\', i);
    const stop = next === -1 ? text.length : next;
    if (stop > i) {
      pieces.push(text.slice(i, stop));
      for (let k = i; k < stop; k++, length++) {
        starts[length] = k;
        ends[length] = k + 1;
      }
      i = stop;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) === BACKSLASH) j++;
    const escaped = escapedCharacterAt(text, j);
    if (escaped !== undefined) {
      pieces.push(escaped.character);
      starts[length] = i;
      ends[length] = escaped.end;
      length++;
      i = escaped.end;
    } else {
      // Backslashes that escape nothing a key holds (\n, \t, ...) stay as they are.
      pieces.push(text.slice(i, j));
      for (let k = i; k < j; k++, length++) {
        starts[length] = k;
        ends[length] = k + 1;
      }
      i = j;
    }
  }
  return { text: pieces.join(''), starts, ends };
}

function escapedCharacterAt(text: string, at: number): { character: string; end: number } | undefined {
  const first = text[at];
  if (first === '/' || first === '"') return { character: first, end: at + 1 };
  if (first === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) {
    return { character: String.fromCharCode(parseInt(text.slice(at + 1, at + 5), 16)), end: at + 5 };
  }
  return undefined;
}
