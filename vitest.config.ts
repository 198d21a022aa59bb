import { defineConfig } from 'vitest/config';

/**
 * Three lanes, one per AI SDK major: `v2` runs the root/`/v2` surface under AI SDK 5 (npm `ai`),
 * `v3` runs `/v3` under AI SDK 6 (`ai-v6`), `v4` runs `/v4` under AI SDK 7 (`ai-v7`). Scenario
 * suites run in every lane through test/helpers/surface.ts, which reads the lane from
 * OPENCLAW_TEST_LANE. Everything else (core unit tests, the emulator, package and edge checks,
 * V2 in compatibility mode) runs once, in the v2 lane. `npm test` (scripts/test-lanes.mjs) runs
 * the v4 lane under Node 22, as AI SDK 7 requires.
 */
const SCENARIOS = [
  'test/chat/**/*.test.ts',
  'test/policies/**/*.test.ts',
  'test/image/**/*.test.ts',
  'test/embedding/**/*.test.ts',
  'test/reliability/**/*.test.ts',
  'test/routing-fallbacks.test.ts',
];

/** V2 models under AI SDK 5, 6 and 7, and core-only checks: once, in the v2 lane. */
const V2_LANE_ONLY = ['test/image/ai-sdk-majors.test.ts', 'test/embedding/ai-sdk-majors.test.ts', 'test/image/aspect-ratio.test.ts'];

const lane = (name: 'v2' | 'v3' | 'v4', include: string[], exclude: string[], typecheck?: object) => ({
  extends: true as const,
  test: { name, include, exclude: [...EXCLUDE, ...exclude], env: { OPENCLAW_TEST_LANE: name }, ...(typecheck ? { typecheck } : {}) },
});

/**
 * Compile-time tests of the public surfaces (`*.test-d.ts`: each provider against its AI SDK
 * major's spec, and the surfaces against each other), type-checked once, in the v2 lane. Errors
 * elsewhere are `npm run typecheck`'s to report.
 */
const TYPE_TESTS = { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json', ignoreSourceErrors: true };

const EXCLUDE = ['**/node_modules/**', 'examples/next-app/**'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      lane('v2', ['src/**/*.test.ts', 'test/**/*.test.ts'], ['test/surfaces/v3/**', 'test/surfaces/v4/**'], TYPE_TESTS),
      lane('v3', [...SCENARIOS, 'test/surfaces/v3/**/*.test.ts'], V2_LANE_ONLY),
      lane('v4', [...SCENARIOS, 'test/surfaces/v4/**/*.test.ts'], V2_LANE_ONLY),
    ],
  },
});
