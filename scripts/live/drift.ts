/**
 * The drift report: each recorded exchange's request is sent again to a fresh emulator, and the
 * key paths of the two replies are compared (array positions folded to `[]`, an SSE reply being
 * the union of its chunks). "missing" are fields the real reply has and the emulator's lacks;
 * "extra" the other way round. Generation ids in look-ups are mapped to the emulator's own.
 */
import { startOpenRouterEmulator } from '../../src/testing';
import { documentsOf } from './fixtures';
import type { Exchange } from './recorder';

export interface DriftRow {
  exchange: string;
  status: string;
  missing: string[];
  extra: string[];
}

/** Every key path in `value`: `usage.cost`, `choices[].delta.content`, ... */
export function keyPaths(value: unknown, prefix = '', into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const entry of value) keyPaths(entry, `${prefix}[]`, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      const path = prefix === '' ? key : `${prefix}.${key}`;
      into.add(path);
      keyPaths(entry, path, into);
    }
  }
  return into;
}

export function replyPaths(body: string, contentType: string): Set<string> {
  const paths = new Set<string>();
  for (const document of documentsOf(body, contentType)) keyPaths(document, '', paths);
  return paths;
}

export function compare(live: Set<string>, emulated: Set<string>): { missing: string[]; extra: string[] } {
  return { missing: [...live].filter((path) => !emulated.has(path)).sort(), extra: [...emulated].filter((path) => !live.has(path)).sort() };
}

const API_KEY = 'sk-or-v1-drift';
/** Headers the emulator must not get from the recording: the credential and transport ones. */
const DROPPED = new Set(['authorization', 'content-length', 'host', 'connection', 'accept-encoding']);

/** Sends each exchange's request to a fresh emulator and compares the replies' key paths. */
export async function driftAgainstEmulator(exchanges: readonly { name: string; exchange: Exchange }[], knownModels: string[]): Promise<DriftRow[]> {
  const emulator = await startOpenRouterEmulator({ apiKey: API_KEY, knownModels });
  const ids = new Map<string, string>();
  const rows: DriftRow[] = [];
  try {
    for (const { name, exchange } of exchanges) {
      if (exchange.body === undefined) continue;
      const url = new URL(exchange.url);
      const id = url.searchParams.get('id');
      if (id !== null && ids.has(id)) url.searchParams.set('id', ids.get(id) as string);
      const headers = Object.fromEntries(Object.entries(exchange.requestHeaders).filter(([header]) => !DROPPED.has(header.toLowerCase())));
      const reply = await emulator.fetch(url.toString(), {
        method: exchange.method,
        headers: { ...headers, authorization: `Bearer ${API_KEY}` },
        body: exchange.requestBody,
      });
      const body = await reply.text();
      const contentType = reply.headers.get('content-type') ?? '';
      const recordedId = generationIdOf(exchange.body, exchange.contentType, exchange.responseHeaders['x-generation-id']);
      const emulatedId = generationIdOf(body, contentType, reply.headers.get('x-generation-id') ?? undefined);
      if (recordedId !== undefined && emulatedId !== undefined) ids.set(recordedId, emulatedId);
      const { missing, extra } = compare(replyPaths(exchange.body, exchange.contentType), replyPaths(body, contentType));
      rows.push({ exchange: name, status: `${exchange.status}/${reply.status}`, missing, extra });
    }
  } finally {
    await emulator.close();
  }
  return rows;
}

function generationIdOf(body: string, contentType: string, header: string | undefined): string | undefined {
  const first = documentsOf(body, contentType)[0];
  const id = typeof first === 'object' && first !== null ? (first as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : header;
}

/** Paths shown per cell; the rest are counted. */
const SHOWN_PATHS = 4;

/** The report as a plain-text table: exchange, statuses (recorded/emulator), missing, extra. */
export function driftTable(rows: readonly DriftRow[]): string {
  const cell = (paths: string[]) =>
    paths.length === 0 ? '-' : `${paths.slice(0, SHOWN_PATHS).join(', ')}${paths.length > SHOWN_PATHS ? ` (+${paths.length - SHOWN_PATHS})` : ''}`;
  const table = [
    ['exchange', 'status', 'missing in emulator', 'extra in emulator'],
    ...rows.map((row) => [row.exchange, row.status, cell(row.missing), cell(row.extra)]),
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
  return table.map((line) => line.map((text, column) => (column === line.length - 1 ? text : text.padEnd(widths[column]))).join('  ')).join('\n');
}
