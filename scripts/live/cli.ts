/**
 * `npm run test:live [-- --emulator] [-- --record [dir]]`: runs the live scenarios against
 * OpenRouter (OPENROUTER_API_KEY) or the bundled emulator, under a cost cap, records every
 * exchange as a redacted fixture, prints how the emulator's replies differ from the recorded
 * ones, and replays the recordings through the replay suite. Started by scripts/live/run.mjs.
 */
import { AssertionError } from 'node:assert';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { createOpenClawRouter } from '../../src/v4';
import { startOpenRouterEmulator } from '../../src/testing';
import { CostCap, maxUsdFrom, reportedCost } from './cost-cap';
import { driftAgainstEmulator, driftTable } from './drift';
import { writeFixtures } from './fixtures';
import { chatModelsFrom } from './models';
import { Recorder } from './recorder';
import { OPENROUTER_KEY_PATTERN } from './redact';
import { replayRecordings } from './replay';
import { scenariosFor } from './scenarios';

const root = fileURLToPath(new URL('../..', import.meta.url));

const USAGE = `npm run test:live checks this package against real OpenRouter and records what it saw.

  OPENROUTER_API_KEY=sk-or-... npm run test:live                   live, recordings into a temporary folder
  OPENROUTER_API_KEY=sk-or-... npm run test:live -- --record       live, recordings into test/fixtures/openrouter/recorded/<date>/
  OPENROUTER_API_KEY=sk-or-... npm run test:live -- --record <dir> live, recordings into <dir>
  npm run test:live -- --emulator [--record <dir>]                 offline, against the bundled emulator

  LIVE_MODELS=a/b,c/d   chat models to run the per-model scenarios on (default: one per model family)
  LIVE_MAX_USD=0.50     stop before the next scenario once the reported cost passes this (default 0.50)`;

interface Options {
  emulator: boolean;
  /** undefined: a temporary folder; '' : the dated default. */
  record: string | undefined;
}

