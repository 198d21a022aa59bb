import { readFileSync } from 'node:fs';
import type { RawReply } from '../../src/testing';

/**
 * Replies recorded from real OpenRouter traffic (test/fixtures/openrouter, each with a
 * `.source.md` naming where it comes from), replayed byte for byte through the emulator.
 */

const FIXTURES = new URL('../fixtures/openrouter/', import.meta.url);

const bytesOf = (name: string) => readFileSync(new URL(name, FIXTURES));

/**
 * The recorded body as a raw reply: `.chunks.txt` files are SSE bodies, `.json` files JSON bodies.
 * `schemaCheck` (default false) validates it against OpenRouter's spec: most real replies carry
 * fields the spec lacks (`image_tokens`, `user_id`, an image's `index`), so only spec-valid ones ask.
 */
export function recordedReply(name: string, { status = 200, schemaCheck = false }: { status?: number; schemaCheck?: boolean } = {}): RawReply {
  const contentType = name.endsWith('.chunks.txt') ? 'text/event-stream' : 'application/json';
  return { type: 'raw', status, body: bytesOf(name), contentType, schemaCheck };
}

/** The `data:` objects of a recorded stream, to take expected values from the wire itself. */
export function recordedChunks(name: string): any[] {
  return bytesOf(name)
    .toString('utf8')
    .split('\n\n')
    .filter((event) => event.startsWith('data: {'))
    .map((event) => JSON.parse(event.slice('data: '.length)));
}

/** A recorded JSON body, parsed. */
export function recordedJson(name: string): any {
  return JSON.parse(bytesOf(name).toString('utf8'));
}
