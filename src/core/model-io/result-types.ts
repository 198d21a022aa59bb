/**
 * What the core produces, written once for every AI SDK spec. Most shapes are what all three specs
 * share; where they differ (usage, finish reason, warnings, file data) the core keeps the richest
 * form and each surface maps it in one step.
 */

import type { FunctionTool, ProviderTool } from './call-types';

export type JSONValue = null | string | number | boolean | JSONObject | JSONArray;
export type JSONObject = { [key: string]: JSONValue };
export type JSONArray = JSONValue[];

/** `providerMetadata`: provider name -> JSON. Every spec declares this same shape. */
export type ProviderMetadata = Record<string, JSONObject>;

/** What a request could not honour; surfaces map the kinds to their spec's warning types. */
export type CoreWarning =
  | { type: 'unsupported-setting'; setting: string; details?: string }
  | { type: 'unsupported-tool'; tool: FunctionTool | ProviderTool; details?: string }
  | { type: 'other'; message: string };

/**
 * Token counts, nested as V3/V4 name them. A count OpenRouter did not report is undefined.
 * `totalTokens` is OpenRouter's own total (or input + output) for the V2 surface, which reports one.
 */
export interface Usage {
  inputTokens: {
    total: number | undefined;
    noCache: number | undefined;
    cacheRead: number | undefined;
    cacheWrite: number | undefined;
  };
  outputTokens: {
    total: number | undefined;
    text: number | undefined;
    reasoning: number | undefined;
  };
  totalTokens: number | undefined;
  /** OpenRouter's usage object as received. */
  raw?: JSONObject;
}

/** `unknown` is V2's word for "no reason given"; V3/V4 call it `other`. */
export type UnifiedFinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown';

export interface FinishReason {
  unified: UnifiedFinishReason;
  /** OpenRouter's `finish_reason` as sent. */
  raw: string | undefined;
}

export interface ResponseInfo {
  id?: string;
  modelId?: string;
  timestamp?: Date;
}

export interface SourcePart {
  type: 'source';
  sourceType: 'url';
  id: string;
  url: string;
  title?: string;
  providerMetadata?: ProviderMetadata;
}

export interface ToolCallContent {
  type: 'tool-call';
  toolCallId: string;
  toolName: string;
  /** JSON text of the arguments. */
  input: string;
  providerExecuted?: boolean;
  providerMetadata?: ProviderMetadata;
}

/** The result of a tool OpenRouter ran itself (a server tool); V2 marks it providerExecuted. */
export interface ToolResultContent {
  type: 'tool-result';
  toolCallId: string;
  toolName: string;
  result: NonNullable<JSONValue>;
  providerMetadata?: ProviderMetadata;
}

/** A generated file as base64, as OpenRouter sends it. */
export interface FileContent {
  type: 'file';
  mediaType: string;
  data: string;
}

export type ChatContent =
  | { type: 'text'; text: string; providerMetadata?: ProviderMetadata }
  | { type: 'reasoning'; text: string; providerMetadata?: ProviderMetadata }
  | ToolCallContent
  | ToolResultContent
  | SourcePart
  | FileContent;

export type ChatStreamPart =
  | { type: 'stream-start'; warnings: CoreWarning[] }
  | ({ type: 'response-metadata' } & ResponseInfo)
  | { type: 'text-start' | 'text-end' | 'reasoning-start' | 'reasoning-end'; id: string; providerMetadata?: ProviderMetadata }
  | { type: 'text-delta' | 'reasoning-delta'; id: string; delta: string; providerMetadata?: ProviderMetadata }
  | { type: 'tool-input-start'; id: string; toolName: string; providerExecuted?: boolean; providerMetadata?: ProviderMetadata }
  | { type: 'tool-input-delta'; id: string; delta: string; providerMetadata?: ProviderMetadata }
  | { type: 'tool-input-end'; id: string; providerMetadata?: ProviderMetadata }
  | ToolCallContent
  | ToolResultContent
  | SourcePart
  | FileContent
  | { type: 'finish'; finishReason: FinishReason; usage: Usage; providerMetadata?: ProviderMetadata }
  | { type: 'raw'; rawValue: unknown }
  | { type: 'error'; error: unknown };

/** A doGenerate result before a surface maps it. */
export interface ChatGenerateResult {
  content: ChatContent[];
  finishReason: FinishReason;
  usage: Usage;
  providerMetadata: ProviderMetadata;
  warnings: CoreWarning[];
  request: { body: unknown };
  response: ResponseInfo & { headers?: Record<string, string>; body?: unknown };
}

export interface ChatStreamResult {
  stream: ReadableStream<ChatStreamPart>;
  request: { body: unknown };
  response: { headers?: Record<string, string> };
}
