/**
 * OpenRouter chat request fields a model setting or call option may carry, typed after
 * `ChatRequest` in OpenRouter's OpenAPI file. Fields the provider types as options (`provider`,
 * `models`, `reasoning`, `plugins`, ...) are in chat-options; fields the call owns (`model`,
 * `messages`, `tools`, `tool_choice`, `stream`, `stream_options`) are not settable.
 */
export interface OpenRouterChatRequestFields {
  cache_control?: { type: 'ephemeral'; ttl?: '5m' | '1h' | undefined } | undefined;
  debug?: { echo_upstream_body?: boolean | undefined } | undefined;
  frequency_penalty?: number | undefined;
  /** Image output settings, e.g. `{ aspect_ratio: '16:9', image_size: '2K' }`. */
  image_config?: Record<string, unknown> | undefined;
  logit_bias?: Record<string, number> | undefined;
  max_completion_tokens?: number | undefined;
  max_tokens?: number | undefined;
  /** At most 16 pairs. */
  metadata?: Record<string, string> | undefined;
  min_p?: number | undefined;
  modalities?: Array<'text' | 'image' | 'audio'> | undefined;
  parallel_tool_calls?: boolean | undefined;
  prediction?: { type: 'content'; content: string | Array<{ type: 'text'; text: string }> } | undefined;
  presence_penalty?: number | undefined;
  prompt_cache_key?: string | undefined;
  prompt_cache_options?: { mode: 'explicit'; ttl?: string | null | undefined } | undefined;
  reasoning_effort?: 'max' | 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none' | undefined;
  repetition_penalty?: number | undefined;
  response_format?: { type: string; [key: string]: unknown } | undefined;
  seed?: number | undefined;
  service_tier?: 'auto' | 'default' | 'fast' | 'flex' | 'priority' | 'scale' | undefined;
  stop?: string | string[] | undefined;
  temperature?: number | undefined;
  top_a?: number | undefined;
  top_k?: number | undefined;
  top_logprobs?: number | undefined;
  top_p?: number | undefined;
  trace?: Record<string, unknown> | undefined;
  /** An OpenRouter preset's slug. */
  preset?: string | undefined;
}
