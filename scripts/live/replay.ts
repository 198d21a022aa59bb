/**
 * Replays a folder of recordings through the replay suite (test/chat/live-recordings.test.ts) in
 * every lane: the folder is handed over in OPENCLAW_RECORDED_DIR, which the suite reads besides
 * the fixtures it finds under test/fixtures/openrouter.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
export const REPLAY_SUITE = 'test/chat/live-recordings.test.ts';

/** Runs the suite on this Node (>= 22: the v4 lane needs it); resolves to vitest's exit code. */
export function replayRecordings(dir: string): Promise<number> {
  const child = spawn(process.execPath, [vitest, 'run', '--project', 'v2', '--project', 'v3', '--project', 'v4', REPLAY_SUITE], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, OPENCLAW_RECORDED_DIR: dir },
  });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}
