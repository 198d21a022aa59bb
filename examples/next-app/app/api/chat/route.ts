import { convertToModelMessages, stepCountIs, streamText, tool, type UIMessage } from 'ai';
import { createOpenClawRouter } from 'openclaw-router/v4';
import { z } from 'zod';

// Read once per server process: OPENROUTER_API_KEY, and OPENROUTER_BASE_URL for a gateway
// (or the offline emulator); unset means https://openrouter.ai/api/v1.
const router = createOpenClawRouter({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL,
});

// Allow streamed replies up to 30 seconds on serverless hosts.
export const maxDuration = 30;

export async function POST(req: Request) {
  const { messages }: { messages: UIMessage[] } = await req.json();

  const result = streamText({
    model: router(process.env.OPENROUTER_CHAT_MODEL ?? 'anthropic/claude-sonnet-4.5'),
    system: 'You are a concise assistant. Use getWeather for questions about the weather.',
    messages: await convertToModelMessages(messages),
    tools: {
      getWeather: tool({
        description: 'The current weather in a city.',
        inputSchema: z.object({ city: z.string().describe('The city, e.g. "Lisbon"') }),
        execute: async ({ city }) => ({ city, temperatureC: 21, conditions: 'sunny' }),
      }),
    },
    // A tool call, its result, then the answer: at most three model calls per request.
    stopWhen: stepCountIs(3),
    providerOptions: {
      openrouter: { reasoning: { effort: 'low' } },
    },
  });

  return result.toUIMessageStreamResponse({ sendReasoning: true });
}
