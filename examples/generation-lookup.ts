/**
 * Look-ups beside the models: the authoritative cost and latency of a generation after a stream,
 * how OpenRouter routed it, and the model catalogue to pick a model that takes tools.
 *
 *   npm run example generation-lookup
 *
 * Offline against the bundled emulator (made-up catalogue and prices); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { streamText } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter({ verifiedRoute: true });

try {
  const withTools = await router.listModels({ supportedParameters: ['tools', 'reasoning'] });
  console.log(`models that take tools and reasoning: ${withTools.map((model) => model.id).join(', ')}`);
  const picked = withTools[0];
  console.log(`picked ${picked.id}: ${picked.context_length} tokens of context, $${picked.pricing.prompt} per prompt token`);

  const result = streamText({ model: router(picked.id, { routerMetadata: true }), prompt: 'Write a haiku about fog.' });
  await result.consumeStream();
  const openrouter = (await result.providerMetadata)?.openrouter as { generationId: string; routerMetadata?: { summary?: string } };
  console.log(`routing: ${openrouter.routerMetadata?.summary ?? 'not reported'}`);

  // OpenRouter's generation stats can take a moment to appear after a reply.
  const generation = await router.getGeneration(openrouter.generationId);
  console.log(
    `generation ${generation.id}: $${generation.total_cost.toFixed(6)}, ${generation.tokens_prompt} in / ${generation.tokens_completion} out, served by ${generation.provider_name}, streamed ${generation.streamed}`,
  );
} finally {
  await close();
}
