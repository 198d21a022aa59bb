import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { CACHE_RETENTIONS, describeCacheRetentions } from './policies/cache-retention';
import { CACHE_BREAKPOINTS, describeCacheBreakpoints } from './policies/cache-breakpoint-names';
import { chatAudioOutputSchema, chatModalitiesSchema } from './options/audio-output-options';
import { newPluginSchemas, webSearchPluginFields } from './options/plugin-options';
import { sessionIdSchema, traceSchema } from './options/session-options';
import { THINKING_SETTINGS, describeThinkingLevels } from './policies/thinking-levels';
import { responseCacheSchema } from '../platform/response-cache';
import { providerPreferences } from '../options/provider-preferences-schema';
import { lazy } from '../util/lazy';
import { ownDataCopy } from '../util/merge-options';
import type { OpenRouterChatRequestFields } from './openrouter-request-field-types';

function createOptionSchemas() {
  const reasoningEffort = z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max']);

  const reasoningOptionsSchema = z.looseObject({
    effort: reasoningEffort.optional(),
    max_tokens: z.number().int().positive().optional(),
    exclude: z.boolean().optional(),
    enabled: z.boolean().optional(),
    summary: z.enum(['auto', 'concise', 'detailed']).optional(),
  });

  const providerPreferencesSchema = providerPreferences();

  const knownPluginSchema = z.discriminatedUnion('id', [
    z.looseObject({
      id: z.literal('web'),
      engine: z.enum(['native', 'exa', 'firecrawl', 'parallel', 'perplexity']).optional(),
      max_results: z.number().int().positive().optional(),
      search_prompt: z.string().optional(),
      ...webSearchPluginFields(),
    }),
    z.looseObject({
      id: z.literal('file-parser'),
      pdf: z.looseObject({ engine: z.enum(['mistral-ocr', 'native', 'cloudflare-ai', 'pdf-text']).optional() }).optional(),
    }),
    z.looseObject({ id: z.literal('response-healing') }),
    z.looseObject({ id: z.literal('context-compression'), engine: z.enum(['middle-out']).optional(), enabled: z.boolean().optional() }),
    z.looseObject({ id: z.literal('auto-router'), allowed_models: z.array(z.string()).optional() }),
    ...newPluginSchemas(),
  ]);

  const KNOWN_PLUGIN_IDS: ReadonlySet<string> = new Set(knownPluginSchema.options.map((option) => option.shape.id.value));

  /**
   * Known plugins are checked field by field; plugins OpenRouter adds later keep
   * working (every other id passes as given).
   */
  const pluginSchema = z.union([
    knownPluginSchema,
    // Aborting keeps a malformed known plugin's own error as the one reported.
    z.looseObject({ id: z.string().refine((id) => !KNOWN_PLUGIN_IDS.has(id), { abort: true }) }),
  ]);

  /** When OpenRouter's server-tool loop stops (any condition ends it), under OpenRouter's names. */
  const stopServerToolsWhenSchema = z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('step_count_is'), step_count: z.number().int().positive() }),
        z.strictObject({ type: z.literal('has_tool_call'), tool_name: z.string().min(1) }),
        z.strictObject({ type: z.literal('max_tokens_used'), max_tokens: z.number().int().positive() }),
        z.strictObject({ type: z.literal('max_cost'), max_cost_in_dollars: z.number().positive() }),
        z.strictObject({ type: z.literal('finish_reason_is'), reason: z.string().min(1) }),
      ]),
    )
    .min(1);

  /** Case and surrounding spaces do not matter: `"Extra High"` is the alias `extra high`. */
  const thinkingSchema = z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
    z.enum(THINKING_SETTINGS, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a thinking level. ${describeThinkingLevels()}`,
    }),
  );

  const cacheRetentionSchema = z.enum(CACHE_RETENTIONS, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a cache retention. ${describeCacheRetentions()}`,
  });

  const cacheBreakpointsSchema = z.array(
    z.enum(CACHE_BREAKPOINTS, {
      error: (issue) => `${JSON.stringify(issue.input)} is not a cache breakpoint. ${describeCacheBreakpoints()}`,
    }),
    { error: () => `it must be a list of breakpoints. ${describeCacheBreakpoints()}` },
  );

  /**
   * Options a caller can set on the model (second argument of `router(id, settings)`)
   * and per call in `providerOptions.openrouter`. OpenRouter request fields keep
   * their wire names; unknown keys pass through to the body, as they do with the
   * official provider, except the ones the request itself owns.
   */
  const openRouterOptionsSchema = z.looseObject({
    models: z.array(z.string().min(1)).optional(),
    provider: providerPreferencesSchema.optional(),
    reasoning: reasoningOptionsSchema.optional(),
    plugins: z.array(pluginSchema).optional(),
    user: z.string().optional(),
    session_id: sessionIdSchema().optional(),
    /** Groups a conversation or agent run; OpenRouter's sticky routing key. Sent as `session_id`. */
    sessionId: sessionIdSchema().optional(),
    trace: traceSchema().optional(),
    /** A named OpenRouter preset (`@preset/<slug>` as the model id does the same). */
    preset: z.string().min(1).optional(),
    prompt_cache_key: z.string().min(1).optional(),
    /** OpenAI-style prompt caching key, sent as `prompt_cache_key`. */
    promptCacheKey: z.string().min(1).optional(),
    /** `['text', 'audio']` asks a model that speaks for a spoken reply (with `audio`). */
    modalities: chatModalitiesSchema().optional(),
    audio: chatAudioOutputSchema().optional(),
    transforms: z.array(z.string()).optional(),
    /** Deprecated by OpenRouter in favour of `provider.sort.partition`; still accepted. */
    route: z.enum(['fallback', 'sort']).optional(),
    verbosity: z.enum(['low', 'medium', 'high', 'max']).optional(),
    usage: z.looseObject({ include: z.boolean().optional() }).optional(),
    include_reasoning: z.boolean().optional(),
    web_search_options: z.looseObject({}).optional(),
    /** OpenClaw thinking level, sent as `reasoning.effort` (see the thinking policy). Never sent as is. */
    thinking: thinkingSchema.optional(),
    /** Anthropic prompt-cache retention for the automatic system-prompt marker. Never sent as is. */
    cacheRetention: cacheRetentionSchema.optional(),
    /** Where automatic cache markers go (default `['system']`). Never sent as is. */
    cacheBreakpoints: cacheBreakpointsSchema.optional(),
    stop_server_tools_when: stopServerToolsWhenSchema.optional(),
    /** OpenRouter's response cache (`X-OpenRouter-Cache` headers). Never sent in the body. */
    responseCache: responseCacheSchema().optional(),
    /** Ask OpenRouter how it routed the request (`X-OpenRouter-Metadata`). Never sent in the body. */
    routerMetadata: z.boolean().optional(),
    extraBody: z.record(z.string(), z.unknown()).optional(),
    /** `strict` of `json_schema` response formats; default true. */
    strictJsonSchema: z.boolean().optional(),
    // Names the official provider accepts on its model settings.
    includeReasoning: z.boolean().optional(),
    logitBias: z.record(z.string(), z.number()).optional(),
    logprobs: z.union([z.boolean(), z.number().int().nonnegative()]).optional(),
    parallelToolCalls: z.boolean().optional(),
  });
  return { reasoningOptionsSchema, providerPreferencesSchema, pluginSchema, openRouterOptionsSchema };
}

