// Renders bench/RESULTS.md and the compact stdout summary from the results.

import { SDK_GROUPS } from './comparators.mjs';
import { bytes, int, num, ratio, table } from './format.mjs';
import { CPU_CLOCK } from './measure.mjs';

const LEVEL_TITLES = {
  model: 'model level (`model.doStream()` read to the end)',
  streamText: 'through `streamText` (`result.fullStream` read to the end)',
  generateText: 'through `generateText`',
};
const GENERATE_MODEL_TITLE = 'model level (`model.doGenerate()`)';

const TEXT_DESCRIPTION = 'One short text delta per chunk, then a finish chunk and a usage chunk. A chunk is one SSE `data:` event (`[DONE]` excluded).';
const REASONING_TOOLS_DESCRIPTION =
  'N reasoning deltas (`reasoning` plus `reasoning_details` of type `reasoning.text`), a signature-only delta, then one tool call whose `arguments` arrive in N pieces (id and name on the first only), finish reason `tool_calls`, and the usage chunk. The length column is N; chunks = 2N + 3.';
const GENERATE_DESCRIPTION = 'Sequential small non-streaming calls (JSON reply with usage); the per-call numbers divide one run by its number of calls.';
const AI7 =
  ' The same replies as in the AI SDK 5 section, here through AI SDK 7: `openclaw-router/v4`, the official provider 3.x and openai-compatible 3.x (all V4 models), `streamText`/`generateText` from `ai` 7.';
const WORK_SECTIONS = [
  ['text', TEXT_DESCRIPTION],
  ['reasoning-tools', REASONING_TOOLS_DESCRIPTION],
  ['generate', GENERATE_DESCRIPTION],
  ['ai7-text', TEXT_DESCRIPTION + AI7],
  ['ai7-reasoning-tools', REASONING_TOOLS_DESCRIPTION + AI7],
  ['ai7-generate', GENERATE_DESCRIPTION + AI7],
];

function levelTitle(s, level) {
  return s.kind === 'generate' && level === 'model' ? GENERATE_MODEL_TITLE : LEVEL_TITLES[level];
}

function medianOf(rows, key, comparator) {
  const r = rows.find((x) => x.key === key && x.comparator === comparator);
  return r?.status === 'ok' ? r.cpuUsPerUnit.median : null;
}

function workTable(s, level) {
  const rows = s.results[level];
  const unit = s.unit;
  const body = rows.map((r) => {
    const head = [`\`${r.comparator}\``, int(r.length), int(r.units)];
    if (r.status !== 'ok') {
      const why = r.status === 'error' && r.reason ? `error: ${r.reason.slice(0, 100)}` : r.status;
      return [...head, why, '–', '–', '–', '–', '–', '–'];
    }
    const m = r.cpuUsPerUnit.median;
    const parts = Array.isArray(r.parts) ? r.parts.map(int).join('/') : int(r.parts);
    return [
      ...head,
      parts,
      `**${num(m)}**`,
      `${num(r.cpuUsPerUnit.min)} – ${num(r.cpuUsPerUnit.max)}`,
      ratio(m, medianOf(rows, r.key, 'floor')),
      ratio(m, medianOf(rows, r.key, 'official')),
      num(r.cpuUs.median / 1000),
      num(r.wallMs.median),
    ];
  });
  const lengthHeader = s.kind === 'stream' ? 'length' : 'calls';
  const headers = [
    'comparator',
    lengthHeader,
    `${unit}s/run`,
    'parts/run',
    `CPU µs/${unit} (median)`,
    'min – max',
    '× floor',
    '× official',
    'process CPU ms/run',
    'wall ms/run',
  ];
  // with an SDK floor in the group, each row's ratio to it, after × official
  if (!rows.some((r) => r.comparator === 'sdk-floor')) return table(headers, body);
  const withSdkFloor = body.map((cells, i) => {
    const r = rows[i];
    const cell = r.status === 'ok' ? ratio(r.cpuUsPerUnit.median, medianOf(rows, r.key, 'sdk-floor')) : '–';
    return [...cells.slice(0, 8), cell, ...cells.slice(8)];
  });
  return table([...headers.slice(0, 8), '× sdk-floor', ...headers.slice(8)], withSdkFloor);
}

function validationTable(s, level) {
  const v = s.validation[level];
  const units = s.results[level].find((r) => r.key === s.variants[0].key)?.units;
  const rows = Object.entries(v).map(([name, x]) => [
    `\`${name}\``,
    int(x.parts),
    x.parts == null ? '–' : num(x.parts / (s.kind === 'stream' ? units : 1)),
    x.types
      ? Object.entries(x.types)
          .map(([t, n]) => `${t}: ${int(n)}`)
          .join(', ')
      : '–',
    x.issues.length ? x.issues.join('; ') : 'ok',
  ]);
  return table(['comparator', 'parts', `parts/${s.unit}`, 'parts by type', 'check'], rows);
}

function workSection(s, heading, description) {
  const out = [`## ${heading}`, '', description, ''];
  for (const level of s.levels) {
    out.push(`### ${levelTitle(s, level)}`, '', workTable(s, level), '');
    out.push(`Parts emitted (validation pass at ${s.variants[0].key}):`, '', validationTable(s, level), '');
  }
  return out.join('\n');
}

