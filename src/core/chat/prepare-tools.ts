import type { ChatCallOptions } from '../model-io/call-types';
import type { CoreWarning } from '../model-io/result-types';
import { toWireServerTool } from '../server-tools/to-wire-server-tool';
import { ServerToolNames } from './server-tool-names';

export interface PreparedTools {
  tools?: unknown[];
  tool_choice?: unknown;
  /** The names the call gave its server tools, to report their calls under those names. */
  serverToolNames: ServerToolNames;
  warnings: CoreWarning[];
}

/**
 * Function tools become OpenRouter function tools, and this provider's server tools
 * (`openrouter.*` ids, from `router.tools`) OpenRouter's `{ type: 'openrouter:<name>', parameters }`.
 * Other providers' tools have no OpenRouter equivalent: each becomes a warning, never a silent drop.
 */
export function prepareTools(tools: ChatCallOptions['tools'], toolChoice: ChatCallOptions['toolChoice']): PreparedTools {
  const warnings: CoreWarning[] = [];
  const serverToolNames = new ServerToolNames();
  if (!tools || tools.length === 0) return { serverToolNames, warnings };

  const wireTools: unknown[] = [];
  for (const tool of tools) {
    if (tool.type === 'function') {
      // AI SDK 7 adds `strict` and `inputExamples` to function tools; OpenRouter takes `strict` only.
      const { strict, inputExamples } = tool as { strict?: unknown; inputExamples?: unknown };
      if (Array.isArray(inputExamples) && inputExamples.length > 0) {
        warnings.push({
          type: 'other',
          message: `inputExamples of tool "${tool.name}" were not sent: OpenRouter's function tools have no field for them. Describe examples in the tool description instead.`,
        });
      }
      wireTools.push({
        type: 'function',
        function: {
          name: tool.name,
          ...(tool.description !== undefined ? { description: tool.description } : {}),
          parameters: tool.inputSchema,
          ...(typeof strict === 'boolean' ? { strict } : {}),
        },
      });
      continue;
    }
    const serverTool = toWireServerTool(tool);
    if (serverTool) {
      serverToolNames.add(serverTool.type, tool.name);
      wireTools.push(serverTool);
      continue;
    }
    warnings.push({
      type: 'unsupported-tool',
      tool,
      details: `Provider-defined tool "${tool.id}" is not sent: it belongs to another provider. OpenRouter's own server tools come from router.tools (web search, web fetch, datetime, ...).`,
    });
  }
  if (wireTools.length === 0) return { serverToolNames, warnings };

  let tool_choice: unknown;
  switch (toolChoice?.type) {
    case undefined:
      break;
    case 'auto':
    case 'none':
    case 'required':
      tool_choice = toolChoice.type;
      break;
    case 'tool': {
      // A server tool is forced by its type; a function tool by its name.
      const serverType = serverToolNames.typeOf(toolChoice.toolName);
      tool_choice = serverType ? { type: serverType } : { type: 'function', function: { name: toolChoice.toolName } };
      break;
    }
  }
  return { tools: wireTools, ...(tool_choice !== undefined ? { tool_choice } : {}), serverToolNames, warnings };
}
