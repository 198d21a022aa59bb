/**
 * Run by load.test.ts as `node --expose-gc --import tsx`: bursts of concurrent streams sharing
 * one long-lived abort signal, with the heap measured after a full GC before and after them.
 * Prints one JSON line.
 */
import { getEventListeners } from 'node:events';
import { startOpenRouterEmulator } from '../../src/testing';
import { expectedText, HEAVY, loadReplies, STREAMS } from './load-script';
import { streamText, createOpenClawRouter } from '../helpers/surface';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');

async function collect(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const emulator = await startOpenRouterEmulator();
const provider = createOpenClawRouter({ apiKey: 'sk-or-v1-load', baseURL: emulator.baseURL });
const shutdown = new AbortController();

async function burst(): Promise<void> {
  emulator.reset();
  emulator.enqueue(...loadReplies(HEAVY));
  const texts = await Promise.all(
    Array.from(
      { length: STREAMS },
      async (_, caller) => streamText({ model: provider('openai/gpt-4o-mini'), prompt: `caller ${caller}`, abortSignal: shutdown.signal }).text,
    ),
  );
  const expected = new Set(Array.from({ length: STREAMS }, (_, reply) => expectedText(reply, HEAVY)));
  for (const text of texts) if (!expected.delete(text)) throw new Error('a stream came back with the wrong text');
  emulator.reset(); // the recorded requests are the emulator's memory, not the provider's
}

await burst(); // warm up: module caches, JIT, connection machinery
await collect();
const baseline = process.memoryUsage().heapUsed;
const after: number[] = [];
for (let round = 0; round < 2; round++) {
  await burst();
  await collect();
  after.push(process.memoryUsage().heapUsed);
}
// Node's fetch removes its listener from a caller's signal only when the request is collected.
const abortListeners = getEventListeners(shutdown.signal, 'abort').length;
await emulator.close();
console.log(JSON.stringify({ streams: STREAMS, baseline, after, abortListeners }));
