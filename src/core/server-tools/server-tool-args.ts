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

/**
 * What an argument must be at run time, worded as an error names it; an object maps its own
 * fields (unknown fields pass: OpenRouter checks those). Kept beside the types above, and tied
 * to them: every argument of every factory needs an entry, or this file does not compile.
 */
export type ServerToolArgType =
  | 'a string'
  | 'a string or null'
  | 'a number'
  | 'a boolean'
  | 'a list of strings'
  | 'a list of server tools ({ type, parameters? })'
  | 'an object'
  | 'a string, a number or a list'
  | { readonly [field: string]: ServerToolArgType };

type ArgTypesOf<Args> = { readonly [Name in keyof Args]-?: ServerToolArgType };

const REASONING = { effort: 'a string', maxTokens: 'a number' } as const;
const TOOLS = 'a list of server tools ({ type, parameters? })';

export const SERVER_TOOL_ARG_TYPES: { readonly [Factory in keyof ServerToolArgsByFactory]: ArgTypesOf<ServerToolArgsByFactory[Factory]> } = {
  webSearch: {
    engine: 'a string',
    maxResults: 'a number',
    maxTotalResults: 'a number',
    maxUses: 'a number',
    maxCharacters: 'a number',
    searchContextSize: 'a string',
    mode: 'a string',
    allowedDomains: 'a list of strings',
    excludedDomains: 'a list of strings',
    userLocation: { type: 'a string', city: 'a string or null', region: 'a string or null', country: 'a string or null', timezone: 'a string or null' },
  },
  webFetch: { engine: 'a string', maxUses: 'a number', maxContentTokens: 'a number', allowedDomains: 'a list of strings', blockedDomains: 'a list of strings' },
  datetime: { timezone: 'a string' },
  imageGeneration: { model: 'a string' },
  fusion: {
    analysisModels: 'a list of strings',
    model: 'a string',
    maxCompletionTokens: 'a number',
    maxToolCalls: 'a number',
    reasoning: REASONING,
    temperature: 'a number',
    tools: TOOLS,
    cacheControl: { type: 'a string', ttl: 'a string' },
  },
  advisor: {
    model: 'a string',
    name: 'a string',
    instructions: 'a string',
    forwardTranscript: 'a boolean',
    maxCompletionTokens: 'a number',
    reasoning: REASONING,
    stream: 'a boolean',
    temperature: 'a number',
  },
  subagent: {
    model: 'a string',
    name: 'a string',
    instructions: 'a string',
    maxCompletionTokens: 'a number',
    maxToolCalls: 'a number',
    reasoning: REASONING,
    temperature: 'a number',
    tools: TOOLS,
    inheritFunctions: 'a boolean',
    inheritedFunctionNames: 'a list of strings',
  },
  searchModels: { maxResults: 'a number' },
  bash: { engine: 'a string', environment: 'an object', sleepAfterSeconds: 'a number' },
  files: {},
};

/** Any image_config field of imageGeneration beyond `model`. */
export const OPEN_ARG_TYPE: ServerToolArgType = 'a string, a number or a list';

/** Where `value` is not of `type`: the path below the argument (empty for the argument itself) and what was expected. */
export function argTypeMismatch(value: unknown, type: ServerToolArgType, path: string): { path: string; expected: ServerToolArgType } | undefined {
  if (typeof type === 'object') {
    if (!isObject(value)) return { path, expected: 'an object' };
    for (const [field, fieldType] of Object.entries(type)) {
      const fieldValue = value[field];
      const mismatch = fieldValue === undefined ? undefined : argTypeMismatch(fieldValue, fieldType, `${path}.${field}`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return fits(value, type) ? undefined : { path, expected: type };
}

function fits(value: unknown, type: Exclude<ServerToolArgType, object>): boolean {
  switch (type) {
    case 'a string':
      return typeof value === 'string';
    case 'a string or null':
      return typeof value === 'string' || value === null;
    case 'a number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'a boolean':
      return typeof value === 'boolean';
    case 'a list of strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'a list of server tools ({ type, parameters? })':
      return (
        Array.isArray(value) && value.every((item) => isObject(item) && typeof item.type === 'string' && (item.parameters === undefined || isObject(item.parameters)))
      );
    case 'an object':
      return isObject(value);
    case 'a string, a number or a list':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || Array.isArray(value);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How an error shows what it got: the value when short, its kind otherwise. */
export function describeArgValue(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list that does not fit';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
