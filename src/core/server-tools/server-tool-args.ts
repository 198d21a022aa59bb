/**
 * Arguments of `router.tools.*`, camelCase versions of OpenRouter's server tool `parameters`
 * (openapi.yaml: WebSearchConfig, WebFetchServerToolConfig, ...). Type aliases rather than
 * interfaces: the AI SDK types tool args as `Record<string, unknown>`.
 */

type ReasoningEffort = 'max' | 'xhigh' | 'high' | 'medium' | 'low' | 'minimal' | 'none';

/** Reasoning of the model a server tool runs for you (advisor, subagent, fusion panel). */
export type ServerToolReasoning = { effort?: ReasoningEffort; maxTokens?: number };

/** A server tool in OpenRouter's own form, for the `tools` lists of fusion and subagent. */
export type WireServerTool = { type: string; parameters?: Record<string, unknown> };

export type WebSearchToolArgs = {
  /** `auto` (default: the provider's native search when it has one, else Exa), `native`, `exa`, `parallel`, `firecrawl`, `perplexity`. */
  engine?: 'auto' | 'native' | 'exa' | 'parallel' | 'firecrawl' | 'perplexity' | undefined;
  /** Results per search (default 5). */
  maxResults?: number | undefined;
  /** Results across all searches of one request (default 50). */
  maxTotalResults?: number | undefined;
  /** Searches the model may run in one request. */
  maxUses?: number | undefined;
  /** Characters of content per result (Exa, Parallel, Perplexity). */
  maxCharacters?: number | undefined;
  searchContextSize?: 'low' | 'medium' | 'high' | undefined;
  mode?: 'instant' | 'fast' | 'auto' | 'deep-lite' | 'deep' | 'deep-reasoning' | 'turbo' | 'basic' | 'advanced' | undefined;
  /** Only these domains; not together with `excludedDomains`. */
  allowedDomains?: string[] | undefined;
  excludedDomains?: string[] | undefined;
  userLocation?: { type?: 'approximate'; city?: string | null; region?: string | null; country?: string | null; timezone?: string | null } | undefined;
};

export type WebFetchToolArgs = {
  engine?: 'auto' | 'native' | 'openrouter' | 'exa' | 'parallel' | 'firecrawl' | undefined;
  maxUses?: number | undefined;
  maxContentTokens?: number | undefined;
  allowedDomains?: string[] | undefined;
  blockedDomains?: string[] | undefined;
};

export type DatetimeToolArgs = {
  /** IANA time zone, e.g. `Europe/Lisbon`. */
  timezone?: string | undefined;
};

export type ImageGenerationToolArgs = {
  /** Image model, e.g. `openai/gpt-5-image` (OpenRouter's default). */
  model?: string | undefined;
  /** Any image_config field, camelCase (`aspectRatio`, `quality`, `size`, `outputFormat`, ...). */
  [imageConfig: string]: string | number | unknown[] | undefined;
};

export type FusionToolArgs = {
  /** Models of the analysis panel (at most 8). */
  analysisModels?: string[] | undefined;
  /** The analyst model; default the request's model. */
  model?: string | undefined;
  maxCompletionTokens?: number | undefined;
  /** Tool steps per panelist, 1-16 (default 4). */
  maxToolCalls?: number | undefined;
  reasoning?: ServerToolReasoning | undefined;
  temperature?: number | undefined;
  /** Server tools for the panel, in OpenRouter's form; default web search and web fetch. */
  tools?: WireServerTool[] | undefined;
  cacheControl?: { type: 'ephemeral'; ttl?: '5m' | '1h' } | undefined;
};

export type AdvisorToolArgs = {
  model?: string | undefined;
  /** One tool per named advisor; letters, digits, spaces, `_` and `-`, 1-64 characters. */
  name?: string | undefined;
  instructions?: string | undefined;
  forwardTranscript?: boolean | undefined;
  maxCompletionTokens?: number | undefined;
  reasoning?: ServerToolReasoning | undefined;
  stream?: boolean | undefined;
  temperature?: number | undefined;
};

export type SubagentToolArgs = {
  model?: string | undefined;
  name?: string | undefined;
  instructions?: string | undefined;
  maxCompletionTokens?: number | undefined;
  /** Tool steps of the subagent, 1-25. */
  maxToolCalls?: number | undefined;
  reasoning?: ServerToolReasoning | undefined;
  temperature?: number | undefined;
  /** Server tools the subagent may use, in OpenRouter's form. */
  tools?: WireServerTool[] | undefined;
  inheritFunctions?: boolean | undefined;
  inheritedFunctionNames?: string[] | undefined;
};

export type SearchModelsToolArgs = {
  /** Models to return, at most 20 (default 5). */
  maxResults?: number | undefined;
};

export type BashToolArgs = {
  engine?: 'auto' | 'native' | 'openrouter' | undefined;
  /** OpenRouter's environment object as documented, e.g. `{ type: 'container_auto' }`. */
  environment?: Record<string, unknown> | undefined;
  sleepAfterSeconds?: number | undefined;
};

export type FilesToolArgs = Record<string, never>;

/** Arguments per factory of `router.tools`. */
export interface ServerToolArgsByFactory {
  webSearch: WebSearchToolArgs;
  webFetch: WebFetchToolArgs;
  datetime: DatetimeToolArgs;
  imageGeneration: ImageGenerationToolArgs;
  fusion: FusionToolArgs;
  advisor: AdvisorToolArgs;
  subagent: SubagentToolArgs;
  searchModels: SearchModelsToolArgs;
  bash: BashToolArgs;
  files: FilesToolArgs;
}
