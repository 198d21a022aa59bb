// One isolated memory measurement (run with --expose-gc):
//   node --expose-gc bench/memory-child.mjs <comparator> <scenario-key> <baseURL>
// Streams the scenario at model level twice and prints JSON with
//   pass 1: peak heapUsed and RSS above a post-GC baseline (sampled, no forced GC);
//   pass 2: peak live heap, i.e. heapUsed right after a forced GC taken every
//           LIVE_EVERY parts while the stream is open (what the stream holds on to).

import { loadComparators, loadSdk } from './comparators.mjs';
import { makeRunners } from './workloads.mjs';

const [name, key, baseURL] = process.argv.slice(2);
const SAMPLE_EVERY = 256;
const LIVE_EVERY = 5_000;

const [comparator] = await loadComparators([name]);
if (comparator.status !== 'ok') {
  process.stdout.write(JSON.stringify({ status: comparator.status, reason: comparator.reason }));
  process.exit(0);
}
const run = makeRunners(comparator, baseURL, await loadSdk()).stream.model;

function settle() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage();
}

// warm up code paths and the connection
await run('text-1000');

let base = settle();
let peakHeap = base.heapUsed;
let peakRss = base.rss;
let seen = 0;
const parts = await run(key, () => {
  if (++seen % SAMPLE_EVERY !== 0) return;
  const m = process.memoryUsage();
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  if (m.rss > peakRss) peakRss = m.rss;
});
const peakHeapDelta = peakHeap - base.heapUsed;
const peakRssDelta = peakRss - base.rss;

base = settle();
let liveMax = base.heapUsed;
seen = 0;
await run(key, () => {
  if (++seen % LIVE_EVERY !== 0) return;
  globalThis.gc();
  const h = process.memoryUsage().heapUsed;
  if (h > liveMax) liveMax = h;
});

process.stdout.write(
  JSON.stringify({
    status: 'ok',
    parts,
    baseline: { heapUsed: base.heapUsed, rss: base.rss },
    peakHeapDelta,
    peakRssDelta,
    liveHeapDelta: liveMax - base.heapUsed,
  }),
);
