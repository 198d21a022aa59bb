// Benchmark sizes and round counts, read once from the environment.
//   BENCH_QUICK=1     smaller sizes and fewer rounds (smoke run, ~30 s)
//   BENCH_ROUNDS=n    measured rounds per scenario (default 7, quick 2)
//   BENCH_WARMUP=n    warm-up rounds per scenario (default 1)
//   BENCH_ONLY=a,b    run only these scenarios (text, reasoning-tools, generate,
//                     cold-import, memory, bundle-size)

const env = process.env;
const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';

function intFromEnv(name, fallback) {
  const raw = env[name];
  if (raw == null || raw === '') return fallback;
  const n = Number.parseInt(raw, 10);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

const full = {
  // text deltas per stream; the middle one is the headline length
  textLengths: [10_000, 20_000, 40_000],
  // reasoning deltas per stream; the tool arguments arrive in as many pieces
  reasoningToolsLengths: [5_000, 10_000],
  generateCalls: 2_000,
  coldImportRuns: 9,
  memoryTextLengths: [20_000, 80_000],
  memoryRuns: 3,
};

const small = {
  textLengths: [2_000, 4_000],
  reasoningToolsLengths: [1_000, 2_000],
  generateCalls: 200,
  coldImportRuns: 3,
  memoryTextLengths: [5_000, 20_000],
  memoryRuns: 1,
};

const sizes = quick ? small : full;

export const config = {
  quick,
  rounds: Math.max(1, intFromEnv('BENCH_ROUNDS', quick ? 2 : 7)),
  warmupRounds: intFromEnv('BENCH_WARMUP', 1),
  only: env.BENCH_ONLY
    ? new Set(
        env.BENCH_ONLY.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
    : null,
  modelId: 'anthropic/claude-sonnet-4',
  apiKey: 'sk-or-v1-bench',
  ...sizes,
};

export function scenarioEnabled(name) {
  return config.only == null || config.only.has(name);
}
