import type { ChatCallOptions } from '../model-io/call-types';
import type { CoreWarning } from '../model-io/result-types';

export interface PreparedTools {
  tools?: unknown[];
  tool_choice?: unknown;
  warnings: CoreWarning[];
}

/**
 * Function tools become OpenRouter function tools. Provider-defined tools have
 * no chat-completions equivalent (OpenRouter's server features are options:
 * `plugins`, `web_search_options`), so each becomes a warning, never a silent drop.
 */
export function prepareTools(
  tools: ChatCallOptions['tools'],
  toolChoice: ChatCallOptions['toolChoice'],
): PreparedTools {
  const warnings: CoreWarning[] = [];
  if (!tools || tools.length === 0) return { warnings };

  const functionTools: unknown[] = [];
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
      functionTools.push({
        type: 'function',
        function: {
          name: tool.name,
          ...(tool.description !== undefined ? { description: tool.description } : {}),
          parameters: tool.inputSchema,
          ...(typeof strict === 'boolean' ? { strict } : {}),
        },
      });
    } else {
      warnings.push({
        type: 'unsupported-tool',
        tool,
        details: `Provider-defined tool "${tool.id}" is not sent: OpenRouter exposes server tools through options such as providerOptions.openrouter.plugins.`,
      });
    }
  }
  if (functionTools.length === 0) return { warnings };

  let tool_choice: unknown;
  switch (toolChoice?.type) {
    case undefined:
      break;
    case 'auto':
    case 'none':
    case 'required':
      tool_choice = toolChoice.type;
      break;
    case 'tool':
      tool_choice = { type: 'function', function: { name: toolChoice.toolName } };
      break;
  }
  return { tools: functionTools, ...(tool_choice !== undefined ? { tool_choice } : {}), warnings };
}
