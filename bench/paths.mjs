// Filesystem locations used across the benchmark.

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(benchDir, '..');
export const nodeModules = path.join(repoRoot, 'node_modules');

// BENCH_OPENCLAW_ENTRY points the openclaw-router comparator at another build
export const openclawEntry = process.env.BENCH_OPENCLAW_ENTRY ? path.resolve(process.env.BENCH_OPENCLAW_ENTRY) : path.join(repoRoot, 'dist', 'index.js');
// BENCH_OPENCLAW_V4_ENTRY does the same for the AI SDK 7 entry (openclaw-router/v4)
export const openclawV4Entry = process.env.BENCH_OPENCLAW_V4_ENTRY ? path.resolve(process.env.BENCH_OPENCLAW_V4_ENTRY) : path.join(repoRoot, 'dist', 'v4', 'index.js');
export const officialEntry = path.join(nodeModules, '@openrouter', 'ai-sdk-provider', 'dist', 'index.mjs');
export const compatEntry = path.join(nodeModules, '@ai-sdk', 'openai-compatible', 'dist', 'index.mjs');

export const packageJsonPaths = {
  ai: path.join(nodeModules, 'ai', 'package.json'),
  official: path.join(nodeModules, '@openrouter', 'ai-sdk-provider', 'package.json'),
  compat: path.join(nodeModules, '@ai-sdk', 'openai-compatible', 'package.json'),
  'openclaw-router': path.join(repoRoot, 'package.json'),
  'ai-v7': path.join(nodeModules, 'ai-v7', 'package.json'),
  'official-v3': path.join(nodeModules, 'openrouter-provider-v3', 'package.json'),
  'compat-v3': path.join(nodeModules, 'openai-compatible-v3', 'package.json'),
};

export const resultsJsonPath = path.join(benchDir, 'results.json');
export const resultsMdPath = path.join(benchDir, 'RESULTS.md');
