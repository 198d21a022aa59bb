/**
 * Reranking (AI SDK 6 and 7): order documents by relevance to a query, with provider routing.
 * On AI SDK 6, import the provider from `openclaw-router/v3` instead.
 *
 *   npm run example reranking
 *
 * Offline against the bundled emulator (it scores by shared words); set OPENROUTER_API_KEY to ask
 * OpenRouter instead.
 */
import { rerank } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();

try {
  const result = await rerank({
    model: router.rerankingModel('cohere/rerank-v3.5', { provider: { sort: 'price' } }),
    query: 'Which ferry goes to the island?',
    documents: [
      'The museum opens at ten and is closed on Mondays.',
      'The island ferry leaves the harbour every hour.',
      'Trains to the airport leave every twenty minutes.',
      'Bikes can be taken on the ferry for a small fee.',
    ],
    topN: 3,
  });
  for (const { originalIndex, score, document } of result.ranking) console.log(`${score.toFixed(3)}  #${originalIndex}  ${document}`);
  const openrouter = result.providerMetadata?.openrouter as { provider?: string; usage?: { cost?: number } } | undefined;
  console.log(`served by ${openrouter?.provider ?? 'unknown'}, cost ${openrouter?.usage?.cost === undefined ? 'n/a' : `$${openrouter.usage.cost.toFixed(4)}`}`);
} finally {
  await close();
}
