import { z } from 'zod/v4';
import { lazy } from '../util/lazy';

/**
 * OpenRouter's `provider` routing object, shared by every model kind that routes (chat, images,
 * embeddings, reranking). Built on first use, as the other option schemas are.
 */
export const providerPreferences = lazy(() => {
  const maxPriceSchema = z.looseObject({
    prompt: z.union([z.number(), z.string()]).optional(),
    completion: z.union([z.number(), z.string()]).optional(),
    image: z.union([z.number(), z.string()]).optional(),
    audio: z.union([z.number(), z.string()]).optional(),
    request: z.union([z.number(), z.string()]).optional(),
  });

  const percentileSchema = z.union([
    z.number(),
    z.looseObject({ p50: z.number().optional(), p75: z.number().optional(), p90: z.number().optional(), p99: z.number().optional() }),
  ]);

  /** OpenRouter's `provider` routing object, under its own field names. */
  const providerPreferencesSchema = z.looseObject({
    order: z.array(z.string()).optional(),
    only: z.array(z.string()).optional(),
    ignore: z.array(z.string()).optional(),
    allow_fallbacks: z.boolean().optional(),
    require_parameters: z.boolean().optional(),
    data_collection: z.enum(['allow', 'deny']).optional(),
    zdr: z.boolean().optional(),
    enforce_distillable_text: z.boolean().optional(),
    quantizations: z.array(z.string()).optional(),
    sort: z
      .union([z.enum(['price', 'throughput', 'latency']), z.looseObject({ by: z.enum(['price', 'throughput', 'latency']).optional(), partition: z.string().optional() })])
      .optional(),
    preferred_min_throughput: percentileSchema.optional(),
    preferred_max_latency: percentileSchema.optional(),
    max_price: maxPriceSchema.optional(),
  });
  return providerPreferencesSchema;
});

export type OpenRouterProviderPreferences = z.infer<ReturnType<typeof providerPreferences>>;
