/**
 * Embeddings: turn texts into vectors and find the one closest in meaning to a question.
 *
 *   npm run example embeddings
 *
 * Offline against the bundled emulator; set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { cosineSimilarity, embed, embedMany } from 'ai';
import { connectRouter } from './shared/connect';

const { router, live, close } = await connectRouter();
const model = router.embeddingModel('openai/text-embedding-3-small');

const documents = [
  'The beach is sandy and the water is warm in August.',
  'The museum opens at ten and is closed on Mondays.',
  'Trains to the airport leave every twenty minutes.',
];

try {
  // One request for all documents (split automatically past 2048 values).
  const docs = await embedMany({ model, values: documents });
  const question = await embed({ model, value: 'Where can I go swimming?' });

  const ranked = documents.map((text, index) => ({ text, score: cosineSimilarity(question.embedding, docs.embeddings[index]) })).sort((a, b) => b.score - a.score);
  for (const { text, score } of ranked) console.log(`${score.toFixed(3)}  ${text}`);
  // The emulator's vectors are hashes of the text: the ranking only means something live.
  if (!live) console.log('(offline: emulator vectors, so the order above is arbitrary)');

  // Embeddings are billed too; OpenRouter reports the cost of each request.
  console.log(`${docs.embeddings[0].length}-dimensional vectors, ${docs.usage.tokens + question.usage.tokens} tokens`);
  for (const [label, { providerMetadata }] of [
    ['documents', docs],
    ['question', question],
  ] as const) {
    const cost = (providerMetadata?.openrouter?.usage as { cost?: number } | undefined)?.cost;
    console.log(`cost of the ${label} request: ${cost === undefined ? 'n/a' : `$${cost.toFixed(8)}`}`);
  }
} finally {
  await close();
}
