import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the fast lane, pure functions only (no HTTP server, no child process, no
// examples, e2e, load or fuzz runs). Unit tests sit next to their source in src/; the few in
// test/ that need no server are listed here. `npm test` runs these too.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/package.test.ts', 'test/image/aspect-ratio.test.ts', 'test/edge/no-node-apis.test.ts', 'test/docs/markdown-links.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
