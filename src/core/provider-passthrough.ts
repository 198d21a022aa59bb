import { z } from 'zod/v4';
import { lazy } from './util/lazy';

/**
 * `provider` of the endpoints that route by model alone (/audio/speech, /audio/transcriptions,
 * /videos): only `options`, provider-specific fields keyed by provider slug (e.g.
 * `{ openai: { instructions: '...' } }`), which OpenRouter forwards to the provider it picks.
 */
export const providerPassthroughSchema = lazy(() =>
  z.strictObject({
    options: z.record(z.string(), z.record(z.string(), z.unknown())),
  }),
);

export type OpenRouterProviderPassthrough = z.infer<ReturnType<typeof providerPassthroughSchema>>;
