// The project's targets, evaluated from the measured numbers for
// openclaw-router. A target holds only if it holds at every measured length;
// the ratio shown is the worst one. Statuses: met, missed, invalid (the
// subject's validation pass found incomplete work), not evaluated.

const SUBJECT = 'openclaw-router';
const BUNDLE_LIMIT_BYTES = 35_000;
const FLAT_TOLERANCE = 0.25;

function cpuPerUnit(scenario, level, key, comparator) {
  const row = scenario?.results[level]?.find((r) => r.key === key && r.comparator === comparator);
  return row?.status === 'ok' ? row.cpuUsPerUnit.median : null;
}

function bestPeer(scenario, level, key) {
  const peers = ['official', 'compat'].map((p) => ({ p, v: cpuPerUnit(scenario, level, key, p) })).filter((x) => x.v != null);
  return peers.length ? peers.reduce((a, b) => (b.v < a.v ? b : a)) : null;
}

// The comparison is only fair if the subject did the whole work: when its
// validation pass found issues the target is reported as invalid.
function issuesOf(scenario, level) {
  return scenario?.validation?.[level]?.[SUBJECT]?.issues ?? [];
}

function verdict(id, title, ok, measured, detail, issues = []) {
  if (ok == null) return { id, title, status: 'not evaluated', measured: null, detail };
  if (issues.length) return { id, title, status: 'invalid', measured, detail: `${detail}; incomplete work: ${issues.join('; ')}` };
  return { id, title, status: ok ? 'met' : 'missed', measured, detail };
}

function worst(ratios) {
  return ratios.length && ratios.every((r) => r.ratio != null) ? ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a)) : null;
}

function vsFloor(scenario, name, limit = 2, unit = 'chunk') {
  const id = `${name}-model-vs-floor`;
  const title = `${name}: model-level CPU per ${unit} <= ${limit}x floor`;
  return vsComparator(scenario, id, title, 'floor', limit);
}

function vsOfficial(scenario, name, limit, unit = 'chunk') {
  const id = `${name}-model-vs-official`;
  const title = `${name}: model-level CPU per ${unit} <= ${limit}x official`;
  return vsComparator(scenario, id, title, 'official', limit);
}

// model-level CPU of the subject over `reference`'s, worst length against `limit`
function vsComparator(scenario, id, title, reference, limit) {
  if (!scenario) return verdict(id, title, null, null, 'scenario not run');
  const ratios = scenario.variants.map((v) => {
    const s = cpuPerUnit(scenario, 'model', v.key, SUBJECT);
    const r = cpuPerUnit(scenario, 'model', v.key, reference);
    return { key: v.key, ratio: s != null && r ? s / r : null };
  });
  const w = worst(ratios);
  if (!w) return verdict(id, title, null, null, `${SUBJECT} or ${reference} not measured`);
  return verdict(id, title, w.ratio <= limit, `${w.ratio.toFixed(2)}x ${reference}`, `worst at ${w.key}`, issuesOf(scenario, 'model'));
}

function flatness(scenario, name) {
  const id = `${name}-model-flat`;
  const title = `${name}: model-level CPU per chunk flat in stream length (longest vs shortest within ±25%)`;
  if (!scenario) return verdict(id, title, null, null, 'scenario not run');
  const first = scenario.variants[0];
  const last = scenario.variants[scenario.variants.length - 1];
  const a = cpuPerUnit(scenario, 'model', first.key, SUBJECT);
  const b = cpuPerUnit(scenario, 'model', last.key, SUBJECT);
  if (a == null || b == null) return verdict(id, title, null, null, `${SUBJECT} not measured`);
  const ratio = b / a;
  return verdict(id, title, Math.abs(ratio - 1) <= FLAT_TOLERANCE, `${ratio.toFixed(2)}x`, `${last.key} vs ${first.key}`, issuesOf(scenario, 'model'));
}

