import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every example runs as a user would run it (`npm run example <name>`, i.e. tsx examples/run.ts),
 * offline against the emulator, and must exit 0 and print what it promises.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OFFLINE = /using the offline OpenRouter emulator/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What each example must print, and any further check of its output. */
const EXAMPLES: Record<string, { prints: RegExp[]; check?: (stdout: string) => Promise<void> }> = {
  'basic-text': {
    prints: [
      OFFLINE,
      /^You said: What does an LLM router do\?$/m,
      /^finish reason: stop, total tokens: \d+$/m,
      /cost \$0\.\d{6}, served by OpenAI \(openai\/gpt-5-mini-2025-08-07\)/,
    ],
  },
  streaming: {
    prints: [/^You said: Describe a lighthouse at night in three sentences\.$/m, /^streamed in [2-9] chunks, finish reason: stop$/m, /served by Anthropic/],
  },
  tools: {
    prints: [/^step 1: tool call getWeather\(\{"city":"\w+"\}\)$/m, /^step 1: tool result \{"city":"\w+","forecast":"sunny","celsius":21\}$/m, /^answer: \S/m],
  },
  'structured-output': {
    prints: [/^recipe: \w+, \d+ min, (not )?vegetarian$/m, /^ {2}- \S+ \S+$/m],
  },
  'reasoning-thinking-levels': {
    prints: [
      /^provider default "low": sent reasoning \{"effort":"low"\}, [1-9]\d* reasoning tokens$/m,
      /^model setting "high": sent reasoning \{"effort":"high"\}/m,
      /^call option "max": sent reasoning \{"effort":"xhigh"\}/m,
      /^call option "off": sent reasoning "none", 0 reasoning tokens$/m,
      /^openrouter\/auto: sent reasoning "none"/m,
      /^ {2}warning: providerOptions\.openrouter\.thinking "high" was not sent to openrouter\/auto: /m,
    ],
  },
  'routing-and-fallbacks': {
    prints: [
      /^requested anthropic\/claude-sonnet-4\.5 -> served openai\/gpt-5-mini-2025-08-07 by OpenAI$/m,
      /^requested openrouter\/auto -> served openai\/gpt-4o-mini by OpenAI$/m,
    ],
  },
  'image-generation': {
    prints: [/^image\/png, \d+ bytes, written to \S+lighthouse\.png$/m, /cost \$0\.\d+/],
    check: (stdout) => expectPngWritten(stdout, /written to (\S+)$/m),
  },
  'image-editing': {
    prints: [/^input: a freshly drawn lighthouse, \d+ bytes$/m, /^edited image: image\/png, \d+ bytes, written to \S+edited\.png$/m],
    check: (stdout) => expectPngWritten(stdout, /^edited image: .* written to (\S+)$/m),
  },
  embeddings: {
    prints: [/^(0|1|-)[.\d]*\s{2}The beach is sandy/m, /^8-dimensional vectors, \d+ tokens$/m, /^cost of the documents request: \$0\.\d{8}$/m],
    check: async (stdout) => {
      expect(stdout.match(/^-?\d\.\d{3} {2}\S/gm)).toHaveLength(3);
    },
  },
  'cost-tracking': {
    prints: [/^tool loop, step 1 +\$0\.\d{8}$/m, /^tool loop, step 2 +\$0\.\d{8}$/m, /^stream +\$/m, /^embedding +\$/m, /^total +\$0\.\d{8}$/m],
    check: async (stdout) => {
      const costs = [...stdout.matchAll(/^(.+?) +\$(\d+\.\d+)$/gm)].map(([, label, cost]) => ({ label, cost: Number(cost) }));
      const total = costs.pop()!;
      expect(total.label).toBe('total');
      expect(total.cost).toBeGreaterThan(0);
      expect(costs.reduce((sum, { cost }) => sum + cost, 0)).toBeCloseTo(total.cost, 8);
    },
  },
  'server-tools': {
    prints: [
      /^step 1: OpenRouter ran search\(\{"query":"Is it a good week to visit Lisbon\?"\}\)$/m,
      /^step 1: OpenRouter ran today\(\{"timezone":"Europe\/Lisbon"\}\)$/m,
      /^step 1: your code ran forecast\(\{"city":"\w+"\}\)$/m,
      /^answer: \S/m,
      /^source: https:\/\/example\.com\/results\/2\?q=/m,
      /^server tool calls in step 1: 2$/m,
    ],
  },
  'response-caching': {
    prints: [
      /^first call: cache MISS, ttl 600s, generation gen-emulator-1, cost \$0\.0000[1-9]\d$/m,
      /^second call: cache HIT, ttl 600s, generation gen-emulator-2, cost \$0\.000000$/m,
      /^cleared: cache MISS$/m,
      /^embedding again: cache HIT, 0 tokens billed$/m,
    ],
  },
  'generation-lookup': {
    prints: [
      /^models that take tools and reasoning: openai\/gpt-5-mini, anthropic\/claude-sonnet-4\.5, moonshotai\/kimi-k2\.6$/m,
      /^picked openai\/gpt-5-mini: 400000 tokens of context/m,
      /^routing: available=1, selected=OpenAI$/m,
      /^generation gen-emulator-1: \$0\.0000[1-9]\d, \d+ in \/ \d+ out, served by OpenAI, streamed true$/m,
    ],
  },
  demo: {
    prints: [
      /^1\. generateText$/m,
      /^tool call: getWeather\(/m,
      /^image\/png, \d+ bytes, written to /m,
      /^spoken: audio\/wav, \d+ bytes$/m,
      /^transcript: The lighthouse keeper waves from the cliff\.$/m,
      /^step 1: (\d+) in, cache read 0, cache write \1, served by Anthropic$/m,
      /^step 2: \d+ in, cache read [1-9]\d*, cache write \d+, served by Anthropic$/m,
      /^session demo-agent-\d+: You said: Is it warmer in Paris or in Lisbon right now\?$/m,
      /^Done \(offline emulator\)\.$/m,
    ],
  },
  speech: {
    prints: [/^audio\/wav, \d+ bytes, written to \S+welcome\.wav$/m, /^audio\/mpeg, \d+ bytes, written to \S+mind-the-gap\.mp3$/m, /^generation id: gen-\S+$/m],
    check: async (stdout) => {
      const wav = await readWritten(stdout, /written to (\S+\.wav)$/m, { last: false });
      expect(wav.toString('ascii', 0, 4) + wav.toString('ascii', 8, 12)).toBe('RIFFWAVE');
      const mp3 = await readWritten(stdout, /written to (\S+\.mp3)$/m);
      expect(mp3.toString('latin1', 0, 3)).toBe('ID3');
    },
  },
  'spoken-reply': {
    prints: [/^transcript: You said: Say good morning to the ferry crew\.$/m, /^audio\/wav, \d+ bytes, written to \S+good-morning\.wav$/m],
    check: async (stdout) => {
      const wav = await readWritten(stdout, /written to (\S+\.wav)$/m);
      expect(wav.toString('ascii', 0, 4) + wav.toString('ascii', 8, 12)).toBe('RIFFWAVE');
    },
  },
  transcription: {
    prints: [/^transcript: Two coffees and a croissant, please\.$/m, /^language: en, [\d.]+ s$/m, /^ {2}\[0\.00-[\d.]+\] Two coffees/m, /^cost: \$0\.\d{6}$/m],
  },
  reranking: {
    prints: [/^0\.\d{3} {2}#1 {2}The island ferry leaves the harbour every hour\.$/m, /^served by Cohere, cost \$0\.\d{4}$/m],
    check: async (stdout) => {
      const scores = [...stdout.matchAll(/^(0\.\d{3}) {2}#\d/gm)].map(([, score]) => Number(score));
      expect(scores).toHaveLength(3);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    },
  },
  files: {
    prints: [
      /^uploaded quarterly-report\.pdf: \{"openrouter":"or_file_emulator0001"\}, application\/pdf, \d+ bytes$/m,
      /^answer: You said: Summarize the report in one sentence\.$/m,
      /^stored since 2026-01-01T00:00:00\.000Z, downloadable: false$/m,
      /^deleted: true$/m,
    ],
  },
  account: {
    prints: [
      /^key sk-or-v1-emu\.\.\.0001: \$9\.99\d{4} of \$10 left, spent \$0\.0000[1-9]\d in all, \$0\.0000[1-9]\d today$/m,
      /^credits: \$10\.00 bought, \$0\.0000[1-9]\d used$/m,
      /^meta-llama\/llama-3\.1-8b-instruct is served by 2 providers:$/m,
      /^ {2}DeepInfra: \$0\.00000002\/token in, 131072 context, bf16 weights, 99\.5% up$/m,
      /^ {2}Groq: \$0\.00000003\/token in, 131072 context, fp8 weights, 98% up$/m,
    ],
  },
  'video-webhook': {
    prints: [
      /^webhook receiver on http:\/\/127\.0\.0\.1:\d+, public as https:\/\/hooks\.example\.com$/m,
      /^notification received at \/video-done\/1$/m,
      /^job job-emulator-1: video\/mp4, \d+ bytes$/m,
    ],
  },
  video: {
    prints: [/^video\/mp4, \d+ bytes, written to \S+lighthouse\.mp4$/m, /^job job-\S+, cost \$\d+\.\d{2}$/m],
    check: async (stdout) => {
      const mp4 = await readWritten(stdout, /written to (\S+\.mp4)$/m);
      expect(mp4.toString('ascii', 4, 8)).toBe('ftyp');
    },
  },
};

/** The examples a user can run: what the runner lists. */
const exampleFiles = () =>
  readdirSync(new URL('../examples/', import.meta.url))
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();

/** At most two example processes at a time: each one is a tsx compile and a Node start. */
const slots = { free: 2, waiting: [] as Array<() => void> };
async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (slots.free === 0) await new Promise<void>((resolve) => slots.waiting.push(resolve));
  else slots.free--;
  try {
    return await task();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free++;
  }
}

function runExample(...args: string[]): Promise<Run> {
  const { OPENROUTER_API_KEY: _key, OPENROUTER_BASE_URL: _baseURL, DEMO_MODEL: _model, DEMO_IMAGE_MODEL: _imageModel, ...env } = process.env;
  return withSlot(
    () =>
      new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [TSX_CLI, '--tsconfig', 'examples/tsconfig.run.json', 'examples/run.ts', ...args], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', reject);
        child.once('close', (code) => resolve({ code, stdout, stderr }));
      }),
  );
}

/** The file an example wrote (its path in the output); its folder is removed unless more is to be read from it. */
async function readWritten(stdout: string, pathPattern: RegExp, { last = true } = {}): Promise<Buffer> {
  const path = stdout.match(pathPattern)?.[1];
  expect(path, 'the path of the written file').toBeDefined();
  const bytes = await readFile(path!);
  if (last) await rm(dirname(path!), { recursive: true, force: true });
  return bytes;
}

async function expectPngWritten(stdout: string, pathPattern: RegExp): Promise<void> {
  const path = stdout.match(pathPattern)?.[1];
  expect(path, 'the path of the written image').toBeDefined();
  const bytes = await readFile(path!);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  await rm(dirname(path!), { recursive: true, force: true });
}

describe('examples', () => {
  it('every example in examples/ has an entry here', () => {
    expect(exampleFiles()).toEqual(Object.keys(EXAMPLES).sort());
  });

  describe.concurrent('run offline against the emulator', () => {
    for (const [name, { prints, check }] of Object.entries(EXAMPLES)) {
      it(name, async () => {
        const { code, stdout, stderr } = await runExample(name);
        const output = `stdout:\n${stdout}\nstderr:\n${stderr}`;
        expect(code, output).toBe(0);
        for (const pattern of prints) expect(stdout, output).toMatch(pattern);
        // An AI SDK warning here means an example uses a setting the provider could not honour.
        expect(stderr, output).not.toMatch(/AI SDK Warning|Error/);
        await check?.(stdout);
      }, 120_000);
    }
  });

  it('the runner names the examples and exits 1 for an unknown one', async () => {
    const { code, stdout, stderr } = await runExample('no-such-example');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('There is no example named "no-such-example".');
    for (const name of exampleFiles()) expect(stderr).toContain(`  ${name}\n`);
  }, 120_000);
});
