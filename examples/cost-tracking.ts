/**
 * Cost tracking: add up what a task really cost, across calls and across the steps of a tool
 * loop, from the price OpenRouter reports with each response.
 *
 *   npm run example cost-tracking
 *
 * Offline against the bundled emulator (made-up prices); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { embed, generateText, stepCountIs, streamText, tool, type ProviderMetadata } from 'ai';
import { z } from 'zod';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();
const model = router('openai/gpt-5-mini');

let total = 0;
function record(label: string, metadata: ProviderMetadata | undefined) {
  const cost = (metadata?.openrouter?.usage as { cost?: number } | undefined)?.cost;
  total += cost ?? 0;
  console.log(`${label.padEnd(32)} ${cost === undefined ? 'not reported' : `$${cost.toFixed(8)}`}`);
}

try {
  // A tool loop is several billed requests; result.providerMetadata holds only the last one,
  // so read every step.
  const planned = await generateText({
    model,
    prompt: 'How long is the drive from Lisbon to Porto?',
    tools: {
      distance: tool({
        description: 'Road distance in km between two cities',
        inputSchema: z.object({ from: z.string(), to: z.string() }),
        execute: async () => ({ km: 313 }),
      }),
    },
    stopWhen: stepCountIs(3),
  });
  planned.steps.forEach((step, index) => record(`tool loop, step ${index + 1}`, step.providerMetadata));

  // A stream's cost arrives with its last chunk.
  const streamed = streamText({ model, prompt: 'One tip for a road trip.' });
  await streamed.consumeStream();
  record('stream', await streamed.providerMetadata);

  record('embedding', (await embed({ model: router.embeddingModel('openai/text-embedding-3-small'), value: 'road trip' })).providerMetadata);
  console.log(`${'total'.padEnd(32)} $${total.toFixed(8)}`);
} finally {
  await close();
}
