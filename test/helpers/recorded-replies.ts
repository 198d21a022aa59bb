import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawReply } from '../../src/testing';

/**
 * Replies recorded from real OpenRouter traffic (test/fixtures/openrouter, each with a
 * `.source.md` naming where it comes from), replayed byte for byte through the emulator.
 */

const FIXTURES = new URL('../fixtures/openrouter/', import.meta.url);
const FIXTURES_DIR = fileURLToPath(FIXTURES);

/** A folder of recordings read besides test/fixtures/openrouter (`npm run test:live` replays its own this way). */
export const RECORDED_DIR_VARIABLE = 'OPENCLAW_RECORDED_DIR';

/** `name` is relative to test/fixtures/openrouter (`recorded/<date>/x.json` included), or an absolute path. */
const bytesOf = (name: string) => readFileSync(isAbsolute(name) ? name : new URL(name, FIXTURES));

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

export interface RecordedFixture {
  /** The reply file, for recordedReply/recordedChunks/recordedJson: relative to test/fixtures/openrouter, or absolute. */
  name: string;
  /** Its `.source.md`'s `- key: value` lines (`date`, `scenario`, `model`, `endpoint`, `status`, ...). */
  source: Record<string, string>;
}

/**
 * Every reply fixture with a `.source.md` beside it: under test/fixtures/openrouter at any depth
 * (new recordings land in `recorded/<date>/`), then under the folder named by
 * OPENCLAW_RECORDED_DIR when it is set. A file found twice is listed once.
 */
export function discoverRecordings(extraDir = process.env[RECORDED_DIR_VARIABLE]): RecordedFixture[] {
  const seen = new Set<string>();
  const found: RecordedFixture[] = [];
  const roots = [FIXTURES_DIR, ...(extraDir ? [extraDir] : [])];
  for (const root of roots) {
    if (!existsSync(root)) throw new Error(`${RECORDED_DIR_VARIABLE} names ${root}, which does not exist.`);
    for (const sourcePath of sourcesUnder(root)) {
      const base = sourcePath.slice(0, -'.source.md'.length);
      const reply = ['.chunks.txt', '.json'].map((extension) => base + extension).find((path) => existsSync(path));
      if (reply === undefined || seen.has(realpathSync(reply))) continue;
      seen.add(realpathSync(reply));
      const inFixtures = !relative(FIXTURES_DIR, reply).startsWith('..');
      found.push({ name: inFixtures ? relative(FIXTURES_DIR, reply) : reply, source: sourceFields(readFileSync(sourcePath, 'utf8')) });
    }
  }
  return found;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sourcesUnder(path);
      return entry.name.endsWith('.source.md') ? [path] : [];
    });
}

/** The `- key: value` lines of a `.source.md`. */
function sourceFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of text.matchAll(/^- ([a-z][a-z ]*): (.+)$/gm)) fields[match[1]] ??= match[2].trim();
  return fields;
}
