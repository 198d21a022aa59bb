/**
 * How untidy the emulator's default chat replies are. Every option defaults to what recorded
 * OpenRouter traffic usually shows (see test/fixtures/openrouter); set one to get the tidy
 * variant or a rarer quirk.
 */
export interface TrafficOptions {
  /**
   * The `choices` of the final usage chunk. Default `'finish-null'`: one choice with an empty delta
   * and `finish_reason: null` (Anthropic, Google and OpenAI routes). `'repeat-finish'` repeats the
   * finish reason (OpenAI through server tools); `'empty'` sends `choices: []`.
   */
  usageChunkChoices?: 'finish-null' | 'repeat-finish' | 'empty' | undefined;
  /**
   * A `: OPENROUTER PROCESSING` comment after every this many data chunks, on top of the one before
   * the first (option `keepAliveComments`). Default 4; 0 sends none between chunks.
   */
  keepAliveEvery?: number | undefined;
  /**
   * Default true: a streamed tool call opens with its id, name and `arguments: ""`, and every
   * continuation repeats `index` and `type: "function"` without an id. False: the arguments start
   * in the first delta and continuations carry only `index` and the next piece.
   */
  emptyFirstToolArguments?: boolean | undefined;
  /** Default false: a tool call whose arguments are `{}` comes without an `arguments` key at all. */
  omitEmptyToolArguments?: boolean | undefined;
  /**
   * Default false: non-streamed `tool_calls` carry their `index`, as Gemini replies do. The spec has
   * no such field, so these replies are left out of the schema check.
   */
  indexedMessageToolCalls?: boolean | undefined;
  /**
   * Default true: the reply's `model` is the dated slug OpenRouter serves for ids it knows one for
   * (`anthropic/claude-sonnet-4.6` is served as `anthropic/claude-4.6-sonnet-20260217`).
   */
  datedModelSlugs?: boolean | undefined;
  /**
   * Default true: `native_finish_reason` is the upstream's word (`end_turn`, `STOP`, `MAX_TOKENS`,
   * `completed`, ...). False: a copy of `finish_reason`.
   */
  upstreamFinishReasons?: boolean | undefined;
  /** Who serves `anthropic/*` models. Default `'Anthropic'`; `'Google'` (Vertex) also sends an empty signed detail first. */
  anthropicUpstream?: 'Anthropic' | 'Google' | 'Amazon Bedrock' | undefined;
  /**
   * Default true: `completion_tokens` includes the reasoning tokens, as OpenRouter reports them.
   * False counts them on top (what older emulator versions did).
   */
  reasoningInCompletionTokens?: boolean | undefined;
  /**
   * What usage says about money. Default `'paid'`: `cost`, `is_byok: false` and `cost_details`.
   * `'byok'`: `cost: 0`, `is_byok: true` and the upstream's cost in `cost_details`. `'legacy'`:
   * no `cost`, `is_byok` or `cost_details` (older replies).
   */
  billing?: 'paid' | 'byok' | 'legacy' | undefined;
  /**
   * Prompt cache counts: this many prompt tokens read from the cache, and (with `cacheWriteTokens`)
   * written to it, capped so that together they never exceed the prompt; Gemini can report the same
   * count for both. Default 0 and 0, and then the emulator caches what `cache_control` markers
   * delimit, per upstream and model: a request reads the longest marked prefix an earlier one wrote
   * and writes the rest up to its last marker.
   */
  cachedTokens?: number | undefined;
  cacheWriteTokens?: number | undefined;
  /** The `format` of reasoning details. Default `'anthropic-claude-v1'`; real replies also carry `null`, `'unknown'`, `'google-gemini-v1'`, ... */
  reasoningFormat?: string | null | undefined;
  /** Default true: an image reply comes in the chunk that also carries the finish reason. */
  imagesInFinishChunk?: boolean | undefined;
}

export type ResolvedTraffic = Required<TrafficOptions>;

export function resolveTraffic(options: TrafficOptions = {}): ResolvedTraffic {
  return {
    usageChunkChoices: options.usageChunkChoices ?? 'finish-null',
    keepAliveEvery: options.keepAliveEvery ?? 4,
    emptyFirstToolArguments: options.emptyFirstToolArguments ?? true,
    omitEmptyToolArguments: options.omitEmptyToolArguments ?? false,
    indexedMessageToolCalls: options.indexedMessageToolCalls ?? false,
    datedModelSlugs: options.datedModelSlugs ?? true,
    upstreamFinishReasons: options.upstreamFinishReasons ?? true,
    anthropicUpstream: options.anthropicUpstream ?? 'Anthropic',
    reasoningInCompletionTokens: options.reasoningInCompletionTokens ?? true,
    billing: options.billing ?? 'paid',
    cachedTokens: options.cachedTokens ?? 0,
    cacheWriteTokens: options.cacheWriteTokens ?? 0,
    reasoningFormat: options.reasoningFormat === undefined ? 'anthropic-claude-v1' : options.reasoningFormat,
    imagesInFinishChunk: options.imagesInFinishChunk ?? true,
  };
}

/** Served slugs seen in recorded replies for the ids the project types. */
const DATED_SLUGS: Record<string, string> = {
  'anthropic/claude-sonnet-4.5': 'anthropic/claude-4.5-sonnet-20250929',
  'anthropic/claude-sonnet-4.6': 'anthropic/claude-4.6-sonnet-20260217',
  'openai/gpt-5-mini': 'openai/gpt-5-mini-2025-08-07',
};

/** The `model` a reply names for a served id. */
export function servedSlug(model: string, traffic: ResolvedTraffic): string {
  return (traffic.datedModelSlugs && DATED_SLUGS[model]) || model;
}

type FinishReason = 'stop' | 'length' | 'tool_calls';

const UPSTREAM_WORDS: Record<string, Record<FinishReason, string>> = {
  anthropic: { stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use' },
  google: { stop: 'STOP', length: 'MAX_TOKENS', tool_calls: 'STOP' },
  openai: { stop: 'completed', length: 'max_output_tokens', tool_calls: 'completed' },
  'x-ai': { stop: 'completed', length: 'max_output_tokens', tool_calls: 'completed' },
};

/** `native_finish_reason` as the model's own API words it. */
export function nativeFinishReason(finishReason: FinishReason, model: string, traffic: ResolvedTraffic): string {
  if (!traffic.upstreamFinishReasons) return finishReason;
  return UPSTREAM_WORDS[model.split('/')[0]]?.[finishReason] ?? finishReason;
}
