import { createHash } from 'node:crypto';
import { isObject } from './request-text';

type Json = Record<string, unknown>;

/** Prompt-cache counts of one request, in the emulator's tokens (words). */
export interface PromptCacheUsage {
  read: number;
  write: number;
}

/**
 * Anthropic-style prompt caching over marked prefixes: a `cache_control` marker on a text block
 * writes the prompt up to that block to the cache of the upstream serving it; a later request whose
 * prompt starts with a written prefix reads it (the longest one), and writes what its own markers
 * add on top. Tokens are the words the emulator counts as prompt tokens, so reads and writes never
 * exceed the prompt. Requests without markers report nothing here.
 */
export class EmulatorPromptCache {
  /** Per upstream and model: the prefix lengths written, each with the digests of its prefixes. */
  private readonly written = new Map<string, Map<number, Set<string>>>();

  usage(body: Json, scope: string): PromptCacheUsage | undefined {
    const { words, breakpoints } = markedPrefixes(body.messages);
    if (breakpoints.length === 0) return undefined;
    const lengths = this.written.get(scope) ?? new Map<number, Set<string>>();
    this.written.set(scope, lengths);
    let read = 0;
    for (const [length, digests] of lengths) {
      if (length > read && length <= words.length && digests.has(digest(words, length))) read = length;
    }
    const longest = Math.max(...breakpoints);
    for (const length of breakpoints) {
      const digests = lengths.get(length) ?? new Set<string>();
      digests.add(digest(words, length));
      lengths.set(length, digests);
    }
    return { read, write: Math.max(0, longest - read) };
  }

  clear(): void {
    this.written.clear();
  }
}

/** The prompt's words in order, and the word counts at which a marked block ends. */
function markedPrefixes(messages: unknown): { words: string[]; breakpoints: number[] } {
  const words: string[] = [];
  const breakpoints: number[] = [];
  for (const message of Array.isArray(messages) ? messages : []) {
    if (!isObject(message)) continue;
    const content = message.content;
    if (typeof content === 'string') words.push(...wordsOf(content));
    if (!Array.isArray(content)) continue;
    for (const part of content) {
      if (!isObject(part) || part.type !== 'text' || typeof part.text !== 'string') continue;
      words.push(...wordsOf(part.text));
      if (isObject(part.cache_control) && words.length > 0) breakpoints.push(words.length);
    }
  }
  return { words, breakpoints };
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function digest(words: string[], length: number): string {
  return createHash('sha256').update(words.slice(0, length).join(' ')).digest('base64');
}