function parseArguments(args: string[]): Options | 'help' {
  const options: Options = { emulator: false, record: undefined };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--emulator') options.emulator = true;
    else if (arg === '--record') options.record = args[index + 1] !== undefined && !args[index + 1].startsWith('--') ? args[++index] : '';
    else if (arg.startsWith('--record=')) options.record = arg.slice('--record='.length);
    else throw new Error(`Unknown argument ${JSON.stringify(arg)}.\n\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const liveKey = process.env.OPENROUTER_API_KEY;
  if (!options.emulator && !liveKey) {
    console.log(`OPENROUTER_API_KEY is not set: nothing to check against OpenRouter.\n\n${USAGE}`);
    return 0;
  }
  const cap = new CostCap(maxUsdFrom(process.env.LIVE_MAX_USD));
  const models = chatModelsFrom(process.env.LIVE_MODELS);
  const date = new Date().toISOString().slice(0, 10);

  // Offline: a throwaway key of the real shape, so redaction is checked on what a real key looks like.
  const apiKey = options.emulator ? `sk-or-v1-${randomBytes(32).toString('hex')}` : (liveKey as string);
  const knownModels = models.map((model) => model.id);
  const emulator = options.emulator ? await startOpenRouterEmulator({ apiKey, knownModels }) : undefined;
  const recorder = new Recorder(emulator ? emulator.fetch : globalThis.fetch);
  // The default https://openrouter.ai base URL: a verified route, so cache headers and attribution
  // are sent as in production; offline, the emulator's fetch takes the requests.
  const router = createOpenClawRouter({ apiKey, fetch: recorder.fetch, ...(emulator ? {} : { baseURL: process.env.OPENROUTER_BASE_URL }) });
  const origin = emulator
    ? 'the bundled emulator (npm run test:live -- --emulator)'
    : `OpenRouter (${process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1'})`;
  console.log(`== live conformance kit against ${origin}, cap $${cap.maxUsd}`);
  console.log(`   chat models: ${models.map((model) => `${model.id} (${model.why})`).join(', ')}`);

  // AI SDK warnings (a setting a model cannot honour) go under the scenario that caused them.
  (globalThis as { AI_SDK_LOG_WARNINGS?: unknown }).AI_SDK_LOG_WARNINGS = ({ warnings }: { warnings: { message?: string }[] }) => {
    for (const warning of warnings) console.log(`     warning: ${warning.message ?? JSON.stringify(warning)}`);
  };
  const failures: string[] = [];
  const runId = randomBytes(4).toString('hex');
  const scenarios = scenariosFor(models);
  try {
    for (const [index, scenario] of scenarios.entries()) {
      if (cap.reached) {
        console.log(`\n!! cost cap reached: $${cap.spent.toFixed(6)} > $${cap.maxUsd}; ${scenarios.length - index} scenario(s) not run`);
        failures.push(`cost cap reached before ${scenario.name} · ${scenario.model}`);
        break;
      }
      recorder.begin(scenario.name, scenario.model);
      let outcome: string;
      let passed = true;
      try {
        outcome = await scenario.run({ router, recorder, apiKey, runId });
      } catch (error) {
        passed = false;
        outcome = describeFailure(error);
      }
      const exchanges = await recorder.settled();
      const costs = exchanges.map((exchange) => (exchange.body === undefined ? undefined : reportedCost(exchange.body, exchange.contentType)));
      const usd = costs.reduce<number>((sum, cost) => sum + (cost ?? 0), 0);
      const unpriced = costs.filter((cost) => cost === undefined).length;
      cap.add({ scenario: `${scenario.name} · ${scenario.model}`, usd, unpriced });
      const price = `$${usd.toFixed(6)}${unpriced > 0 ? ` (+${unpriced} unpriced)` : ''}`;
      const line = `${passed ? 'ok  ' : 'FAIL'} ${scenario.name.padEnd(20)} ${scenario.model.padEnd(48)} ${price}  ${oneLine(outcome)}`;
      console.log(line);
      if (!passed) failures.push(`${scenario.name} · ${scenario.model}: ${outcome}`);
    }
  } finally {
    await emulator?.close();
  }
  console.log(`   reported cost: $${cap.spent.toFixed(6)} of $${cap.maxUsd}`);

  const dir = await recordingFolder(options.record, date);
  const { written, skipped } = await writeFixtures(dir, recorder.exchanges, { date, origin, secrets: [apiKey] });
  console.log(`\n== ${written.length} exchange(s) recorded in ${dir.startsWith(root) ? relative(root, dir) : dir}`);
  for (const { exchange, reason } of skipped) console.log(`   not recorded: ${exchange.scenario} ${exchange.method} ${new URL(exchange.url).pathname}: ${reason}`);
  const leaks = await keyLeaks(dir, apiKey);
  for (const file of leaks) await rm(join(dir, file));
  if (leaks.length > 0) failures.push(`key-like strings survived redaction in ${leaks.join(', ')}: those files were deleted`);

  console.log('\n== drift: the emulator against the recorded replies (same requests)');
  const rows = await driftAgainstEmulator(
    written.map(({ name, exchange }) => ({ name, exchange })),
    knownModels,
  );
  console.log(driftTable(rows));

  console.log(`\n== replay: ${written.length} recording(s) through the replay suite`);
  if ((await replayRecordings(dir)) !== 0) failures.push('the replay suite failed on the recordings');

  // An offline self-test that passed leaves nothing behind; live recordings stay for review.
  if (options.emulator && options.record === undefined && failures.length === 0) await rm(dir, { recursive: true, force: true });
  console.log(`\n== ${failures.length === 0 ? 'passed' : `${failures.length} failure(s)`}, reported cost $${cap.spent.toFixed(6)}`);
  for (const failure of failures) console.log(`   - ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

/** An assertion's own message with the values compared; any other error's message. */
function describeFailure(error: unknown): string {
  if (error instanceof AssertionError && !error.generatedMessage && /^(strictEqual|deepStrictEqual)$/.test(error.operator)) {
    // Node 22 appends a diff to a custom message: the first line is the message.
    return `${error.message.split('\n')[0]}: got ${inspect(error.actual)}, expected ${inspect(error.expected)}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A result or failure message on one short line. */
const oneLine = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
};

async function recordingFolder(record: string | undefined, date: string): Promise<string> {
  if (record === undefined) return mkdtemp(join(tmpdir(), 'openclaw-router-live-'));
  return record === '' ? join(root, 'test/fixtures/openrouter/recorded', date) : resolve(record);
}

/** Files of `dir` that still contain the key or an OpenRouter-key-shaped string. */
async function keyLeaks(dir: string, apiKey: string): Promise<string[]> {
  const leaks: string[] = [];
  for (const file of await readdir(dir)) {
    const text = await readFile(join(dir, file), 'utf8');
    if (text.includes(apiKey) || OPENROUTER_KEY_PATTERN.test(text)) leaks.push(file);
  }
  return leaks;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
