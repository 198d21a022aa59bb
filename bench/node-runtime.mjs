// Which Node runs the benchmark. AI SDK 7 declares Node >= 22, so a run that
// includes the AI SDK 7 group re-runs itself under a Node 22 binary when started
// on an older Node; scripts/node22.mjs picks (and, once, fetches) that binary.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { node22Path } from '../scripts/node22.mjs';

const MIN_MAJOR = 22;

const majorOf = (version) => Number.parseInt(version.replace(/^v/, ''), 10);

/**
 * When `needed` and this Node is older than 22, runs this same script under
 * Node 22 and exits with its status; otherwise returns and the run goes on here.
 */
export function ensureNode22(needed, log) {
  if (!needed || majorOf(process.version) >= MIN_MAJOR) return;
  const node = node22Path();
  log(`bench: re-running under Node 22 (${path.relative(process.cwd(), node)}), as AI SDK 7 requires`);
  const child = spawnSync(node, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
