/**
 * Reasoning with thinking levels: one setting (off ... max) on the provider, a model or a call,
 * later wins; models that must not get a reasoning effort are skipped with a warning.
 *
 *   npm run example reasoning-thinking-levels
 *
 * Offline against the bundled emulator; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { generateText, type LanguageModel } from 'ai';
import { createOpenClawRouter, type OpenRouterOptions } from 'openclaw-router/v4';
import { startOpenRouterEmulator } from 'openclaw-router/testing';

// Provider-wide default: every model of this router thinks a little unless told otherwise.
// (This example builds its own router to set it; offline, the emulator stands in for OpenRouter.)
const emulator = process.env.OPENROUTER_API_KEY ? undefined : await startOpenRouterEmulator();
if (emulator) console.log(`OPENROUTER_API_KEY is not set: using the offline OpenRouter emulator at ${emulator.baseURL}`);
const router = createOpenClawRouter({
  thinking: 'low',
  ...(emulator ? { apiKey: 'emulator-key', baseURL: emulator.baseURL } : { baseURL: process.env.OPENROUTER_BASE_URL }),
});

// The warnings are printed next to the call they belong to, so the SDK need not log them too.
globalThis.AI_SDK_LOG_WARNINGS = false;

async function ask(label: string, model: LanguageModel, thinking?: OpenRouterOptions['thinking']) {
  const result = await generateText({
    model,
    prompt: 'Is 221 a prime number? Answer yes or no.',
    providerOptions: thinking ? { openrouter: { thinking } } : undefined,
    // AI SDK 7 keeps the request body out of results unless asked.
    include: { requestBody: true },
  });
  const sent = (result.request.body as { reasoning?: unknown } | undefined)?.reasoning;
  console.log(`${label}: sent reasoning ${JSON.stringify(sent ?? 'none')}, ${result.usage.outputTokenDetails.reasoningTokens ?? 0} reasoning tokens`);
  for (const warning of result.warnings ?? []) console.log(`  warning: ${'message' in warning ? warning.message : JSON.stringify(warning)}`);
}

try {
  const claude = 'anthropic/claude-sonnet-4.5';
  await ask('provider default "low"', router(claude));
  await ask('model setting "high"', router(claude, { thinking: 'high' }));
  // A call option beats the model setting; "max" is OpenRouter's xhigh effort.
  await ask('call option "max"', router(claude, { thinking: 'high' }), 'max');
  await ask('call option "off"', router(claude), 'off');
  // openrouter/auto picks the model per request, and not every pick accepts an effort.
  await ask('openrouter/auto', router('openrouter/auto'), 'high');
} finally {
  await emulator?.close();
}
