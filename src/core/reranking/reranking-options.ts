import { z } from 'zod/v4';
import { providerPreferences } from '../options/provider-preferences-schema';
import { lazy } from '../util/lazy';
import { parseStrictOptions } from '../util/parse-options';

/**
 * Options of reranking models, set on the model (`router.rerankingModel(id, settings)`) or per call
 * in `providerOptions.openrouter`; the call wins. `provider` is OpenRouter's provider routing,
 * merged with the provider-level routing by the shared rule (core/routing.ts).
 */
export const rerankingOptionsSchema = lazy(() =>
  z.strictObject({
    provider: providerPreferences().optional(),
    /** Raw top-level body fields, sent last; `model`, `query`, `documents` and `top_n` stay the request's own. */
    extraBody: z.record(z.string(), z.unknown()).optional(),
  }),
);

export type OpenClawRouterRerankingSettings = z.infer<ReturnType<typeof rerankingOptionsSchema>>;

export function parseRerankingOptions(value: unknown, argument: string): OpenClawRouterRerankingSettings {
  return parseStrictOptions(rerankingOptionsSchema(), value, argument, 'a reranking option');
}
