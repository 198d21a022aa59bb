#!/usr/bin/env node
/**
 * Node 22 for what AI SDK 7 runs in (its test lane, the demo and examples, the e2e, the bench, the
 * package check's ai 7 app): the running Node when it is 22 or newer, else a Node 22 for this
 * platform from the npm registry, installed once into a cache in the OS temp folder.
 *
 * As a module: `node22Path()`. As a command: `node scripts/node22.mjs <package bin or script> [args]`
 * runs it on that Node, with that Node first on PATH for the processes it starts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAJOR = 22;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The Node that runs npm (under `npm run`) or this script. */
const currentNode = () => process.env.npm_node_execpath ?? process.execPath;

const majorOf = (node) => Number((node === process.execPath ? process.version : execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()).slice(1).split('.')[0]);

/** The registry package holding a Node binary for this platform, as the `node` package names them. */
function platformPackage() {
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const arch = platform === 'win' && process.arch === 'ia32' ? 'x86' : process.arch;
  const prefix = process.platform === 'darwin' && process.arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${platform}-${arch}`;
}

/** The binary inside an installed platform package, or undefined when it is not (fully) there. */
function installedBinary(prefix, name) {
  const manifest = join(prefix, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const binary = join(dirname(manifest), typeof bin === 'string' ? bin : bin.node);
  return existsSync(binary) ? binary : undefined;
}

/** Path of a Node >= 22 binary; downloads one on first use when the running Node is older. */
export function node22Path() {
  const node = currentNode();
  if (majorOf(node) >= MAJOR) return node;
  const name = platformPackage();
  const cache = join(tmpdir(), `openclaw-router-node${MAJOR}`, name);
  const cached = installedBinary(cache, name);
  if (cached) return cached;

  console.error(`Node ${process.version} is older than ${MAJOR}: installing ${name}@${MAJOR} from the npm registry into ${cache} (once).`);
  // Installed beside the cache and moved into place, so a run that stops half way leaves no cache behind.
  const partial = `${cache}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  // npm is npm.cmd on Windows, which only a shell runs; the shell needs the path quoted.
  const windows = process.platform === 'win32';
  const npmArgs = [
    'install',
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefix',
    windows ? `"${partial}"` : partial,
    `${name}@${MAJOR}`,
  ];
  execFileSync('npm', npmArgs, { stdio: ['ignore', 2, 2], shell: windows });
  try {
    renameSync(partial, cache);
  } catch {
    // Another run got there first; use its copy.
    rmSync(partial, { recursive: true, force: true });
  }
  const installed = installedBinary(cache, name);
  if (!installed || majorOf(installed) < MAJOR) throw new Error(`${name}@${MAJOR} did not install a Node ${MAJOR} binary into ${cache}.`);
  return installed;
}

/** A package's bin script (e.g. `tsx`, `vitest`) from this repository's node_modules, or a script path. */
function scriptOf(target) {
  const manifest = join(root, 'node_modules', target, 'package.json');
  if (!/[\\/.]/.test(target) && existsSync(manifest)) {
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    return join(dirname(manifest), typeof bin === 'string' ? bin : bin[target]);
  }
  return resolve(target);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [target, ...args] = process.argv.slice(2);
  if (!target) {
    console.log(node22Path());
  } else {
    const node = node22Path();
    const child = spawn(node, [scriptOf(target), ...args], {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` },
    });
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => {
      if (signal) process.kill(process.pid, signal);
      else process.exit(code ?? 1);
    });
  }
}
