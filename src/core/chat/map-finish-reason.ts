import type { LanguageModelV2FinishReason } from '@ai-sdk/provider';

/** A null or `stop` finish with tool calls present is a tool-call turn (Gemini reports `stop`). */
export function mapFinishReason(reason: unknown, hasToolCalls: boolean): LanguageModelV2FinishReason {
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
