// Loads the comparators of one AI SDK group. Each SDK comparator exposes
// `createModel(baseURL)` returning a model of that group's spec (V2 for
// AI SDK 5, V4 for AI SDK 7); `floor` has no model (see floor.mjs).
// openclaw-router is loaded from its build; if the entry is missing it is
// reported as "not built" instead of failing the run. `sdk-floor` (AI SDK 7
// group only) is the do-nothing V4 model of sdk-floor.mjs.

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { config } from './config.mjs';
import { openclawEntry, openclawV4Entry, repoRoot } from './paths.mjs';
import { createSdkFloorModel } from './sdk-floor.mjs';

export const COMPARATOR_NAMES = ['floor', 'official', 'compat', 'openclaw-router'];

/**
 * The AI SDK majors measured side by side. `ai5` keeps the unprefixed
 * scenario names (text, reasoning-tools, generate); other groups prefix theirs
 * with the group id. Packages are the npm aliases in package.json.
 */
export const SDK_GROUPS = {
  ai5: {
    id: 'ai5',
    title: 'AI SDK 5',
    scenarioPrefix: '',
    comparators: COMPARATOR_NAMES,
    ai: 'ai',
    official: '@openrouter/ai-sdk-provider',
    compat: '@ai-sdk/openai-compatible',
    openclawEntry,
  },
  ai7: {
    id: 'ai7',
    title: 'AI SDK 7',
    scenarioPrefix: 'ai7-',
    comparators: ['floor', 'sdk-floor', 'official', 'compat', 'openclaw-router'],
    ai: 'ai-v7',
    official: 'openrouter-provider-v3',
    compat: 'openai-compatible-v3',
    openclawEntry: openclawV4Entry,
  },
};

async function loadOfficial(group) {
  const { createOpenRouter } = await import(group.official);
  return (baseURL) => createOpenRouter({ apiKey: config.apiKey, baseURL })(config.modelId);
}

async function loadCompat(group) {
  const { createOpenAICompatible } = await import(group.compat);
  return (baseURL) => createOpenAICompatible({ name: 'openrouter', baseURL, apiKey: config.apiKey, includeUsage: true })(config.modelId);
}

async function loadOpenclaw(group) {
  if (!fs.existsSync(group.openclawEntry)) return null;
  const mod = await import(pathToFileURL(group.openclawEntry).href);
  if (typeof mod.createOpenClawRouter !== 'function') {
    throw new Error(`${group.openclawEntry} does not export createOpenClawRouter`);
  }
  return (baseURL) => mod.createOpenClawRouter({ apiKey: config.apiKey, baseURL })(config.modelId);
}

const loaders = { 'sdk-floor': async () => createSdkFloorModel, official: loadOfficial, compat: loadCompat, 'openclaw-router': loadOpenclaw };

/**
 * @param {string[]} [names]
 * @param {object} [group] one of SDK_GROUPS
 * @returns {Promise<Array<{ name: string, status: 'ok' | 'not built' | 'error', reason?: string,
 *   createModel?: (baseURL: string) => any }>>}
 */
export async function loadComparators(names = COMPARATOR_NAMES, group = SDK_GROUPS.ai5) {
  const out = [];
  for (const name of names) {
    if (name === 'floor') {
      out.push({ name, status: 'ok' });
      continue;
    }
    try {
      const createModel = await loaders[name](group);
      if (createModel === null) out.push({ name, status: 'not built', reason: `${path.relative(repoRoot, group.openclawEntry)} is missing (run \`npm run build\`)` });
      else out.push({ name, status: 'ok', createModel });
    } catch (err) {
      out.push({ name, status: 'error', reason: String(err?.message ?? err) });
    }
  }
  return out;
}

/** The `ai` package of a group: streamText, generateText, tool, jsonSchema. */
export function loadSdk(group = SDK_GROUPS.ai5) {
  return import(group.ai);
}