/** The option schemas, built on first use (see util/lazy). */
export const optionSchemas = lazy(createOptionSchemas);

type OptionSchemas = ReturnType<typeof createOptionSchemas>;
export type OpenRouterReasoningOptions = z.infer<OptionSchemas['reasoningOptionsSchema']>;
export type OpenRouterProviderPreferences = z.infer<OptionSchemas['providerPreferencesSchema']>;
export type OpenRouterPlugin = z.infer<OptionSchemas['pluginSchema']>;

/** The named members of a type, without its index signature. */
type NamedMembers<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * Chat options, the second argument of `router(id, settings)` and `providerOptions.openrouter`:
 * this provider's options and OpenRouter's request fields, typed and closed, so a misspelt name
 * fails to compile. Other body fields go in `extraBody`. At run time (plain JavaScript) an
 * unknown name is still sent, with a warning naming the option it resembles.
 */
export interface OpenRouterOptions extends SchemaOptions, Omit<OpenRouterChatRequestFields, keyof SchemaOptions> {}

/** The options the schema types; where it types a request field too, its type wins. */
type SchemaOptions = NamedMembers<z.infer<OptionSchemas['openRouterOptionsSchema']>>;

/** Fields the request owns: a caller's value would silently replace the prompt or tools. */
export const RESERVED_BODY_KEYS = ['model', 'messages', 'tools', 'tool_choice', 'stream', 'stream_options'] as const;