function coldImportSection(s) {
  const o = s.results.find((r) => r.comparator === 'official');
  const rows = s.results.map((r) => {
    if (r.status !== 'ok') return [`\`${r.comparator}\``, r.status, '–', '–', '–', '–', '–', '–'];
    const imports = r.comparator !== 'floor';
    return [
      `\`${r.comparator}\``,
      imports ? `**${num(r.importMs.median)}**` : '– (nothing imported)',
      imports ? `${num(r.importMs.min)} – ${num(r.importMs.max)}` : '–',
      num(r.processCpuMs.median),
      num(r.processWallMs.median),
      r.comparator === 'floor' ? '–' : ratio(r.importMs.median, o?.importMs?.median),
      imports ? `**${num(r.importAfterAiMs.median)}**` : '–',
      r.comparator === 'floor' ? '–' : ratio(r.importAfterAiMs.median, o?.importAfterAiMs?.median),
    ];
  });
  return [
    '## cold-import',
    '',
    `A fresh \`node\` process per run (${s.runs} runs each, interleaved, after one warm-up run). Import time is taken inside the child around \`await import(entry)\`; process CPU is the child's user+sys at exit, including node's own start-up (\`floor\` imports nothing).`,
    '',
    'The last two columns time the same import in a process that has already loaded `ai`, as every AI SDK app has: what the package itself adds to a cold start.',
    '',
    table(
      ['comparator', 'import ms (median)', 'min – max', 'process CPU ms', 'process wall ms', '× official (import)', 'import after `ai` ms', '× official (after `ai`)'],
      rows,
    ),
    '',
  ].join('\n');
}

function memorySection(s) {
  const rows = s.results.map((r) => {
    if (r.status !== 'ok') return [`\`${r.comparator}\``, int(r.length), bytes(r.textBytes), r.status, '–', '–', '–'];
    return [`\`${r.comparator}\``, int(r.length), bytes(r.textBytes), int(r.parts), `**${bytes(r.liveHeapDelta)}**`, bytes(r.peakHeapDelta), bytes(r.peakRssDelta)];
  });
  return [
    '## memory',
    '',
    `The text scenario at model level, each measurement in its own \`node --expose-gc\` child (median of ${s.runs}). All values are above a post-GC baseline taken after a warm-up stream. *Live heap* is the largest heap seen right after forced GCs taken every 5,000 parts while the stream is open: what the stream holds on to. *Peak heap* and *peak RSS* are sampled every 256 parts in a separate pass without forced GC (they include garbage not yet collected).`,
    '',
    table(['comparator', 'text deltas', 'text size', 'parts', 'live heap Δ', 'peak heap Δ', 'peak RSS Δ'], rows),
    '',
  ].join('\n');
}

function bundleSection(s) {
  const rows = s.results.map((r) => {
    if (r.status !== 'ok') return [`\`${r.comparator}\``, `\`${r.file}\``, r.status, '–', '–', '–', '–'];
    return [
      `\`${r.comparator}\``,
      `\`${r.file}\``,
      bytes(r.entry.raw),
      bytes(r.entry.gzip),
      int(r.closure.files.length),
      `**${bytes(r.closure.raw)}**`,
      bytes(r.closure.gzip),
    ];
  });
  return [
    '## bundle-size',
    '',
    'Main ESM entry, raw and gzipped (node:zlib default level; 1 KB = 1,000 bytes). The closure adds the relative files the entry imports (code-split chunks); dependencies imported by package name are not counted (note that official inlines its own copy of `@ai-sdk/provider-utils`, the others import it).',
    '',
    table(['comparator', 'entry', 'raw', 'gzip', 'local files', 'closure raw', 'closure gzip'], rows),
    '',
  ].join('\n');
}

function targetsSection(targets) {
  const mark = { met: '✅ met', missed: '❌ missed', invalid: '⚠️ invalid', 'not evaluated': '– not evaluated' };
  return [
    '## Targets',
    '',
    'Evaluated automatically for `openclaw-router` from the medians below. A target holds only if it holds at every measured length; the ratio shown is the worst one. *Invalid* means the validation pass found that openclaw-router did not do the whole work, so its numbers cannot be compared. Where a target is missed, `bench/README.md` says where the time goes and why.',
    '',
    table(
      ['target', 'status', 'measured', 'detail'],
      targets.map((t) => [t.title, mark[t.status], t.measured ?? '–', t.detail ?? '']),
    ),
    '',
  ].join('\n');
}

