#!/usr/bin/env node
/**
 * `npm run test:live`: runs the live conformance kit (scripts/live/cli.ts) with tsx. The kit uses
 * AI SDK 7, which needs Node >= 22: scripts/node22.mjs decides which Node that is.
 */
import { spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node22Path } from '../node22.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

const node = node22Path();
const child = spawn(node, [tsx, 'scripts/live/cli.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
