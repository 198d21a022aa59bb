import { createOpenClawRouter } from 'openclaw-router/v4';
import { startOpenRouterEmulator, type OpenRouterEmulatorOptions } from 'openclaw-router/testing';

/**
 * connectRouter for AI SDK 7 (`openclaw-router/v4`), for the model kinds AI SDK 5 lacks
 * (reranking, video): OpenRouter when OPENROUTER_API_KEY is set, else the bundled emulator.
 */
export async function connectRouterV4(offline: { emulator?: OpenRouterEmulatorOptions } = {}) {
  if (process.env.OPENROUTER_API_KEY) {
    return { router: createOpenClawRouter({ baseURL: process.env.OPENROUTER_BASE_URL }), live: true, close: async () => {} };
  }
  const emulator = await startOpenRouterEmulator(offline.emulator);
  console.log(`OPENROUTER_API_KEY is not set: using the offline OpenRouter emulator at ${emulator.baseURL}`);
  return {
    router: createOpenClawRouter({ apiKey: 'emulator-key', baseURL: emulator.baseURL }),
    live: false,
    close: () => emulator.close(),
  };
}
