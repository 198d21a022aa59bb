// Checks the package as users receive it: lint the published shape (publint),
// check types resolve for ESM and CJS consumers (@arethetypeswrong/cli), then
// install the packed tarball into an empty folder and use it from `import`
// and from `require` against the emulator it ships.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { node22Path } from './node22.mjs';
import { deadPackedLinks } from './packed-links.mjs';

const root = resolve(import.meta.dirname, '..');
/** The user's Node: the one running npm, whatever `node` is on PATH. */
const userNode = process.env.npm_node_execpath ?? process.execPath;
const run = (command, args, options = {}) => {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', cwd: root, ...options });
};

run('npm', ['run', 'build']);
run('npx', ['publint', '--strict']);
run('npx', ['attw', '--pack', '.', '--profile', 'node16']);

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packed = execFileSync('npm', ['pack', '--silent'], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
const tarball = join(root, packed);
const consumer = mkdtempSync(join(tmpdir(), 'openclaw-router-consumer-'));
try {
  checkPackedLinks();

  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'zod@^4.1.8'], { cwd: consumer });

  const scenario = (load, entry = 'openclaw-router', spec = 'v2') => `
    const { createOpenClawRouter, VERSION } = ${load(entry)};
    const { startOpenRouterEmulator } = ${load('openclaw-router/testing')};
    (async () => {
      const emulator = await startOpenRouterEmulator();
      try {
        const model = createOpenClawRouter({ apiKey: 'sk-or-smoke', baseURL: emulator.baseURL })('moonshotai/kimi-k2.6');
        if (model.specificationVersion !== '${spec}') throw new Error('${entry}: specificationVersion ' + model.specificationVersion);
        const result = await model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'smoke' }] }] });
        const text = result.content.find((part) => part.type === 'text')?.text;
        if (text !== 'You said: smoke') throw new Error('unexpected reply: ' + text);
        if (VERSION !== ${JSON.stringify(version)}) throw new Error('unexpected VERSION ' + VERSION);
        const agent = emulator.lastRequest().headers['user-agent'];
        if (!agent.includes('openclaw-router/${version}')) throw new Error('user agent without suffix: ' + agent);
        console.log('ok (${entry}, ${spec}):', text);
      } finally {
        await emulator.close();
      }
    })().catch((error) => { console.error(error); process.exit(1); });`;

  const entries = [
    ['openclaw-router', 'v2'],
    ['openclaw-router/v2', 'v2'],
    ['openclaw-router/v3', 'v3'],
    ['openclaw-router/v4', 'v4'],
  ];
  for (const [entry, spec] of entries) {
    const file = entry.replace(/\W/g, '-');
    writeFileSync(
      join(consumer, `${file}.mjs`),
      `import * as main from '${entry}';\nimport * as testing from 'openclaw-router/testing';\n${scenario((name) => (name === entry ? 'main' : 'testing'), entry, spec)}`,
    );
    writeFileSync(
      join(consumer, `${file}.cjs`),
      scenario((name) => `require('${name}')`, entry, spec),
    );
    run(userNode, [`${file}.mjs`], { cwd: consumer });
    run(userNode, [`${file}.cjs`], { cwd: consumer });
  }
  checkNewApps();
  checkNode10Resolution();
  console.log('package checks passed');
} finally {
  rmSync(consumer, { recursive: true, force: true });
  rmSync(tarball, { force: true });
}

/**
 * A new app per AI SDK major, as a user starts one: the packed package plus `ai` of that major,
 * compiled with tsc --strict and run against the emulator. It must print no compatibility notice
 * and see the native usage and finish reason.
 */
