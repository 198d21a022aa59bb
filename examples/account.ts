/**
 * Account look-ups: what the API key may still spend, the account's credits, and which providers
 * serve a model (price, context, quantization, uptime), to choose `provider.order` with.
 *
 *   npm run example account
 *
 * Offline against the bundled emulator (made-up prices and uptimes); set OPENROUTER_API_KEY to
 * ask OpenRouter instead (GET /credits may need a management key).
 */
import { generateText } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter({ verifiedRoute: true });

try {
  await generateText({ model: router('openai/gpt-5-mini'), prompt: 'Name one lighthouse.' });

  const key = await router.getKey();
  const limit = key.limit === null ? 'no limit' : `$${key.limit_remaining?.toFixed(6)} of $${key.limit} left`;
  console.log(`key ${key.label}: ${limit}, spent $${key.usage.toFixed(6)} in all, $${key.usage_daily.toFixed(6)} today`);

  const credits = await router.getCredits();
  console.log(`credits: $${credits.total_credits.toFixed(2)} bought, $${credits.total_usage.toFixed(6)} used`);

  const model = await router.listEndpoints('meta-llama/llama-3.1-8b-instruct');
  console.log(`${model.id} is served by ${model.endpoints.length} providers:`);
  for (const endpoint of model.endpoints) {
    console.log(
      `  ${endpoint.provider_name}: $${endpoint.pricing.prompt}/token in, ${endpoint.context_length} context, ${endpoint.quantization ?? 'unknown'} weights, ${endpoint.uptime_last_30m}% up`,
    );
  }
} finally {
  await close();
}
