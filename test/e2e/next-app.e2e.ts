/**
 * The Next.js example (examples/next-app) against the OpenRouter emulator, the way a user runs it:
 * this package is built and packed, the tarball installed into the app next to its own locked
 * dependencies, the app built with `next build` and served with `next start`. Then the route
 * handlers are checked over HTTP and the page is driven in headless Chromium (Debian's package,
 * through playwright-core), ending with a screenshot in test-artifacts/next-app.png.
 *
 * Run with `npm run test:e2e`. Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaProblems, type TestEmulator } from '../helpers/emulator';
import { childEnv, collapseDeltas, freePort, parseUiMessageStream, readPngHeader, run, start, waitForHttp, type Started } from './support';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP = join(ROOT, 'examples/next-app');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const LOGS = join(ARTIFACTS, 'next-app-e2e');
const SCREENSHOT = join(ARTIFACTS, 'next-app.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const API_KEY = 'sk-or-e2e-test-key';
const CHAT_MODEL = 'anthropic/claude-sonnet-4.5';
const IMAGE_MODEL = 'google/gemini-3.1-flash-image-preview';

// Flags for Chromium on a machine without outside network: no background connections, no GPU.
// Playwright gives every launch a new, empty profile directory and removes it on close.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let emulator: TestEmulator | undefined;
let server: Started | undefined;
let browser: Browser | undefined;
let packDir: string | undefined;
let appURL = '';

function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  return action().then((value) => {
    console.log(`[next-app e2e] ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return value;
  });
}

const log = (name: string) => join(LOGS, `${name}.log`);

beforeAll(async () => {
  rmSync(LOGS, { recursive: true, force: true });
  mkdirSync(LOGS, { recursive: true });
  rmSync(SCREENSHOT, { force: true });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);

  const env = childEnv();
  packDir = mkdtempSync(join(tmpdir(), 'openclaw-router-pack-'));
  const tarball = await step('build and pack the package', async () => {
    await run('npm', ['run', 'build'], { cwd: ROOT, env, logFile: log('pack'), timeoutMs: 180_000 });
    await run('npm', ['pack', '--pack-destination', packDir!], { cwd: ROOT, env, logFile: log('pack'), timeoutMs: 60_000 });
    const [name] = readdirSync(packDir!).filter((file) => file.endsWith('.tgz'));
    if (name === undefined) throw new Error(`npm pack left no tarball in ${packDir}`);
    return join(packDir!, name);
  });

  // The app's own locked dependencies, then the packed provider on top (not saved: the app's
  // package.json and lockfile stay as committed, so `npm ci` stays reproducible).
  await step('npm ci in the app', () => run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: APP, env, logFile: log('npm-ci'), timeoutMs: 600_000 }));
  await step('install the packed provider', () =>
    run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], {
      cwd: APP,
      env,
      logFile: log('install-package'),
      timeoutMs: 300_000,
    }),
  );
  // A clean build, as on a fresh clone: no Turbopack cache from an earlier run.
  rmSync(join(APP, '.next'), { recursive: true, force: true });
  await step('next build', () =>
    run(process.execPath, [join(APP, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: APP,
      env,
      logFile: log('next-build'),
      timeoutMs: 600_000,
    }),
  );

  // The emulator from the installed tarball's `openclaw-router/testing`, as a user's tests would get it.
  const installed = join(APP, 'node_modules/openclaw-router/dist');
  const testing = (await import(pathToFileURL(join(installed, 'testing/index.js')).href)) as typeof import('openclaw-router/testing');
  emulator = await testing.startOpenRouterEmulator({ apiKey: API_KEY });

  const port = await freePort();
  appURL = `http://127.0.0.1:${port}`;
  const serverEnv = childEnv({ OPENROUTER_API_KEY: API_KEY, OPENROUTER_BASE_URL: emulator.baseURL });
  delete serverEnv.OPENROUTER_CHAT_MODEL;
  delete serverEnv.OPENROUTER_IMAGE_MODEL;
  await step('next start', async () => {
    server = start(process.execPath, [join(APP, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: APP,
      env: serverEnv,
      logFile: log('next-start'),
    });
    await waitForHttp(`${appURL}/`, server.exited, 60_000);
  });
}, 1_200_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  await emulator?.close();
  if (packDir) rmSync(packDir, { recursive: true, force: true });
});

const uiMessage = (id: string, text: string) => ({ id, role: 'user', parts: [{ type: 'text', text }] });

describe('examples/next-app on next start', () => {
  it('docs/nextjs.md shows the chat route handler in full', () => {
    const route = readFileSync(join(APP, 'app/api/chat/route.ts'), 'utf8').trimEnd();
    expect(readFileSync(join(ROOT, 'docs/nextjs.md'), 'utf8')).toContain(`\`\`\`ts file=examples/next-app/app/api/chat/route.ts\n${route}\n\`\`\``);
  });

  it('POST /api/chat streams a UI message stream: reasoning, a tool round trip, then the answer', async () => {
    emulator!.reset();
    const said = 'What is the weather in Lisbon?';
    const response = await fetch(`${appURL}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'chat-http', messages: [uiMessage('m1', said)], trigger: 'submit-message' }),
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
    expect(response.headers.get('cache-control')).toMatch(/no-cache/);

    const { parts, done } = parseUiMessageStream(await response.text());
    expect(done).toBe(true);
    expect(collapseDeltas(parts.map((part) => part.type))).toEqual([
      'start',
      // step 1: the model thinks, then calls the tool; the route runs it
      'start-step',
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'tool-input-start',
      'tool-input-delta',
      'tool-input-available',
      'tool-output-available',
      'finish-step',
      // step 2: with the tool result, the model thinks again and answers
      'start-step',
      'reasoning-start',
      'reasoning-delta',
      'reasoning-end',
      'text-start',
      'text-delta',
      'text-end',
      'finish-step',
      'finish',
    ]);

    const joined = (type: string) =>
      parts
        .filter((part) => part.type === type)
        .map((part) => part.delta as string)
        .join('');
    expect(joined('text-delta')).toBe(`You said: ${said}`);
    expect(joined('reasoning-delta')).toContain(said);
    const reasoningEnd = parts.find((part) => part.type === 'reasoning-end')!;
    expect(reasoningEnd.providerMetadata.openrouter.reasoning_details[0].signature).toEqual(expect.any(String));

    const input = parts.find((part) => part.type === 'tool-input-available')!;
    expect(input).toMatchObject({ toolName: 'getWeather', input: { city: expect.any(String) } });
    const output = parts.find((part) => part.type === 'tool-output-available')!;
    expect(output).toMatchObject({ toolCallId: input.toolCallId, output: { city: input.input.city, temperatureC: 21, conditions: 'sunny' } });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop' });

    // What the route handler sent to "OpenRouter": the key and base URL from the environment,
    // the default model, reasoning from providerOptions.openrouter, the tool, streaming.
    const sent = emulator!.requests;
    expect(sent.map((request) => request.path)).toEqual(['/api/v1/chat/completions', '/api/v1/chat/completions']);
    for (const request of sent) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body).toMatchObject({ model: CHAT_MODEL, stream: true, reasoning: { effort: 'low' } });
      expect(request.body.tools.map((tool: any) => tool.function.name)).toEqual(['getWeather']);
    }
    const replay = sent[1].body.messages;
    expect(replay.at(-1)).toMatchObject({ role: 'tool', tool_call_id: input.toolCallId });
    // The assistant turn is replayed with its reasoning details, signature included.
    const assistant = replay.find((message: any) => message.role === 'assistant');
    expect(assistant.reasoning_details?.[0]?.signature).toEqual(reasoningEnd.providerMetadata.openrouter.reasoning_details[0].signature);
  });

  it('POST /api/image answers with a real PNG', async () => {
    emulator!.reset();
    const response = await fetch(`${appURL}/api/image`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'A lighthouse at dusk' }),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.status, Buffer.from(bytes).toString('utf8').slice(0, 500)).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const png = readPngHeader(bytes);
    expect(png.width).toBeGreaterThan(0);
    expect(png.height).toBeGreaterThan(0);

    expect(emulator!.requests).toHaveLength(1);
    const [request] = emulator!.requests;
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body.model).toBe(IMAGE_MODEL);
    expect(request.rawBody).toContain('A lighthouse at dusk');
    // The very bytes "OpenRouter" sent (base64 in its JSON reply) reach the browser.
    const sentBase64 = JSON.stringify(request.reply.body).match(/iVBORw0KGgo[A-Za-z0-9+/]+=*/)?.[0];
    expect(sentBase64, 'a base64 PNG in the emulator reply').toBeDefined();
    expect(Buffer.from(bytes).equals(Buffer.from(sentBase64!, 'base64'))).toBe(true);
  });

  it('POST /api/image without a prompt is a 400', async () => {
    const response = await fetch(`${appURL}/api/image`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('prompt') });
  });

  it('the page streams the reply and its reasoning into the chat, and shows a generated image', async () => {
    emulator!.reset();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const pageErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${appURL}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) foreignRequests.push(url);
    });

    await page.goto(`${appURL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'openclaw-router · Next.js' }).waitFor();

    const said = 'Is it sunny in Lisbon today?';
    const chat = page.getByRole('region', { name: 'Chat' });
    const send = chat.getByRole('button', { name: 'Send' });
    // The button enables itself once React has hydrated and seen the input: typing before that
    // could be lost, so type again until it is.
    for (let attempt = 1; ; attempt++) {
      await chat.getByLabel('Message').fill(said);
      try {
        await chat.locator('button[type=submit]:enabled').waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    await send.click();

    const reply = chat.getByTestId('assistant-text');
    await reply.filter({ hasText: `You said: ${said}` }).waitFor({ timeout: 30_000 });
    await chat
      .getByTestId('reasoning')
      .first()
      .filter({ hasText: `The user said "${said}"` })
      .waitFor();
    await chat.getByTestId('tool-output').filter({ hasText: '"conditions":"sunny"' }).waitFor();
    await chat.getByTestId('chat-status').filter({ hasText: 'ready' }).waitFor();
    expect(await chat.getByTestId('user-text').allTextContents()).toEqual([said]);
    expect(await chat.getByTestId('reasoning').count()).toBe(2);
    expect(emulator!.requests.filter((request) => request.path === '/api/v1/chat/completions')).toHaveLength(2);

    // A second turn: useChat sends the whole conversation back, and the earlier assistant turn
    // reaches OpenRouter with its signed reasoning.
    const followUp = 'And tomorrow?';
    await chat.getByLabel('Message').fill(followUp);
    await send.click();
    await reply.filter({ hasText: `You said: ${followUp}` }).waitFor({ timeout: 30_000 });
    await chat.getByTestId('chat-status').filter({ hasText: 'ready' }).waitFor();
    const secondTurn = emulator!.requests[2].body.messages as Array<Record<string, any>>;
    expect(secondTurn.filter((message) => message.role === 'user').map((message) => message.content)).toEqual([said, followUp]);
    const replayed = secondTurn.filter((message) => message.role === 'assistant');
    expect(replayed.length).toBeGreaterThan(0);
    for (const message of replayed) {
      expect(message.reasoning_details?.[0]?.signature, JSON.stringify(message)).toEqual(expect.any(String));
    }

    const images = page.getByRole('region', { name: 'Images' });
    await images.getByLabel('Image prompt').fill('A lighthouse at dusk');
    await images.getByRole('button', { name: 'Generate image' }).click();
    const image = images.getByTestId('generated-image');
    await image.waitFor({ timeout: 30_000 });
    const size = await image.evaluate(async (element) => {
      const img = element as HTMLImageElement;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBeGreaterThan(0);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`[next-app e2e] screenshot: ${SCREENSHOT}`);

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await browser.close();
    browser = undefined;
  });

  it("every request the app sent, and every reply it got, matches OpenRouter's schemas", () => {
    expect(emulator!.requests.length).toBeGreaterThan(0);
    expect(emulator!.requests.flatMap((request, index) => schemaProblems(request, index))).toEqual([]);
  });
});