function checkNewApps() {
  const apps = [
    { ai: 'ai@^6.0.0', entry: 'openclaw-router/v3', node: userNode },
    // AI SDK 7 declares Node 22.
    { ai: 'ai@^7.0.0', entry: 'openclaw-router/v4', node: node22Path() },
  ];
  for (const app of apps) {
    const dir = mkdtempSync(join(tmpdir(), 'openclaw-router-app-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, app.ai, 'zod@^4.1.8', '@types/node@^20'], { cwd: dir });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, outDir: 'out', types: ['node'] },
          include: ['app.ts'],
        }),
      );
      writeFileSync(join(dir, 'app.ts'), newAppSource(app.entry));
      run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: dir });
      const output = execFileSync(app.node, ['out/app.js'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(output.trim());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function newAppSource(entry) {
  return `import { createProviderRegistry, generateText } from 'ai';
import { createOpenClawRouter } from '${entry}';
import { startOpenRouterEmulator } from 'openclaw-router/testing';

const notices: string[] = [];
const recordWarning = (warning: string | Error) => { notices.push(String(warning)); };
process.on('warning', recordWarning);
const originalWarn = console.warn;
console.warn = (...args: unknown[]) => { notices.push(args.map(String).join(' ')); };

const emulator = await startOpenRouterEmulator();
try {
  const router = createOpenClawRouter({ apiKey: 'sk-or-app', baseURL: emulator.baseURL });
  const registry = createProviderRegistry({ openrouter: router });
  const result = await generateText({ model: registry.languageModel('openrouter:anthropic/claude-sonnet-4.5'), prompt: 'hi' });
  const { usage } = result;
  const seen = {
    cacheWriteTokens: usage.inputTokenDetails.cacheWriteTokens,
    textTokens: usage.outputTokenDetails.textTokens,
    rawFinishReason: result.rawFinishReason,
    raw: usage.raw !== undefined && 'prompt_tokens' in usage.raw,
  };
  if (seen.cacheWriteTokens === undefined || seen.textTokens === undefined || seen.rawFinishReason !== 'stop' || !seen.raw) {
    throw new Error('native usage missing: ' + JSON.stringify(seen));
  }
  await new Promise((resolve) => setImmediate(resolve));
  const compat = notices.filter((notice) => /compatibility/i.test(notice));
  if (compat.length > 0) throw new Error('compatibility notice printed: ' + compat.join(' | '));
  console.log('new app on ${entry}: ' + JSON.stringify(seen));
} finally {
  console.warn = originalWarn;
  await emulator.close();
}
`;
}

/** Every relative link in the tarball's Markdown resolves to a file in the tarball. */
function checkPackedLinks() {
  const dir = mkdtempSync(join(tmpdir(), 'openclaw-router-packed-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const files = listFiles(join(dir, 'package'));
    const dead = deadPackedLinks(files, (path) => readFileSync(join(dir, 'package', path), 'utf8'));
    if (dead.length > 0)
      throw new Error(
        `links in the packed Markdown that lead outside the tarball (node scripts/packed-links.mjs --fix points them at the repository):\n${dead.join('\n')}`,
      );
    console.log(`ok: every relative link of ${files.filter((file) => file.endsWith('.md')).length} packed Markdown files resolves inside the tarball`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/**
 * An app compiled with moduleResolution node10 (TypeScript's old default, still common in CommonJS
 * projects), which reads typesVersions instead of exports, finds the types of every entry.
 */
function checkNode10Resolution() {
  const dir = mkdtempSync(join(tmpdir(), 'openclaw-router-node10-'));
  try {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'node10-app', private: true }));
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, 'zod@^4.1.8', '@types/node@^20'], { cwd: dir });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, target: 'ES2022', module: 'CommonJS', moduleResolution: 'node10', skipLibCheck: true, noEmit: true, types: ['node'] },
        include: ['app.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'app.ts'),
      [
        "import { createOpenClawRouter as v2Root, type OpenClawRouterSettings } from 'openclaw-router';",
        "import { createOpenClawRouter as v2 } from 'openclaw-router/v2';",
        "import { createOpenClawRouter as v3 } from 'openclaw-router/v3';",
        "import { createOpenClawRouter as v4 } from 'openclaw-router/v4';",
        "import { startOpenRouterEmulator } from 'openclaw-router/testing';",
        "const settings: OpenClawRouterSettings = { apiKey: 'k' };",
        "const ids: string[] = [v2Root(settings)('a/b').modelId, v2(settings)('a/b').modelId, v3(settings)('a/b').provider, v4(settings)('a/b').provider];",
        'export { ids, startOpenRouterEmulator };',
      ].join('\n'),
    );
    run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: dir });
    console.log('ok: moduleResolution node10 finds the types of openclaw-router, /v2, /v3, /v4 and /testing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
