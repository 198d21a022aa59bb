/**
 * What the core reads from a call, written once for every AI SDK spec. Each type is the union of
 * what the V2, V3 and V4 specs hand a model, so a surface passes its call options through as they
 * are; the core never names a spec version.
 */

/** `providerOptions` / per-part provider options: provider name -> its options. */
export type ProviderOptions = Record<string, Record<string, unknown>>;

/**
 * File data as the specs pass it: bytes, base64 or a URL (V2, V3), or tagged (V4:
 * `{ type: 'data' | 'url' | 'reference' | 'text' }`).
 */
export type FileData = Uint8Array | string | URL | TaggedFileData;
export type TaggedFileData =
  | { type: 'data'; data: Uint8Array | string }
  | { type: 'url'; url: URL }
  | { type: 'reference'; reference: Record<string, unknown> }
  | { type: 'text'; text: string };

export interface TextPart {
  type: 'text';
  text: string;
  providerOptions?: ProviderOptions;
}

export interface FilePart {
  type: 'file';
  data: FileData;
  mediaType: string;
  filename?: string;
  providerOptions?: ProviderOptions;
}

export interface ReasoningPart {
  type: 'reasoning';
  text: string;
  providerOptions?: ProviderOptions;
}

export interface ToolCallPart {
  type: 'tool-call';
  toolCallId: string;
  toolName: string;
  input: unknown;
  providerExecuted?: boolean;
  providerOptions?: ProviderOptions;
}

export interface ToolResultPart {
  type: 'tool-result';
  toolCallId: string;
  toolName: string;
  output: { type: string; value?: unknown; reason?: string };
  providerOptions?: ProviderOptions;
}

/** V3/V4: the user's answer to a tool approval request; OpenRouter has no field for it. */
export interface ToolApprovalResponsePart {
  type: 'tool-approval-response';
  approvalId: string;
  approved: boolean;
  reason?: string;
  providerOptions?: ProviderOptions;
}

/** V4: provider-specific assistant parts (`custom`, `reasoning-file`) that OpenRouter cannot replay. */
export interface UnreplayablePart {
  type: 'custom' | 'reasoning-file';
  providerOptions?: ProviderOptions;
}

export type ChatMessage =
  | { role: 'system'; content: string; providerOptions?: ProviderOptions }
  | { role: 'user'; content: Array<TextPart | FilePart>; providerOptions?: ProviderOptions }
  | {
      role: 'assistant';
      content: Array<TextPart | FilePart | ReasoningPart | ToolCallPart | ToolResultPart | UnreplayablePart>;
      providerOptions?: ProviderOptions;
    }
  | { role: 'tool'; content: Array<ToolResultPart | ToolApprovalResponsePart>; providerOptions?: ProviderOptions };

export type ChatPrompt = ChatMessage[];

export interface FunctionTool {
  type: 'function';
  name: string;
  description?: string;
  inputSchema: unknown;
  /** V3/V4: OpenRouter takes it as `function.strict`. */
  strict?: boolean;
  /** V3/V4: OpenRouter has no field for these. */
  inputExamples?: unknown[];
  providerOptions?: ProviderOptions;
}

/** V2 `provider-defined` and V3/V4 `provider` tools: a provider's own tool, named by id. */
export interface ProviderTool {
  type: 'provider-defined' | 'provider';
  id: string;
  name: string;
  args: Record<string, unknown>;
}

export type ToolChoice = { type: 'auto' | 'none' | 'required' } | { type: 'tool'; toolName: string };

export interface ChatCallOptions {
  prompt: ChatPrompt;
  maxOutputTokens?: number;
  temperature?: number;
  stopSequences?: string[];
  topP?: number;
  topK?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
  responseFormat?: { type: 'text' } | { type: 'json'; schema?: unknown; name?: string; description?: string };
  seed?: number;
  tools?: Array<FunctionTool | ProviderTool>;
  toolChoice?: ToolChoice;
  includeRawChunks?: boolean;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
  providerOptions?: ProviderOptions;
  /** V4 (and AI SDK 7 on any spec): a reasoning level, mapped like a thinking level. */
  reasoning?: string;
}
