import { APICallError, type LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * A TCP relay in front of a server that counts the connections it carries: the server side of
 * each relayed connection closes when the client's does, so a test can see that an aborted
 * request really freed its socket.
 */
export interface ConnectionWatcher {
  /** `http://127.0.0.1:<relay port>` */
  readonly origin: string;
  /** Connections currently open through the relay that carried a request. */
  open(): number;
  /** Connections ever opened that carried a request. */
  total(): number;
  /**
   * Resolves once no connection that carried a request is open; rejects after `timeoutMs`.
   * Connections that never carried one are left out: after an abort, Node's fetch (undici 6)
   * opens a spare connection to the same origin that idles until its keep-alive timeout.
   */
  allClosed(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function watchConnections(targetOrigin: string): Promise<ConnectionWatcher> {
  const target = new URL(targetOrigin);
  /** Connections that carried a request. */
  const sockets = new Set<Socket>();
  const every = new Set<Socket>();
  let total = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (sockets.size > 0) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    every.add(client);
    client.once('data', () => {
      total++;
      sockets.add(client);
    });
    const teardown = () => {
      client.destroy();
      upstream.destroy();
      every.delete(client);
      if (sockets.delete(client)) settle();
    };
    client.on('error', teardown).on('close', teardown);
    upstream.on('error', teardown).on('close', teardown);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    origin: `http://127.0.0.1:${port}`,
    open: () => sockets.size,
    total: () => total,
    allClosed(timeoutMs) {
      if (sockets.size === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${sockets.size} connection(s) still open after ${timeoutMs} ms`)), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    close() {
      for (const socket of every) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function readAllParts(stream: ReadableStream<LanguageModelV2StreamPart>): Promise<LanguageModelV2StreamPart[]> {
  const parts: LanguageModelV2StreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

/** The error of the stream's error part; fails if there is not exactly one. */
export function theErrorPart(parts: LanguageModelV2StreamPart[]): unknown {
  const errors = parts.filter((part) => part.type === 'error');
  if (errors.length !== 1) throw new Error(`expected one error part, got ${errors.length}: ${parts.map((p) => p.type).join(' ')}`);
  return (errors[0] as { error: unknown }).error;
}

export function textOf(parts: LanguageModelV2StreamPart[]): string {
  return parts.map((part) => (part.type === 'text-delta' ? part.delta : '')).join('');
}

export function finishOf(parts: LanguageModelV2StreamPart[]): Extract<LanguageModelV2StreamPart, { type: 'finish' }> {
  const finish = parts[parts.length - 1];
  if (finish?.type !== 'finish') throw new Error(`the stream did not end with a finish part: ${parts.map((p) => p.type).join(' ')}`);
  return finish;
}

/** Message of an error and of its causes, for assertions on what a user reads. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Rejects if `promise` has not settled within `ms`: "ends promptly" made checkable. */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where a value gives the key away: the key itself or any 16 characters of it (a 30-character
 * prefix included), written literally or with JSON `\u` escapes at any depth, in its JSON form,
 * in a deep inspect (hidden fields, getters), and in every string of it that parses as JSON.
 */
export function keyLeaks(key: string, value: unknown): string[] {
  const texts = [serialized(value), inspect(value, { depth: 30, showHidden: true, getters: true, maxArrayLength: Infinity, maxStringLength: Infinity })];
  collectJsonStrings(value, texts, 0);
  const windows = Array.from({ length: key.length - 15 }, (_, at) => key.slice(at, at + 16));
  const leaks: string[] = [];
  for (const text of texts) {
    const decoded = text.replace(/\\+u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    for (const form of [text, decoded]) {
      const window = windows.find((part) => form.includes(part));
      if (window !== undefined) {
        const at = form.indexOf(window);
        leaks.push(`...${form.slice(Math.max(0, at - 80), at + 40)}...`);
      }
    }
  }
  return leaks;
}

function serialized(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, item: unknown) =>
      item instanceof Error ? { ...item, name: item.name, message: item.message, stack: item.stack, cause: item.cause } : item,
    );
  } catch (error) {
    return `unserializable: ${String(error)}`;
  }
}

/** Strings that are JSON (a responseBody, a `metadata.raw`), parsed, as a caller who parses them sees them. */
function collectJsonStrings(value: unknown, into: string[], depth: number): void {
  if (depth > 20 || value == null) return;
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null) {
        into.push(serialized(parsed));
        collectJsonStrings(parsed, into, depth + 1);
      } else if (typeof parsed === 'string') into.push(parsed);
    } catch {
      // not JSON
    }
    return;
  }
  if (typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const keys = value instanceof Error ? ['message', 'responseBody', 'data', 'cause', ...Object.keys(record)] : Object.keys(record);
  for (const key of keys) collectJsonStrings(record[key], into, depth + 1);
}

/**
 * A loopback server that answers each request as the current test says, and reports when the
 * connection of a request closed: a test can see that a refused stream was really stopped.
 */
export interface HostileServer {
  /** `http://127.0.0.1:<port>/api/v1` */
  readonly baseURL: string;
  respond(handler: (request: IncomingMessage, response: ServerResponse) => void): void;
  /** Resolves when the connection of the latest request has closed. */
  latestConnectionClosed(): Promise<void>;
  readonly requestCount: number;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  let handler: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => response.end();
  let closed: Promise<void> = Promise.resolve();
  let requestCount = 0;
  // One close promise per connection: a keep-alive socket carries many requests, and a listener
  // per request would pile up on it.
  const socketClosed = new WeakMap<Socket, Promise<void>>();
  const server = createHttpServer((request, response) => {
    requestCount++;
    const { socket } = request;
    let socketDone = socketClosed.get(socket);
    if (socketDone === undefined) {
      socketDone = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      socketClosed.set(socket, socketDone);
    }
    closed = socketDone;
    request.resume();
    request.once('end', () => handler(request, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/api/v1`,
    respond(next) {
      handler = next;
    },
    latestConnectionClosed: () => closed,
    get requestCount() {
      return requestCount;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A key no fixture contains by chance: any run of it in what a caller sees is a leak. */
export const CANARY_KEY = 'sk-or-v1-hostile-canary-7d41c0a9e25f4b38a6c1f0e9d2b7c5a1';
/** The key as JSON text can spell it, with `\u` escapes: it only becomes the key once parsed. */
export const ESCAPED_CANARY_KEY = [...CANARY_KEY].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** An APICallError with exactly this message, status and retryability. */
export function expectApiError(error: unknown, expected: { message: string; statusCode: number; isRetryable: boolean }): void {
  expect(APICallError.isInstance(error), messageOf(error)).toBe(true);
  const { message, statusCode, isRetryable } = error as APICallError;
  expect({ message, statusCode, isRetryable }).toEqual(expected);
}
