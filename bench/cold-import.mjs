// Cold import: a fresh `node` process per run and comparator, timing the
// import of the package entry inside the child (process.hrtime around the
// import) plus the child's total user+sys CPU. `floor` imports nothing: it is
// the cost of starting node at all. A second child per run first loads `ai`
// (untimed), as every AI SDK app has, and times the package import after it:
// what the provider itself adds to an app's cold start.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { rotate, summarize } from './measure.mjs';
import { openclawEntry, repoRoot } from './paths.mjs';

const CHILD_CODE = `
const spec = process.env.BENCH_IMPORT;
if (process.env.BENCH_PRELOAD) await import(process.env.BENCH_PRELOAD);
const t0 = process.hrtime.bigint();
if (spec) await import(spec);
const t1 = process.hrtime.bigint();
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ importMs: Number(t1 - t0) / 1e6, processCpuMs: (cpu.user + cpu.system) / 1000 }));
`;

function specifierFor(name) {
  switch (name) {
    case 'floor':
      return '';
    case 'official':
      return '@openrouter/ai-sdk-provider';
    case 'compat':
      return '@ai-sdk/openai-compatible';
    case 'openclaw-router':
      return fs.existsSync(openclawEntry) ? pathToFileURL(openclawEntry).href : null;
    default:
      throw new Error(`unknown comparator ${name}`);
  }
}

function runChild(spec, preload = '') {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD_CODE], {
    cwd: repoRoot,
    env: { ...process.env, BENCH_IMPORT: spec, BENCH_PRELOAD: preload },
    encoding: 'utf8',
  });
  const processWallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`import of "${spec}" failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return { ...JSON.parse(r.stdout), processWallMs };
}

export function runColdImport(comparatorNames, { runs, log = () => {} }) {
  const specs = new Map(comparatorNames.map((n) => [n, specifierFor(n)]));
  const ready = comparatorNames.filter((n) => specs.get(n) !== null);
  const samples = new Map(ready.map((n) => [n, []]));
  const errors = new Map();
  // one unrecorded warm-up run each (file-system cache), then interleaved runs
  for (let r = -1; r < runs; r++) {
    for (const name of rotate(ready, Math.max(r, 0))) {
      if (errors.has(name)) continue;
      try {
        const s = runChild(specs.get(name));
        const afterAi = runChild(specs.get(name), 'ai');
        if (r >= 0) samples.get(name).push({ ...s, importAfterAiMs: afterAi.importMs });
      } catch (err) {
        errors.set(name, String(err.message));
      }
    }
  }
  log(`  cold-import: ${runs} runs x ${ready.length} comparators done`);
  return {
    scenario: 'cold-import',
    runs,
    results: comparatorNames.map((name) => {
      if (specs.get(name) === null) return { comparator: name, status: 'not built' };
      if (errors.has(name)) return { comparator: name, status: 'error', reason: errors.get(name) };
      const s = samples.get(name);
      return {
        comparator: name,
        status: 'ok',
        specifier: specs.get(name) || '(nothing)',
        importMs: summarize(s.map((x) => x.importMs)),
        importAfterAiMs: summarize(s.map((x) => x.importAfterAiMs)),
        processCpuMs: summarize(s.map((x) => x.processCpuMs)),
        processWallMs: summarize(s.map((x) => x.processWallMs)),
        samples: s,
      };
    }),
  };
}
