// Runs one in-process scenario (text, reasoning-tools or generate): a
// validation pass, then warm-up and measured rounds interleaving comparators,
// at both levels. Returns plain data for results.json and the report.

import { config } from './config.mjs';
import { runInterleaved, summarize } from './measure.mjs';
import { buildScenario } from './payloads.mjs';
import { validateGenerate, validateStream } from './validate.mjs';

const LEVELS = { stream: ['model', 'streamText'], generate: ['model', 'generateText'] };

/**
 * @param {object} o
 * @param {string} o.name        scenario name
 * @param {string} o.group       SDK group id (see SDK_GROUPS)
 * @param {'stream'|'generate'} o.kind
 * @param {Array<{ key: string, length: number }>} o.variants
 * @param {Array<object>} o.comparators   from loadComparators()
 * @param {Map<string, object>} o.runners comparator name -> makeRunners() result
 * @param {number} [o.calls]     sequential calls per run (generate)
 * @param {(msg: string) => void} [o.log]
 */
export async function runWorkScenario({ name, group, kind, variants, comparators, runners, calls = 1, log = () => {} }) {
  const levels = LEVELS[kind];
  const ready = comparators.filter((c) => c.status === 'ok');
  // units of work per run: SSE data events for streams, requests for generate
  const units = new Map(variants.map((v) => [v.key, kind === 'stream' ? buildScenario(v.key).chunks : calls]));

  // validation pass; a comparator that throws here is not measured at that level
  const validation = {};
  const failed = new Map();
  for (const level of levels) {
    validation[level] = {};
    for (const c of ready) {
      const run = runners.get(c.name)[kind][level];
      const key = variants[0].key;
      try {
        validation[level][c.name] = kind === 'stream' ? await validateStream(c.name, run, key) : await validateGenerate(c.name, run, key);
      } catch (err) {
        const reason = String(err?.message ?? err);
        validation[level][c.name] = { key, parts: null, types: null, issues: [`threw: ${reason}`] };
        failed.set(`${level}|${c.name}`, reason);
      }
    }
  }

  const groups = [];
  for (const v of variants) {
    for (const level of levels) {
      groups.push(
        ready
          .filter((c) => !failed.has(`${level}|${c.name}`))
          .map((c) => {
            const fn = runners.get(c.name)[kind][level];
            return {
              id: `${level}|${v.key}|${c.name}`,
              run: kind === 'stream' ? () => fn(v.key) : () => fn(v.key, calls),
            };
          }),
      );
    }
  }
  const t0 = performance.now();
  const { samples, failures } = await runInterleaved(groups, {
    rounds: config.rounds,
    warmup: config.warmupRounds,
    onRound: (r, recording) =>
      log(`  ${name}: ${recording ? 'round' : 'warm-up'} ${r + 1}/${config.warmupRounds + config.rounds} done (${((performance.now() - t0) / 1000).toFixed(1)} s)`),
  });

  const results = {};
  for (const level of levels) {
    results[level] = [];
    for (const v of variants) {
      for (const c of comparators) {
        const row = { comparator: c.name, key: v.key, length: v.length, units: units.get(v.key), status: c.status };
        if (c.status !== 'ok') {
          results[level].push({ ...row, reason: c.reason });
          continue;
        }
        const id = `${level}|${v.key}|${c.name}`;
        const error = failed.get(`${level}|${c.name}`) ?? failures.get(id);
        const s = samples.get(id);
        if (error != null || s == null) {
          results[level].push({ ...row, status: 'error', reason: error ?? 'no samples' });
          continue;
        }
        const partCounts = [...new Set(s.map((x) => x.parts))];
        results[level].push({
          ...row,
          parts: partCounts.length === 1 ? partCounts[0] : partCounts,
          cpuUs: summarize(s.map((x) => x.cpuUs)),
          cpuUsPerUnit: summarize(s.map((x) => x.threadCpuUs / row.units)),
          processCpuUsPerUnit: summarize(s.map((x) => x.cpuUs / row.units)),
          wallMs: summarize(s.map((x) => x.wallMs)),
          samples: s,
        });
      }
    }
  }
  return { scenario: name, group, kind, unit: kind === 'stream' ? 'chunk' : 'call', levels, variants, validation, results };
}
