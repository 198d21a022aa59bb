import type { FinishReason, UnifiedFinishReason } from '../model-io/result-types';

/** OpenRouter's finish_reason, unified; `raw` keeps the word as sent. */
export function mapFinishReason(reason: unknown, hasToolCalls: boolean): FinishReason {
  return { unified: unifyFinishReason(reason, hasToolCalls), raw: typeof reason === 'string' ? reason : undefined };
}

/** A null or `stop` finish with tool calls present is a tool-call turn (Gemini reports `stop`). */
function unifyFinishReason(reason: unknown, hasToolCalls: boolean): UnifiedFinishReason {
  switch (reason) {
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    case 'stop':
    case 'end_turn':
      return hasToolCalls ? 'tool-calls' : 'stop';
    case 'length':
    case 'max_tokens':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'error':
      return 'error';
    case null:
    case undefined:
      return hasToolCalls ? 'tool-calls' : 'unknown';
    default:
      return 'other';
  }
}
