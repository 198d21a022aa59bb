/**
 * Builders of OpenRouter wire objects with schema-valid defaults, so a scripted reply only
 * spells out what a test is about.
 */

/** A fixed timestamp keeps replies deterministic. */
export const EMULATOR_CREATED = 1767225600;

const DEFAULTS = {
  id: 'gen-emulator-0',
  model: 'openai/gpt-4o-mini',
  provider: 'OpenAI',
} as const;

export interface ChatCompletionObject {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  provider: string;
  system_fingerprint: string | null;
  choices: Array<Record<string, unknown>>;
  usage?: Record<string, unknown> | undefined;
  [field: string]: unknown;
}

export interface ChatCompletionInput {
  id?: string | undefined;
  model?: string | undefined;
  provider?: string | undefined;
  created?: number | undefined;
  system_fingerprint?: string | null | undefined;
  /** Merged over `{role: 'assistant', content: 'Hello from the emulator.'}`. */
  message?: Record<string, unknown> | undefined;
  /** Default 'stop'. */
  finish_reason?: string | null | undefined;
  /** Default: the same as finish_reason. */
  native_finish_reason?: string | null | undefined;
  /** Replaces the single default choice. */
  choices?: Array<Record<string, unknown>> | undefined;
  /** Merged over the default usage; null leaves usage out. */
  usage?: Record<string, unknown> | null | undefined;
  /** Any other top-level field, sent as given. */
  [field: string]: unknown;
}

/** A complete non-streaming chat completion (ChatResult). */
export function chatCompletion(input: ChatCompletionInput = {}): ChatCompletionObject {
  const { message, finish_reason, native_finish_reason, choices, usage, ...topLevel } = input;
  const finishReason = finish_reason === undefined ? 'stop' : finish_reason;
  const result: ChatCompletionObject = {
    id: DEFAULTS.id,
    object: 'chat.completion',
    created: EMULATOR_CREATED,
    model: DEFAULTS.model,
    provider: DEFAULTS.provider,
    system_fingerprint: null,
    choices: choices ?? [
      {
        index: 0,
        message: { role: 'assistant', content: 'Hello from the emulator.', ...message },
        finish_reason: finishReason,
        native_finish_reason: native_finish_reason === undefined ? finishReason : native_finish_reason,
        logprobs: null,
      },
    ],
    ...topLevel,
  };
  if (usage !== null) result.usage = defaultUsage(usage);
  return result;
}

export interface ChatChunkObject {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  provider: string;
  choices: Array<Record<string, unknown>>;
  usage?: Record<string, unknown> | undefined;
  error?: Record<string, unknown> | undefined;
  [field: string]: unknown;
}

/**
 * `finish_reason`, `native_finish_reason`, `index` and `logprobs` go into the choice; every other
 * field is a top-level field of the chunk (id, model, provider, error, usage, ...).
 */
export interface ChatChunkExtra {
  finish_reason?: string | null | undefined;
  native_finish_reason?: string | null | undefined;
  index?: number | undefined;
  logprobs?: unknown | undefined;
  [field: string]: unknown;
}

/** One streamed chunk (ChatStreamChunk) with a single choice carrying `delta`. */
export function chatChunk(delta: Record<string, unknown>, extra: ChatChunkExtra = {}): ChatChunkObject {
  const { finish_reason = null, native_finish_reason, index = 0, logprobs, ...topLevel } = extra;
  const choice: Record<string, unknown> = {
    index,
    delta,
    finish_reason,
    native_finish_reason: native_finish_reason === undefined ? finish_reason : native_finish_reason,
  };
  if (logprobs !== undefined) choice.logprobs = logprobs;
  return { ...chunkBase(), choices: [choice], ...topLevel };
}

/** The final usage chunk: `choices: []` and usage (with cost) merged over the defaults. */
export function usageChunk(usage: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): ChatChunkObject {
  return { ...chunkBase(), choices: [], usage: defaultUsage(usage), ...extra };
}

function chunkBase() {
  return {
    id: DEFAULTS.id,
    object: 'chat.completion.chunk' as const,
    created: EMULATOR_CREATED,
    model: DEFAULTS.model,
    provider: DEFAULTS.provider,
  };
}

export interface ErrorEnvelopeObject {
  error: { code: number | string; message: string; metadata?: Record<string, unknown> };
}

/** OpenRouter's error envelope `{error: {code, message, metadata?}}`. */
export function errorEnvelope(code: number | string, message: string, metadata?: Record<string, unknown>): ErrorEnvelopeObject {
  return { error: metadata === undefined ? { code, message } : { code, message, metadata } };
}

export interface UsageCounts {
  promptTokens: number;
  completionTokens: number;
  reasoningTokens?: number | undefined;
}

const PROMPT_PRICE = 0.000001;
const COMPLETION_PRICE = 0.000002;

/** Rounds away binary noise (0.1 + 0.2) so costs compare exactly in tests. */
const roundCost = (value: number) => Math.round(value * 1e12) / 1e12;

/** Usage with OpenRouter's extras (cost, is_byok, cost_details) for the given token counts. */
export function usageFor({ promptTokens, completionTokens, reasoningTokens = 0 }: UsageCounts): Record<string, unknown> {
  const promptCost = roundCost(promptTokens * PROMPT_PRICE);
  const completionCost = roundCost(completionTokens * COMPLETION_PRICE);
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
    cost: roundCost(promptCost + completionCost),
    is_byok: false,
    cost_details: {
      upstream_inference_cost: null,
      upstream_inference_prompt_cost: promptCost,
      upstream_inference_completions_cost: completionCost,
    },
  };
}

function defaultUsage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...usageFor({ promptTokens: 10, completionTokens: 5 }), ...overrides };
}