export function renderMarkdown(results) {
  const { environment: e, versions: v, comparators, scenarios, targets } = results;
  const out = [
    '# Benchmark results',
    '',
    `Generated ${e.date} by \`node bench/run.mjs\`${e.quick ? ' with **BENCH_QUICK=1 (smoke sizes, not for comparison)**' : ''}.`,
    '',
    `- Machine: ${e.cpuModel}, ${e.cores} cores, ${e.totalMemGB} GB, ${e.os}; load average at start ${e.loadAvgAtStart.join(' / ')}`,
    `- Node ${e.node}; ${e.warmupRounds} warm-up + ${e.rounds} measured rounds per scenario, comparators interleaved (order rotated every round)`,
    `- AI SDK 5 group (\`text\`, \`reasoning-tools\`, \`generate\`, cold-import, memory, bundle-size): ai ${v.ai}, official (@openrouter/ai-sdk-provider) ${v.official}, compat (@ai-sdk/openai-compatible) ${v.compat}, openclaw-router ${v['openclaw-router']} (\`dist/index.js\`, V2 models)`,
    `- AI SDK 7 group (\`ai7-*\`): ai ${v['ai-v7']}, official (@openrouter/ai-sdk-provider) ${v['official-v3']}, compat (@ai-sdk/openai-compatible) ${v['compat-v3']}, openclaw-router ${v['openclaw-router']} (\`dist/v4/index.js\`, V4 models)`,
  ];
  for (const [group, list] of Object.entries(comparators)) {
    for (const c of list.filter((x) => x.status !== 'ok')) out.push(`- ${group} \`${c.name}\`: **${c.status}**${c.reason ? ` (${c.reason})` : ''}`);
  }
  out.push(
    '',
    `Reproduce: \`npm ci && npm run bench\` (builds, then runs every scenario; this run took ${Math.round(results.durationSec / 60)} min at a load average of ${e.loadAvgAtStart[0]} at start); \`BENCH_ONLY=ai7-text,ai7-reasoning-tools,ai7-generate node bench/run.mjs\` runs the AI SDK 7 group alone, and \`BENCH_QUICK=1\` a smoke run. AI SDK 7 declares Node >= 22 (this run: Node ${e.node}): started on an older Node, a run that includes the AI SDK 7 group re-runs itself under Node 22 (\`bench/node-runtime.mjs\` picks the binary).`,
  );
  out.push(
    '',
    `CPU per chunk/call is the ${CPU_CLOCK === 'main thread' ? 'benchmark process\'s main-thread CPU (`/proc/thread-self/schedstat`), which includes the GC pauses a run triggers; "process CPU" adds V8\'s concurrent GC helper threads (`process.cpuUsage()`)' : 'user+sys of the benchmark process (`process.cpuUsage()`)'}. The server runs in a separate process and is not counted. Ratios compare medians at the same length and level. See \`bench/README.md\`.`,
    '',
  );
  if (targets) out.push(targetsSection(targets));
  for (const [name, description] of WORK_SECTIONS) {
    const s = scenarios[name];
    if (s) out.push(workSection(s, `${name} (${SDK_GROUPS[s.group]?.title ?? s.group})`, description));
  }
  if (scenarios['cold-import']) out.push(coldImportSection(scenarios['cold-import']));
  if (scenarios.memory) out.push(memorySection(scenarios.memory));
  if (scenarios['bundle-size']) out.push(bundleSection(scenarios['bundle-size']));
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderSummary(results) {
  const { scenarios, targets } = results;
  const lines = [];
  for (const [name] of WORK_SECTIONS) {
    const s = scenarios[name];
    if (!s) continue;
    for (const level of s.levels) {
      for (const v of s.variants) {
        const rows = s.results[level].filter((r) => r.key === v.key);
        const floor = medianOf(rows, v.key, 'floor');
        const cells = rows.map((r) => {
          if (r.status !== 'ok') return `${r.comparator} ${r.status}`;
          const m = r.cpuUsPerUnit.median;
          const parts = Array.isArray(r.parts) ? r.parts.join('/') : r.parts;
          return `${r.comparator} ${num(m)}${r.comparator === 'floor' ? '' : ` (${ratio(m, floor)})`} [${parts} parts]`;
        });
        lines.push(`${name} ${v.key} ${level}: µs/${s.unit}: ${cells.join(' | ')}`);
      }
    }
  }
  const ci = scenarios['cold-import'];
  if (ci) {
    const cell = (r) => (r.status !== 'ok' ? r.status : r.comparator === 'floor' ? `process ${num(r.processCpuMs.median)} CPU` : num(r.importMs.median));
    lines.push(`cold-import ms: ${ci.results.map((r) => `${r.comparator} ${cell(r)}`).join(' | ')}`);
  }
  const mem = scenarios.memory;
  if (mem)
    lines.push(`memory live heap Δ: ${mem.results.map((r) => `${r.comparator}@${r.length} ${r.status === 'ok' ? bytes(r.liveHeapDelta) : r.status}`).join(' | ')}`);
  const bs = scenarios['bundle-size'];
  if (bs)
    lines.push(
      `bundle raw/gzip: ${bs.results.map((r) => `${r.comparator} ${r.status === 'ok' ? `${bytes(r.closure.raw)}/${bytes(r.closure.gzip)}` : r.status}`).join(' | ')}`,
    );
  if (targets) {
    lines.push('targets:');
    for (const t of targets) lines.push(`  [${t.status}] ${t.title}${t.measured ? `: ${t.measured}` : ''}${t.detail ? ` (${t.detail})` : ''}`);
  }
  return lines.join('\n');
}