function vsBestPeer(scenario, name, level, unit) {
  const id = `${name}-${level}-vs-best-peer`;
  const title = `${name}: ${level} CPU per ${unit} <= best of official/compat`;
  if (!scenario) return verdict(id, title, null, null, 'scenario not run');
  const ratios = scenario.variants.map((v) => {
    const s = cpuPerUnit(scenario, level, v.key, SUBJECT);
    const p = bestPeer(scenario, level, v.key);
    return { key: v.key, ratio: s != null && p ? s / p.v : null, peer: p?.p };
  });
  const w = worst(ratios);
  if (!w) return verdict(id, title, null, null, `${SUBJECT} not measured`);
  return verdict(id, title, w.ratio <= 1, `${w.ratio.toFixed(2)}x ${w.peer}`, `worst at ${w.key}`, issuesOf(scenario, level));
}

function coldImport(scenario) {
  const id = 'cold-import-vs-official';
  const title = 'cold import: median import time <= official';
  if (!scenario) return verdict(id, title, null, null, 'scenario not run');
  const s = scenario.results.find((r) => r.comparator === SUBJECT);
  const o = scenario.results.find((r) => r.comparator === 'official');
  if (s?.status !== 'ok' || o?.status !== 'ok') return verdict(id, title, null, null, `${SUBJECT} or official not measured`);
  const ratio = s.importMs.median / o.importMs.median;
  const afterAi =
    s.importAfterAiMs && o.importAfterAiMs ? `; after \`ai\` is loaded: ${s.importAfterAiMs.median.toFixed(1)} ms vs ${o.importAfterAiMs.median.toFixed(1)} ms` : '';
  return verdict(id, title, ratio <= 1, `${ratio.toFixed(2)}x official`, `${s.importMs.median.toFixed(1)} ms vs ${o.importMs.median.toFixed(1)} ms${afterAi}`);
}

function bundle(scenario) {
  const id = 'bundle-size';
  const title = `main ESM entry < 35 KB raw (${BUNDLE_LIMIT_BYTES} bytes; entry plus the local chunks it imports)`;
  if (!scenario) return verdict(id, title, null, null, 'scenario not run');
  const s = scenario.results.find((r) => r.comparator === SUBJECT);
  if (s?.status !== 'ok') return verdict(id, title, null, null, `${SUBJECT} not built`);
  const bytes = s.closure.raw;
  return verdict(id, title, bytes < BUNDLE_LIMIT_BYTES, `${(bytes / 1000).toFixed(1)} KB`, `${s.closure.files.length} file(s)`);
}

export function evaluateTargets(scenarios) {
  const text = scenarios.text;
  const rt = scenarios['reasoning-tools'];
  return [
    vsFloor(text, 'text'),
    vsFloor(rt, 'reasoning-tools'),
    flatness(text, 'text'),
    flatness(rt, 'reasoning-tools'),
    vsBestPeer(text, 'text', 'streamText', 'chunk'),
    vsBestPeer(rt, 'reasoning-tools', 'streamText', 'chunk'),
    vsBestPeer(scenarios.generate, 'generate', 'generateText', 'call'),
    coldImport(scenarios['cold-import']),
    bundle(scenarios['bundle-size']),
    ...ai7Targets(scenarios),
  ];
}

// AI SDK 7: openclaw-router/v4 against the bare-fetch floor (the limit, 1.0x),
// the official provider's 3.x (native V4) and @ai-sdk/openai-compatible 3.x
function ai7Targets(scenarios) {
  const text = scenarios['ai7-text'];
  const rt = scenarios['ai7-reasoning-tools'];
  const generate = scenarios['ai7-generate'];
  return [
    vsFloor(text, 'ai7-text', 1.2),
    vsFloor(rt, 'ai7-reasoning-tools', 1.2),
    vsOfficial(text, 'ai7-text', 0.2),
    vsOfficial(rt, 'ai7-reasoning-tools', 0.2),
    vsFloor(generate, 'ai7-generate', 1.15, 'call'),
    vsBestPeer(text, 'ai7-text', 'streamText', 'chunk'),
    vsBestPeer(rt, 'ai7-reasoning-tools', 'streamText', 'chunk'),
    vsBestPeer(generate, 'ai7-generate', 'generateText', 'call'),
  ];
}
