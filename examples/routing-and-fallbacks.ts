/**
 * Routing and fallbacks: choose which upstream providers may serve a model, name backup models
 * for when it fails, and find out afterwards who actually answered.
 *
 *   npm run example routing-and-fallbacks
 *
 * Offline against the bundled emulator; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { generateText } from 'ai';
import type { OpenRouterOptions } from 'openclaw-router/v4';
import { connectRouter, printUsage } from './shared/connect';

// Offline, the emulator plays Claude being down, so the fallback below is taken for real.
const { router, close } = await connectRouter({ emulator: { unavailableModels: ['anthropic/claude-sonnet-4.5'] } });

async function ask(model: ReturnType<typeof router>, providerOptions?: Parameters<typeof generateText>[0]['providerOptions']) {
  const result = await generateText({ model, prompt: 'Name one lighthouse in Portugal.', providerOptions });
  // The model that answered (one of the fallbacks, or auto's pick) and the upstream provider that
  // ran it come back in the metadata: log them, since the bill and the behaviour follow them.
  const { model: served, provider } = result.providerMetadata?.openrouter ?? {};
  console.log(`requested ${model.modelId} -> served ${String(served)} by ${String(provider)}`);
  printUsage(result.providerMetadata);
}

try {
  // Provider preferences on the model: Anthropic's own API first, then Bedrock, and only
  // upstreams that do not keep prompts for training.
  const claude = router('anthropic/claude-sonnet-4.5', {
    provider: { order: ['anthropic', 'amazon-bedrock'], allow_fallbacks: true, data_collection: 'deny' },
    // When Claude cannot answer at all (outage, rate limit, refusal by moderation), these
    // models are tried in order, in the same request.
    models: ['openai/gpt-5-mini', 'google/gemini-2.5-flash'],
  });
  // A call can add to the preferences; `provider` merges key by key over the model's.
  await ask(claude, { openrouter: { provider: { max_price: { prompt: 5, completion: 20 } } } satisfies OpenRouterOptions });

  // openrouter/auto picks a model per prompt; the auto-router plugin limits what it may pick.
  await ask(router('openrouter/auto'), {
    openrouter: { plugins: [{ id: 'auto-router', allowed_models: ['anthropic/*', 'openai/*'] }] } satisfies OpenRouterOptions,
  });
} finally {
  await close();
}
