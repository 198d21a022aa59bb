import { z } from 'zod/v4';

/**
 * Fields and plugins of OpenRouter's ChatRequest `plugins` (openapi.yaml: WebSearchPlugin,
 * FusionPlugin, ModerationPlugin, ParetoRouterPlugin, AutoBetaRouterPlugin), under their wire
 * names. Like the other known plugins, fields OpenRouter adds later pass as given.
 */

const COST_TIERS = ['low', 'medium', 'high', 'xhigh', 'max'] as const;

/** The web plugin's fields besides engine, max_results and search_prompt. */
export function webSearchPluginFields() {
  return {
    enabled: z.boolean().optional(),
    /** Searches the model may run in one turn (passed to native search that supports it, e.g. Anthropic). */
    max_uses: z.number().int().positive().optional(),
    include_domains: z.array(z.string().min(1)).optional(),
    exclude_domains: z.array(z.string().min(1)).optional(),
    mode: z.enum(['instant', 'fast', 'auto', 'deep-lite', 'deep', 'deep-reasoning', 'turbo', 'basic', 'advanced']).optional(),
    user_location: z
      .strictObject({
        type: z.literal('approximate'),
        city: z.string().nullable().optional(),
        region: z.string().nullable().optional(),
        country: z.string().nullable().optional(),
        timezone: z.string().nullable().optional(),
      })
      .optional(),
  };
}

const modelPatterns = () => z.array(z.string().min(1).max(1024)).max(1024);

export function newPluginSchemas() {
  return [
    z.looseObject({
      id: z.literal('fusion'),
      enabled: z.boolean().optional(),
      analysis_models: z.array(z.string().min(1)).min(1).max(8).optional(),
      model: z.string().min(1).optional(),
      preset: z.enum(['general-high', 'general-budget', 'general-fast']).optional(),
      max_tool_calls: z.number().int().min(1).max(16).optional(),
      tools: z
        .array(z.strictObject({ type: z.string().min(1), parameters: z.record(z.string(), z.unknown()).optional() }))
        .max(8)
        .optional(),
    }),
    z.looseObject({ id: z.literal('moderation') }),
    z.looseObject({
      id: z.literal('pareto-router'),
      enabled: z.boolean().optional(),
      max_price: z.number().nonnegative().optional(),
      min_coding_score: z.number().min(0).max(1).optional(),
      price_source: z.enum(['prompt', 'weighted_avg']).optional(),
    }),
    z.looseObject({
      id: z.literal('auto-beta-router'),
      enabled: z.boolean().optional(),
      allowed_models: modelPatterns().optional(),
      excluded_models: modelPatterns().optional(),
      cost_tier: z.enum(COST_TIERS).optional(),
      /** Deprecated by OpenRouter in favour of `cost_tier`; still accepted. */
      cost_quality_tradeoff: z.number().int().min(0).max(10).optional(),
    }),
  ] as const;
}
