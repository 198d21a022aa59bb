// Benchmark entry point: `node bench/run.mjs` (see bench/README.md).
// Writes bench/results.json (all raw numbers) and bench/RESULTS.md, and prints
// a compact summary.

import fs from 'node:fs';
import { runBundleSize } from './bundle-size.mjs';
import { runColdImport } from './cold-import.mjs';
import { COMPARATOR_NAMES, SDK_GROUPS, loadComparators, loadSdk } from './comparators.mjs';
import { config, scenarioEnabled } from './config.mjs';
import { describeEnvironment, readVersions } from './environment.mjs';
import { runMemory } from './memory.mjs';
import { ensureNode22 } from './node-runtime.mjs';
import { resultsJsonPath, resultsMdPath } from './paths.mjs';
import { renderMarkdown, renderSummary } from './report.mjs';
import { runWorkScenario } from './scenario-workload.mjs';
import { startServer } from './spawn-server.mjs';
import { evaluateTargets } from './targets.mjs';
import { makeRunners } from './workloads.mjs';

const log = (msg) => console.log(msg);
ensureNode22(
  ['text', 'reasoning-tools', 'generate'].some((s) => scenarioEnabled(`${SDK_GROUPS.ai7.scenarioPrefix}${s}`)),
  log,
);
const started = performance.now();
const environment = describeEnvironment();
const versions = readVersions();
log(`bench: ${environment.cpuModel} x${environment.cores}, node ${environment.node}, load ${environment.loadAvgAtStart.join(' ')}${config.quick ? ', QUICK' : ''}`);

const groups = [];
for (const group of Object.values(SDK_GROUPS)) {
  const comparators = await loadComparators(group.comparators, group);
  for (const c of comparators) if (c.status !== 'ok') log(`bench: ${group.title} ${c.name}: ${c.status}${c.reason ? ` (${c.reason})` : ''}`);
  groups.push({ group, comparators, sdk: await loadSdk(group) });
}

const textVariants = config.textLengths.map((n) => ({ key: `text-${n}`, length: n }));
const rtVariants = config.reasoningToolsLengths.map((n) => ({ key: `reasoning-tools-${n}`, length: n }));
const prebuild = [...textVariants.map((v) => v.key), ...rtVariants.map((v) => v.key), ...config.memoryTextLengths.map((n) => `text-${n}`), 'text-1000', 'generate'];

const server = await startServer(prebuild);
const scenarios = {};
try {
  // cold import, memory and bundle size are measured for the AI SDK 5 group (the root entry)
  if (scenarioEnabled('bundle-size')) scenarios['bundle-size'] = runBundleSize();
  if (scenarioEnabled('cold-import')) {
    log('bench: cold-import');
    scenarios['cold-import'] = runColdImport(COMPARATOR_NAMES, { runs: config.coldImportRuns, log });
  }
  if (scenarioEnabled('memory')) {
    log('bench: memory');
    scenarios.memory = runMemory(COMPARATOR_NAMES, { lengths: config.memoryTextLengths, runs: config.memoryRuns, baseURL: server.baseURL, log });
  }
  for (const { group, comparators, sdk } of groups) {
    const runners = new Map(comparators.filter((c) => c.status === 'ok').map((c) => [c.name, makeRunners(c, server.baseURL, sdk)]));
    const common = { comparators, runners, group: group.id, log };
    const name = (base) => `${group.scenarioPrefix}${base}`;
    if (scenarioEnabled(name('text'))) {
      log(`bench: ${name('text')}`);
      scenarios[name('text')] = await runWorkScenario({ name: name('text'), kind: 'stream', variants: textVariants, ...common });
    }
    if (scenarioEnabled(name('reasoning-tools'))) {
      log(`bench: ${name('reasoning-tools')}`);
      scenarios[name('reasoning-tools')] = await runWorkScenario({ name: name('reasoning-tools'), kind: 'stream', variants: rtVariants, ...common });
    }
    if (scenarioEnabled(name('generate'))) {
      log(`bench: ${name('generate')}`);
      scenarios[name('generate')] = await runWorkScenario({
        name: name('generate'),
        kind: 'generate',
        variants: [{ key: 'generate', length: config.generateCalls }],
        calls: config.generateCalls,
        ...common,
      });
    }
  }
} finally {
  await server.close();
}

const results = {
  environment,
  versions,
  config: { ...config, only: config.only ? [...config.only] : null },
  comparators: Object.fromEntries(groups.map(({ group, comparators }) => [group.id, comparators.map(({ name, status, reason }) => ({ name, status, reason }))])),
  scenarios,
  targets: evaluateTargets(scenarios),
  durationSec: Math.round((performance.now() - started) / 100) / 10,
};

fs.writeFileSync(resultsJsonPath, `${JSON.stringify(results, null, 2)}\n`);
fs.writeFileSync(resultsMdPath, renderMarkdown(results));
log('');
log(renderSummary(results));
log('');
log(`bench: done in ${results.durationSec} s; wrote bench/RESULTS.md and bench/results.json`);
