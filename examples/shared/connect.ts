import { createOpenClawRouter } from 'openclaw-router/v4';
import { startOpenRouterEmulator, type OpenRouterEmulatorOptions } from 'openclaw-router/testing';

/**
 * A router for the examples: OpenRouter itself when OPENROUTER_API_KEY is set,
 * otherwise the bundled emulator on 127.0.0.1 (no network, no key, no cost).
 */
export async function connectRouter(offline: { emulator?: OpenRouterEmulatorOptions; verifiedRoute?: boolean } = {}) {
  if (process.env.OPENROUTER_API_KEY) {
    return {
      router: createOpenClawRouter({ baseURL: process.env.OPENROUTER_BASE_URL }),
      live: true,
      close: async () => {},
    };
  }
  const emulator = await startOpenRouterEmulator(offline.emulator);
  console.log(`OPENROUTER_API_KEY is not set: using the offline OpenRouter emulator at ${emulator.baseURL}`);
  // OpenRouter's own headers (response caching, router metadata) go only to https://openrouter.ai:
  // keep that base URL and send its requests to the emulator through its fetch.
  const connection = offline.verifiedRoute ? { fetch: emulator.fetch } : { baseURL: emulator.baseURL };
  return {
    router: createOpenClawRouter({ apiKey: 'emulator-key', ...connection }),
    live: false,
    close: () => emulator.close(),
  };
}

/** Prints tokens and cost from `providerMetadata.openrouter`. */
export function printUsage(providerMetadata: Record<string, Record<string, unknown> | undefined> | undefined): void {
  const openrouter = providerMetadata?.openrouter as
    | { usage?: { promptTokens?: number; completionTokens?: number; cost?: number }; provider?: string; model?: string }
    | undefined;
  const usage = openrouter?.usage;
  if (!usage) {
    console.log('  (no usage reported)');
    return;
  }
  const cost = usage.cost !== undefined ? `$${usage.cost.toFixed(6)}` : 'n/a';
  console.log(
    `  usage: ${usage.promptTokens ?? '?'} in / ${usage.completionTokens ?? '?'} out, cost ${cost}` +
      (openrouter?.provider ? `, served by ${openrouter.provider}` : '') +
      (openrouter?.model ? ` (${openrouter.model})` : ''),
  );
}
