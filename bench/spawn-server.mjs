// Starts bench/server.mjs as a child process and returns its base URL.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import readline from 'node:readline';

const serverPath = fileURLToPath(new URL('./server.mjs', import.meta.url));

/** @returns {Promise<{ baseURL: string, close: () => Promise<void> }>} */
export function startServer(prebuildKeys = []) {
  const child = spawn(process.execPath, [serverPath, ...prebuildKeys], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const onExit = (code) => reject(new Error(`bench server exited early (code ${code})`));
    child.once('exit', onExit);
    child.once('error', reject);
    lines.once('line', (line) => {
      child.off('exit', onExit);
      lines.close();
      const { port } = JSON.parse(line);
      resolve({
        baseURL: `http://127.0.0.1:${port}/api/v1`,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.stdin.end();
            child.kill();
          }),
      });
    });
  });
}