/** Settings this provider defines itself: their errors explain themselves, without pointing at OpenRouter's API. */
const OWN_SETTING_KEYS = new Set(['thinking', 'cacheRetention', 'cacheBreakpoints', 'sessionId', 'session_id', 'responseCache', 'routerMetadata']);

/** Keys read from providerOptions that describe a message or part, not the request. */
const MESSAGE_LEVEL_KEYS = new Set(['reasoning_details', 'annotations', 'cacheControl', 'cache_control', 'filename']);

export function parseOpenRouterOptions(value: unknown, argument: string): OpenRouterOptions {
  if (value == null || isEmptyPlainObject(value)) return {};
  const result = optionSchemas().openRouterOptionsSchema.safeParse(ownDataCopy(value, argument));
  if (!result.success) {
    const issue = firstLeafIssue(result.error.issues[0]);
    const path = [argument, ...issue.path.map(String)].join('.');
    const hint = OWN_SETTING_KEYS.has(String(issue.path[0])) ? '' : ". Check the value against OpenRouter's API reference.";
    throw new InvalidArgumentError({
      argument: path,
      message: `Invalid ${path}: ${issue.message}${hint}`,
      cause: result.error,
    });
  }
  for (const key of RESERVED_BODY_KEYS) {
    if (key in result.data) {
      throw new InvalidArgumentError({
        argument: `${argument}.${key}`,
        message: `${argument}.${key} cannot be set: the provider builds "${key}" from the call itself. Remove it from ${argument}.`,
      });
    }
  }
  for (const key of MESSAGE_LEVEL_KEYS) delete (result.data as Record<string, unknown>)[key];
  return result.data;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  for (const _key in value as object) return false;
  return Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}

type Issue = z.core.$ZodIssue;

/**
 * A union's own message is only "Invalid input"; its first branch (the most
 * specific one in these schemas) says what is wrong, with the full path.
 */
function firstLeafIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union') return issue;
  const inner = issue.errors[0]?.[0];
  return inner ? firstLeafIssue({ ...inner, path: [...issue.path, ...inner.path] }) : issue;
}

/** Maps the official provider's camelCase setting names to OpenRouter's wire fields. */
export function toWireFields(options: OpenRouterOptions): Record<string, unknown> {
  const {
    extraBody: _extraBody,
    strictJsonSchema: _strictJsonSchema,
    thinking: _thinking,
    cacheRetention: _cacheRetention,
    cacheBreakpoints: _cacheBreakpoints,
    sessionId,
    promptCacheKey,
    responseCache: _responseCache,
    routerMetadata: _routerMetadata,
    includeReasoning,
    logitBias,
    logprobs,
    parallelToolCalls,
    // OpenRouter now reports usage and cost on every reply; the official
    // provider's `usage: { include }` switch has no wire field left to set.
    usage: _usage,
    ...wire
  } = options;
  const out: Record<string, unknown> = { ...wire };
  if (sessionId !== undefined) out.session_id ??= sessionId;
  if (promptCacheKey !== undefined) out.prompt_cache_key ??= promptCacheKey;
  if (includeReasoning !== undefined) out.include_reasoning ??= includeReasoning;
  if (logitBias !== undefined) out.logit_bias ??= logitBias;
  if (parallelToolCalls !== undefined) out.parallel_tool_calls ??= parallelToolCalls;
  if (typeof logprobs === 'number') {
    out.logprobs = true;
    out.top_logprobs = logprobs;
  } else if (logprobs !== undefined) {
    out.logprobs = logprobs;
  }
  return out;
}
