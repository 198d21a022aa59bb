// Shapes of OpenRouter's chat-completions wire format: the request this provider sends, and the
// pieces a request and a reply share (reasoning details are replayed as they came; usage and
// annotations are read from replies). The reply envelopes live beside this file, one per endpoint.

export type CacheControl = { type: 'ephemeral'; ttl?: '5m' | '1h' };

export type OpenRouterContentPart =
  | { type: 'text'; text: string; cache_control?: CacheControl }
  | { type: 'image_url'; image_url: { url: string; detail?: string } }
  | { type: 'file'; file: { filename?: string; file_data?: string; file_id?: string } }
  | { type: 'input_audio'; input_audio: { data: string; format: string } }
  | { type: 'video_url'; video_url: { url: string } };

export type ReasoningDetail = {
  type: string;
  text?: string | null;
  summary?: string | null;
  data?: string | null;
  signature?: string | null;
  id?: string | null;
  format?: string | null;
  index?: number | null;
  [key: string]: unknown;
};

export type OpenRouterToolCall = {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
};

export type OpenRouterMessage =
  | { role: 'system'; content: string | Array<Extract<OpenRouterContentPart, { type: 'text' }>> }
  | { role: 'user'; content: string | OpenRouterContentPart[] }
  | {
      role: 'assistant';
      content: string | null;
      reasoning?: string;
      reasoning_details?: ReasoningDetail[];
      tool_calls?: OpenRouterToolCall[];
      images?: Array<{ type: 'image_url'; image_url: { url: string } }>;
      annotations?: unknown[];
    }
  | { role: 'tool'; tool_call_id: string; content: string | OpenRouterContentPart[] };

export type OpenRouterChatRequest = {
  model: string;
  messages: OpenRouterMessage[];
  stream?: boolean;
  [key: string]: unknown;
};

/**
 * Token counts and cost as sent. The counts stay `unknown`: every reader goes through a check for
 * a finite number, and a count that is none is left out (not an error: the answer is still good).
 */
export type OpenRouterUsage = {
  prompt_tokens?: unknown;
  completion_tokens?: unknown;
  total_tokens?: unknown;
  prompt_tokens_details?: { cached_tokens?: unknown; cache_write_tokens?: unknown; [key: string]: unknown } | null;
  completion_tokens_details?: { reasoning_tokens?: unknown; [key: string]: unknown } | null;
  cost?: unknown;
  is_byok?: unknown;
  cost_details?: { readonly [key: string]: unknown } | null;
  server_tool_use_details?: unknown;
  [key: string]: unknown;
};

/** A `message.annotations` / `delta.annotations` entry; only a `url_citation`'s fields are read. */
export type OpenRouterAnnotation =
  | { type: 'url_citation'; url_citation: { url: string; title?: string | null; content?: string | null; [key: string]: unknown }; [key: string]: unknown }
  | { type: string; [key: string]: unknown };
