/**
 * Response caching: OpenRouter answers a repeated identical request from its cache, free, with
 * zeroed usage and a generation id of its own.
 *
 *   npm run example response-caching
 *
 * Offline against the bundled emulator, which caches the same way; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { embed, generateText } from 'ai';
import { connectRouter } from './shared/connect';

// The cache headers go only to https://openrouter.ai, so the offline router keeps that base URL.
const { router, close } = await connectRouter({ verifiedRoute: true });

type Metadata = { generationId?: string; responseCache?: { status: string; ttl?: number; age?: number }; usage?: { cost?: number } };

try {
  const model = router('openai/gpt-5-mini', { responseCache: { ttl: 600 } });
  for (const attempt of ['first', 'second']) {
    const result = await generateText({ model, prompt: 'Name three lighthouses in Portugal.' });
    const openrouter = result.providerMetadata?.openrouter as Metadata;
    const cache = openrouter.responseCache;
    console.log(
      `${attempt} call: cache ${cache?.status ?? 'not reported'}, ttl ${cache?.ttl ?? '-'}s, generation ${openrouter.generationId}, cost $${(openrouter.usage?.cost ?? 0).toFixed(6)}`,
    );
  }

  // Per call: refresh the stored answer, or skip the cache.
  const refreshed = await generateText({ model, prompt: 'Name three lighthouses in Portugal.', providerOptions: { openrouter: { responseCache: { clear: true } } } });
  console.log(`cleared: cache ${(refreshed.providerMetadata?.openrouter as Metadata | undefined)?.responseCache?.status}`);

  const embedding = router.embeddingModel('openai/text-embedding-3-small', { responseCache: true });
  await embed({ model: embedding, value: 'lighthouse' });
  const again = await embed({ model: embedding, value: 'lighthouse' });
  console.log(`embedding again: cache ${(again.providerMetadata?.openrouter as Metadata | undefined)?.responseCache?.status}, ${again.usage.tokens} tokens billed`);
} finally {
  await close();
}
