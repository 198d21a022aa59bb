import type { ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MIB = 1024 * 1024;

/** What an endless reply sent before the client hung up (or the cap stopped it). */
export interface EndlessBody {
  readonly sentBytes: number;
}

/**
 * Writes `head`, then `chunk` again and again, honouring back-pressure, until the client closes
 * the connection. `capBytes` stops it in any case, so a client that never stops fails its
 * assertions instead of running out of memory.
 */
export function sendEndlessBody(
  response: ServerResponse,
  reply: { status?: number; headers?: Record<string, string>; head?: string; chunk: string | Buffer; capBytes: number },
): EndlessBody {
  const chunk = typeof reply.chunk === 'string' ? Buffer.from(reply.chunk) : reply.chunk;
  const state = { sentBytes: 0 };
  response.writeHead(reply.status ?? 200, reply.headers ?? {});
  if (reply.head) {
    response.write(reply.head);
    state.sentBytes += Buffer.byteLength(reply.head);
  }
  let stopped = false;
  response.on('close', () => {
    stopped = true;
  });
  const pump = () => {
    while (!stopped && !response.destroyed && state.sentBytes < reply.capBytes) {
      state.sentBytes += chunk.byteLength;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!response.destroyed) response.end();
  };
  pump();
  return state;
}

/** A repeated unit grown to about 64 KiB, so an endless body is sent in sizable writes. */
export function repeatedTo64KiB(unit: string): Buffer {
  return Buffer.from(unit.repeat(Math.ceil((64 * 1024) / unit.length)));
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Heap and array-buffer memory still reachable after a full collection. */
export function retainedMemory(): number {
  collectGarbage();
  collectGarbage();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
