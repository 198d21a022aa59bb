import { isPlainObject } from '../util/merge-options';
import { SERVER_TOOL_ID_PREFIX, SERVER_TOOL_TYPE_PREFIX, serverToolDefinition } from './server-tool-catalog';

export interface WireServerToolEntry {
  type: string;
  parameters?: Record<string, unknown>;
}

const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * An AI SDK provider tool with an `openrouter.<name>` id -> OpenRouter's
 * `{ type: 'openrouter:<name>', parameters }`, its camelCase arguments in snake_case; undefined
 * for other providers' tools. Ids this version does not know yet are sent too, their top-level
 * arguments converted the same way, so a server tool OpenRouter adds later works before an update.
 */
export function toWireServerTool(tool: { id: string; args?: unknown }): WireServerToolEntry | undefined {
  if (!tool.id.startsWith(SERVER_TOOL_ID_PREFIX)) return undefined;
  const name = tool.id.slice(SERVER_TOOL_ID_PREFIX.length);
  if (name === '') return undefined;
  const nested = new Set(serverToolDefinition(name)?.nested ?? []);
  const parameters: Record<string, unknown> = {};
  if (isPlainObject(tool.args)) {
    for (const [key, value] of Object.entries(tool.args)) {
      if (value === undefined || POLLUTING_KEYS.has(key)) continue;
      parameters[snakeCase(key)] = nested.has(key) && isPlainObject(value) ? snakeCaseKeys(value) : value;
    }
  }
  const type = `${SERVER_TOOL_TYPE_PREFIX}${name}`;
  return Object.keys(parameters).length > 0 ? { type, parameters } : { type };
}

/** `maxResults` -> `max_results`; names already in snake_case stay as they are. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function snakeCaseKeys(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry !== undefined && !POLLUTING_KEYS.has(key)) out[snakeCase(key)] = entry;
  }
  return out;
}
