/**
 * Server tools: OpenRouter runs web search (and datetime, web fetch, ...) itself when the model
 * calls them, beside your own function tools, in one generateText loop.
 *
 *   npm run example server-tools
 *
 * Offline against the bundled emulator (made-up search results); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { generateText, stepCountIs, tool } from 'ai';
import { z } from 'zod';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();

try {
  const result = await generateText({
    model: router('openai/gpt-5-mini'),
    prompt: 'Is it a good week to visit Lisbon?',
    tools: {
      search: router.tools.webSearch({ maxResults: 2 }),
      today: router.tools.datetime({ timezone: 'Europe/Lisbon' }),
      forecast: tool({
        description: 'Weather forecast for a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, outlook: 'sunny', celsius: 24 }),
      }),
    },
    stopWhen: stepCountIs(4),
  });

  result.steps.forEach((step, index) => {
    for (const call of step.toolCalls) {
      console.log(`step ${index + 1}: ${call.providerExecuted ? 'OpenRouter ran' : 'your code ran'} ${call.toolName}(${JSON.stringify(call.input)})`);
    }
  });
  console.log(`answer: ${result.text}`);
  for (const source of result.sources) if (source.sourceType === 'url') console.log(`source: ${source.url}`);
  const usage = result.steps[0].providerMetadata?.openrouter?.usage as { serverToolUseDetails?: { toolCallsExecuted?: number } } | undefined;
  console.log(`server tool calls in step 1: ${usage?.serverToolUseDetails?.toolCallsExecuted ?? 0}`);
} finally {
  await close();
}
