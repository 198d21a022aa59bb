import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { ChatPrompt, ToolResultPart } from '../model-io/call-types';
import type { CoreWarning } from '../model-io/result-types';
import type { OpenRouterContentPart, OpenRouterMessage } from '../wire/openrouter-wire-types';
import { applyMessageCache, readCacheControl } from './prompt/cache-control';
import { convertAssistantMessage } from './prompt/convert-assistant-message';
import { convertToolOutput } from './prompt/convert-tool-output';
import { convertUserFile } from './prompt/convert-user-file';

type TextPart = Extract<OpenRouterContentPart, { type: 'text' }>;

export interface ConvertedPrompt {
  messages: OpenRouterMessage[];
  warnings: CoreWarning[];
}

export function convertToOpenRouterMessages(prompt: ChatPrompt): ConvertedPrompt {
  const messages: OpenRouterMessage[] = [];
  const warnings: CoreWarning[] = [];

  for (const message of prompt) {
    const messageCache = readCacheControl(message.providerOptions);
    switch (message.role) {
      case 'system': {
        messages.push({
          role: 'system',
          content: messageCache ? [{ type: 'text', text: message.content, cache_control: messageCache }] : message.content,
        });
        break;
      }
      case 'user': {
        const parts: OpenRouterContentPart[] = [];
        for (const part of message.content) {
          if (part.type === 'text') {
            const cache = readCacheControl(part.providerOptions);
            parts.push(cache ? { type: 'text', text: part.text, cache_control: cache } : { type: 'text', text: part.text });
          } else {
            const converted = convertUserFile(part, warnings);
            if (converted) parts.push(converted);
            if (readCacheControl(part.providerOptions)) {
              warnings.push({
                type: 'other',
                message: `A cache marker on a ${part.mediaType} part was not sent: OpenRouter takes cache_control on text parts only. Put it on a text part or on the message.`,
              });
            }
          }
        }
        applyMessageCache(parts, messageCache, 'user', warnings);
        messages.push({ role: 'user', content: isPlainText(parts) ? (parts[0] as TextPart).text : parts });
        break;
      }
      case 'assistant': {
        messages.push(convertAssistantMessage(message, messageCache, warnings));
        break;
      }
      case 'tool': {
        for (const part of message.content as Array<ToolResultPart | { type: string }>) {
          if (part.type !== 'tool-result') {
            warnings.push({
              type: 'other',
              message: `A "${part.type}" part in a tool message was not sent: OpenRouter's chat API has no field for it.`,
            });
            continue;
          }
          const result = part as ToolResultPart;
          const content = convertToolOutput(result, warnings);
          const cache = readCacheControl(result.providerOptions) ?? messageCache;
          if (cache) {
            const parts: OpenRouterContentPart[] = typeof content === 'string' ? [{ type: 'text', text: content }] : content;
            applyMessageCache(parts, cache, 'tool', warnings);
            messages.push({ role: 'tool', tool_call_id: result.toolCallId, content: parts });
          } else {
            messages.push({ role: 'tool', tool_call_id: result.toolCallId, content });
          }
        }
        break;
      }
      default: {
        const role = (message as { role: string }).role;
        throw new UnsupportedFunctionalityError({
          functionality: `message role "${role}"`,
          message: `Messages with role "${role}" are not supported; use system, user, assistant or tool.`,
        });
      }
    }
  }
  return { messages, warnings };
}

function isPlainText(parts: OpenRouterContentPart[]): boolean {
  return parts.length === 1 && parts[0].type === 'text' && parts[0].cache_control === undefined;
}
