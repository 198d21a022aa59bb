// Shapes of OpenRouter's chat-completions wire format, as this provider sends and reads them.

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
  index?: number;
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

export type OpenRouterUsage = {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null; cache_write_tokens?: number | null; [key: string]: unknown } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null; [key: string]: unknown } | null;
  cost?: number | null;
  is_byok?: boolean | null;
  cost_details?: Record<string, unknown> | null;
  [key: string]: unknown;
};

export type OpenRouterAnnotation =
  | { type: 'url_citation'; url_citation: { url: string; title?: string; content?: string; start_index?: number; end_index?: number } }
  | { type: 'file'; file: { hash?: string; name?: string; content?: unknown } }
  | { type: string; [key: string]: unknown };
