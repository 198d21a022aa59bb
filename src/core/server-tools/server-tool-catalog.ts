/**
 * OpenRouter's server tools: tools OpenRouter itself runs when the model calls them. Each entry
 * names the factory (`router.tools.<factory>`), the wire type sent in `tools[].type`, the argument
 * names the factory takes (camelCase, as AI SDK tool factories take them) and which arguments hold
 * objects whose own keys are camelCase too. Arguments not listed in `nested` are sent as given
 * (e.g. `tools` lists, which already use OpenRouter's `{ type, parameters }` form).
 */
export interface ServerToolDefinition {
  /** `openrouter:<name>` on the wire; the AI SDK tool id is `openrouter.<name>`. */
  name: string;
  arguments: readonly string[];
  nested?: readonly string[];
  /** Whether other arguments pass through (image_generation takes any image_config field). */
  open?: boolean;
}

export const SERVER_TOOLS = {
  webSearch: {
    name: 'web_search',
    arguments: ['engine', 'maxResults', 'maxTotalResults', 'maxUses', 'maxCharacters', 'searchContextSize', 'mode', 'allowedDomains', 'excludedDomains', 'userLocation'],
    nested: ['userLocation'],
  },
  webFetch: { name: 'web_fetch', arguments: ['engine', 'maxUses', 'maxContentTokens', 'allowedDomains', 'blockedDomains'] },
  datetime: { name: 'datetime', arguments: ['timezone'] },
  imageGeneration: { name: 'image_generation', arguments: ['model'], open: true },
  fusion: {
    name: 'fusion',
    arguments: ['analysisModels', 'model', 'maxCompletionTokens', 'maxToolCalls', 'reasoning', 'temperature', 'tools', 'cacheControl'],
    nested: ['reasoning', 'cacheControl'],
  },
  advisor: {
    name: 'advisor',
    arguments: ['model', 'name', 'instructions', 'forwardTranscript', 'maxCompletionTokens', 'reasoning', 'stream', 'temperature'],
    nested: ['reasoning'],
  },
  subagent: {
    name: 'subagent',
    arguments: [
      'model',
      'name',
      'instructions',
      'maxCompletionTokens',
      'maxToolCalls',
      'reasoning',
      'temperature',
      'tools',
      'inheritFunctions',
      'inheritedFunctionNames',
    ],
    nested: ['reasoning'],
  },
  searchModels: { name: 'experimental__search_models', arguments: ['maxResults'] },
  bash: { name: 'bash', arguments: ['engine', 'environment', 'sleepAfterSeconds'] },
  files: { name: 'files', arguments: [] },
} as const satisfies Record<string, ServerToolDefinition>;

export type ServerToolFactoryName = keyof typeof SERVER_TOOLS;

const BY_NAME: ReadonlyMap<string, ServerToolDefinition> = new Map(Object.values(SERVER_TOOLS).map((definition: ServerToolDefinition) => [definition.name, definition]));

/** The AI SDK id prefix of this provider's tools, as the official OpenRouter provider names them too. */
export const SERVER_TOOL_ID_PREFIX = 'openrouter.';
/** The prefix of server tool types on the wire. */
export const SERVER_TOOL_TYPE_PREFIX = 'openrouter:';

export function serverToolDefinition(name: string): ServerToolDefinition | undefined {
  return BY_NAME.get(name);
}
