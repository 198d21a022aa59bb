import { generateId } from '@ai-sdk/provider-utils';
import type { JSONValue, ToolCallContent, ToolResultContent } from '../model-io/result-types';
import type { ReasoningDetail } from '../wire/openrouter-wire-types';
import { openrouterMetadata } from './provider-metadata';
import type { ServerToolNames } from './server-tool-names';

/** How OpenRouter records a server tool it ran, in `reasoning_details`. */
export const SERVER_TOOL_CALL_DETAIL = 'reasoning.server_tool_call';

export interface ServerToolCall {
  call: ToolCallContent;
  result?: ToolResultContent;
}

/**
 * A `reasoning.server_tool_call` detail -> a provider-executed tool call and its result, under the
 * name the call gave the tool. Undefined for other details and for tools the call did not declare
 * (the AI SDK rejects calls of tools it was not given; the detail still replays). The call carries
 * the detail, so the next turn replays it even when an app keeps only tool parts.
 */
export function serverToolCallOf(detail: ReasoningDetail, names: ServerToolNames, usedIds: Set<string>): ServerToolCall | undefined {
  if (detail.type !== SERVER_TOOL_CALL_DETAIL) return undefined;
  const toolName = names.nameOf(detail.tool_name);
  if (toolName === undefined) return undefined;
  const wireId = typeof detail.tool_call_id === 'string' && detail.tool_call_id !== '' ? detail.tool_call_id : detail.id;
  const toolCallId = typeof wireId === 'string' && wireId !== '' && !usedIds.has(wireId) ? wireId : generateId();
  usedIds.add(toolCallId);
  const providerMetadata = openrouterMetadata({ reasoning_details: [detail] });
  const call: ToolCallContent = {
    type: 'tool-call',
    toolCallId,
    toolName,
    input: typeof detail.arguments === 'string' && detail.arguments !== '' ? detail.arguments : '{}',
    providerExecuted: true,
    providerMetadata,
  };
  if (typeof detail.result !== 'string') return { call };
  return { call, result: { type: 'tool-result', toolCallId, toolName, result: parseResult(detail.result) } };
}

/** OpenRouter sends the result as JSON text; text that is not JSON is the result itself. */
function parseResult(text: string): NonNullable<JSONValue> {
  try {
    const value = JSON.parse(text) as JSONValue;
    return value ?? text;
  } catch {
    return text;
  }
}
