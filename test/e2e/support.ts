import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname } from 'node:path';

/**
 * Child processes of the e2e run. Each one leads its own process group, so stopping it also stops
 * whatever it started (npm's scripts, Next's workers); the exit hook is the last resort when the
 * test process goes away without its afterAll.
 */
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * The environment for the app's tools: the test runner's own NODE_ENV=test would make `npm ci`
 * and `next build` behave unlike a real deployment, and Next's telemetry stays off.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  delete env.NODE_ENV;
  for (const name of Object.keys(env)) {
    if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
  }
  return env;
}

export interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal) once the process group leader has exited. */
  exited: Promise<number | NodeJS.Signals>;
  /** SIGTERM to the whole group, SIGKILL after `graceMs`; resolves once the leader has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts a command in a process group of its own, its output appended to `logFile`. */
export function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Started {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`$ ${command} ${args.join(' ')}  (in ${options.cwd})\n`);
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | NodeJS.Signals>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      children.delete(child);
      log.end();
      resolve(code ?? signal ?? 1);
    });
  });
  exited.catch(() => children.delete(child));
  return {
    child,
    exited,
    async stop(graceMs = 5_000) {
      if (!children.has(child)) return;
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
      await exited.catch(() => undefined);
      clearTimeout(timer);
      // Anything the leader left behind in its group goes too.
      killGroup(child, 'SIGKILL');
    },
  };
}

/** Runs a command to completion; a non-zero exit or a time-out fails with the log's tail. */
export async function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }): Promise<void> {
  const started = start(command, args, options);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void started.stop();
  }, options.timeoutMs);
  const result = await started.exited.finally(() => clearTimeout(timer));
  if (result !== 0) {
    const tail = readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
    const why = timedOut ? `timed out after ${options.timeoutMs} ms` : `exited with ${result}`;
    throw new Error(`\`${command} ${args.join(' ')}\` ${why}; see ${options.logFile}:\n${tail}`);
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Polls `url` until it answers 200, failing early if `exited` settles first. */
export async function waitForHttp(url: string, exited: Promise<unknown>, timeoutMs: number): Promise<void> {
  let gone = false;
  void exited.then(
    () => (gone = true),
    () => (gone = true),
  );
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error(`the server exited before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The events of a UI message stream body (`data: <JSON>\n\n` each, then `data: [DONE]`), checking
 * the framing on the way: every event is a single `data:` line.
 */
export function parseUiMessageStream(body: string): { parts: Array<Record<string, any>>; done: boolean } {
  const events = body.split('\n\n');
  if (events.at(-1) !== '') throw new Error('the stream does not end with a blank line');
  events.pop();
  const parts: Array<Record<string, any>> = [];
  let done = false;
  for (const event of events) {
    if (!event.startsWith('data: ') || event.includes('\n')) throw new Error(`not a single data line: ${JSON.stringify(event)}`);
    if (done) throw new Error('an event after [DONE]');
    const data = event.slice('data: '.length);
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    parts.push(JSON.parse(data) as Record<string, any>);
  }
  return { parts, done };
}

/** Part types in order, with each run of deltas of the same type kept once. */
export function collapseDeltas(types: string[]): string[] {
  return types.filter((type, index) => !(type.endsWith('-delta') && types[index - 1] === type));
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The IHDR facts of a PNG file; throws unless the bytes start like one and end with IEND. */
export function readPngHeader(bytes: Uint8Array): { width: number; height: number; bitDepth: number; colourType: number } {
  const buffer = Buffer.from(bytes);
  if (buffer.length < 33 || !PNG_SIGNATURE.every((byte, index) => buffer[index] === byte)) {
    throw new Error(`not a PNG: starts with ${buffer.subarray(0, 8).toString('hex')}`);
  }
  if (buffer.readUInt32BE(8) !== 13 || buffer.toString('ascii', 12, 16) !== 'IHDR') throw new Error('the first chunk is not IHDR');
  if (buffer.toString('ascii', buffer.length - 8, buffer.length - 4) !== 'IEND') throw new Error('the PNG does not end with IEND');
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24],
    colourType: buffer[25],
  };
}
