#!/usr/bin/env node
/**
 * `npm test`: the three vitest lanes of vitest.config.ts. The v2 and v3 lanes (AI SDK 5 and 6) run
 * on the current Node; the v4 lane runs AI SDK 7, which needs Node >= 22, on the current Node when
 * it is 22 or newer, else on a Node 22 fetched once from the registry (scripts/node22.mjs). Arguments are passed to both vitest runs
 * (`npm test -- test/chat`). Fails if either run fails, and ends with both runs' summaries.
 */
import { execFileSync, spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Path } from './node22.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const args = process.argv.slice(2);
/** The Node that runs npm: the AI SDK 5 and 6 lanes run on the user's Node, whatever `node` is on PATH. */
const currentNode = process.env.npm_node_execpath ?? process.execPath;

const versionOf = (node) => execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();

const SUMMARY_LINE = /^\s*(Test Files|Tests|Errors|Start at|Duration)\s/;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
/** Enough of the output's end to hold vitest's summary. */
const TAIL_CHARS = 8_192;

/**
 * Runs vitest for `projects` on `node`, streaming its output; resolves to its exit code and summary
 * lines. `node` also comes first on PATH, so processes the tests start by name run on the same Node.
 */
function runLanes(title, node, projects) {
  const heading = `== ${title} on Node ${versionOf(node)}`;
  console.log(`\n${heading}`);
  const child = spawn(node, [vitest, 'run', ...projects.flatMap((name) => ['--project', name]), '--passWithNoTests', ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}`,
      ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
    },
  });
  let tail = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    tail = (tail + chunk.toString()).slice(-TAIL_CHARS);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      const summary = tail.split('\n').filter((line) => SUMMARY_LINE.test(line.replace(ANSI, '')));
      resolve({ heading, code: code ?? 1, signal, summary });
    });
  });
}

const runs = [await runLanes('lanes v2 (AI SDK 5) and v3 (AI SDK 6)', currentNode, ['v2', 'v3']), await runLanes('lane v4 (AI SDK 7)', node22Path(), ['v4'])];

console.log('\n== summary');
for (const { heading, code, signal, summary } of runs) {
  console.log(`${heading}: ${code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`}`);
  for (const line of summary) console.log(line);
}

/** Counts from a run's "Tests  N failed | N passed | N skipped (N)" line. */
function testCounts(summary) {
  const line = summary.map((text) => text.replace(ANSI, '')).find((text) => /^\s*Tests\s/.test(text)) ?? '';
  const count = (word) => Number(line.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

// One plain closing line for the whole run, as test runners print it.
const totals = runs
  .map((run) => testCounts(run.summary))
  .reduce((sum, counts) => ({
    passed: sum.passed + counts.passed,
    failed: sum.failed + counts.failed,
    skipped: sum.skipped + counts.skipped,
  }));
const ok = runs.every((run) => run.code === 0);
console.log(`\n${totals.passed} passed, ${ok ? totals.failed : Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
