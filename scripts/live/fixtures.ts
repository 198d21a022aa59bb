/**
 * Writes recorded exchanges as replay fixtures, in the format test/helpers/recorded-replies.ts
 * reads: the reply body byte for byte (after redaction) as `<name>.chunks.txt` (SSE) or
 * `<name>.json`, and `<name>.source.md` naming the date, model, upstream provider and scenario in
 * `- key: value` lines the replay suite parses. Binary replies (speech audio) are not written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Exchange } from './recorder';
import { redactHeaders, redactText } from './redact';

/** The marker the replay suite looks for: a fixture this kit wrote. */
export const RECORDED_BY = 'npm run test:live';

export interface WrittenFixture {
  name: string;
  reply: string;
  exchange: Exchange;
}

export interface SkippedExchange {
  exchange: Exchange;
  reason: string;
}

export interface RecordingContext {
  /** YYYY-MM-DD */
  date: string;
  /** Where the replies came from, e.g. "OpenRouter (https://openrouter.ai/api/v1)". */
  origin: string;
  /** The API key and anything else that must not be written. */
  secrets: readonly string[];
}

/** A request body's long strings (audio, images) shortened for reading. */
const SHOWN_STRING_CHARS = 160;

export async function writeFixtures(dir: string, exchanges: readonly Exchange[], context: RecordingContext) {
  await mkdir(dir, { recursive: true });
  const written: WrittenFixture[] = [];
  const skipped: SkippedExchange[] = [];
  for (const [index, exchange] of exchanges.entries()) {
    if (exchange.body === undefined) {
      skipped.push({ exchange, reason: exchange.bodyOmitted ?? 'no body' });
      continue;
    }
    const name = `${String(index + 1).padStart(2, '0')}-${exchange.scenario}-${slug(exchange.model)}`;
    const reply = `${name}${exchange.contentType.includes('event-stream') ? '.chunks.txt' : '.json'}`;
    await writeFile(join(dir, reply), redactText(exchange.body, context.secrets));
    await writeFile(join(dir, `${name}.source.md`), sourceOf(exchange, reply, context));
    written.push({ name, reply, exchange });
  }
  return { written, skipped };
}

export const slug = (model: string) => model.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '');

/** The `.source.md`: metadata lines first (parsed by the replay suite), then the request for review. */
export function sourceOf(exchange: Exchange, reply: string, context: RecordingContext): string {
  const url = new URL(exchange.url);
  const served = servedBy(exchange.body ?? '', exchange.contentType);
  const request = exchange.requestBody === undefined ? undefined : shortened(exchange.requestBody);
  const headers = redactHeaders(exchange.requestHeaders, context.secrets);
  const lines = [
    `# ${exchange.scenario}: ${exchange.model}`,
    '',
    `Recorded by \`${RECORDED_BY}\` from ${context.origin}. Keys, tokens and account ids are redacted.`,
    '',
    `- recorded by: ${RECORDED_BY}`,
    `- date: ${context.date}`,
    `- scenario: ${exchange.scenario}`,
    `- model: ${exchange.model}`,
    `- served model: ${served.model ?? 'not reported'}`,
    `- upstream provider: ${served.provider ?? 'not reported'}`,
    `- endpoint: ${exchange.method} ${url.pathname}`,
    `- status: ${exchange.status}`,
    `- stream: ${exchange.contentType.includes('event-stream')}`,
    `- reply: ${reply}`,
    '',
    `Request: \`${exchange.method} ${redactText(url.pathname + url.search, context.secrets)}\``,
    '',
    '```json',
    JSON.stringify({ headers, body: request === undefined ? undefined : JSON.parse(redactText(JSON.stringify(request), context.secrets)) }, null, 2),
    '```',
    '',
  ];
  // Once more over the whole page: nothing key-like survives, wherever it came from.
  return redactText(lines.join('\n'), context.secrets);
}

/** The served model and upstream provider a reply names (a generation look-up names them in `data`). */
export function servedBy(body: string, contentType: string): { model?: string; provider?: string } {
  const first = documentsOf(body, contentType)[0];
  if (!isObject(first)) return {};
  const source = isObject(first.data) && !Array.isArray(first.data) ? first.data : first;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { model: text(source.model), provider: text(source.provider) ?? text(source.provider_name) };
}

/** The JSON documents of a reply: the body, or each `data:` chunk of an SSE body. */
export function documentsOf(body: string, contentType: string): unknown[] {
  const texts = contentType.includes('event-stream')
    ? body
        .split('\n')
        .filter((line) => line.startsWith('data: {'))
        .map((line) => line.slice('data: '.length))
    : [body];
  return texts.flatMap((text) => {
    try {
      return [JSON.parse(text) as unknown];
    } catch {
      return [];
    }
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function shortened(body: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body.length > SHOWN_STRING_CHARS ? `${body.slice(0, SHOWN_STRING_CHARS)}… (${body.length} chars)` : body;
  }
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.length > SHOWN_STRING_CHARS ? `${value.slice(0, SHOWN_STRING_CHARS)}… (${value.length} chars)` : value;
    if (Array.isArray(value)) return value.map(walk);
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, walk(entry)]));
    return value;
  };
  return walk(parsed);
}
