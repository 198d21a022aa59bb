import { InvalidArgumentError } from '@ai-sdk/provider';
import type { ChatPrompt, FileData, ProviderOptions } from '../../model-io/call-types';
import type { CoreWarning } from '../../model-io/result-types';
import { toUrlOrDataUrl, unwrapFileData } from '../../media';
import type { CacheControl, OpenRouterMessage } from '../../wire/openrouter-wire-types';
import { ReasoningDetailCollector, readReasoningDetails } from '../reasoning-details';
import { SERVER_TOOL_CALL_DETAIL } from '../server-tool-calls';

type AssistantMessage = Extract<ChatPrompt[number], { role: 'assistant' }>;

export function convertAssistantMessage(message: AssistantMessage, cache: CacheControl | undefined, warnings: CoreWarning[]): OpenRouterMessage {
  let text = '';
  let reasoning = '';
  const details = new ReasoningDetailCollector();
  details.add(readReasoningDetails(message.providerOptions));
  const toolCalls: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }> = [];
  const images: Array<{ type: 'image_url'; image_url: { url: string } }> = [];
  let annotations = readAnnotations(message.providerOptions);
  // Server tool calls replay through their reasoning details; their results need nothing more.
  const serverToolCalls = new Set<string>();

  for (const part of message.content) {
    switch (part.type) {
      case 'text':
        text += part.text;
        annotations ??= readAnnotations(part.providerOptions);
        break;
      case 'reasoning':
        reasoning += part.text;
        details.add(readReasoningDetails(part.providerOptions));
        break;
      case 'tool-call': {
        const tied = readReasoningDetails(part.providerOptions);
        details.add(tied);
        if (part.providerExecuted && tied?.some((detail) => detail?.type === SERVER_TOOL_CALL_DETAIL)) serverToolCalls.add(part.toolCallId);
        if (part.providerExecuted) break;
        toolCalls.push({
          id: part.toolCallId,
          type: 'function',
          function: {
            name: part.toolName,
            arguments: typeof part.input === 'string' ? part.input : JSON.stringify(part.input ?? {}),
          },
        });
        break;
      }
      case 'tool-result':
        if (serverToolCalls.has(part.toolCallId)) break;
        warnings.push({
          type: 'other',
          message: `An assistant "tool-result" part was not replayed: OpenRouter's chat API has no field for it.`,
        });
        break;
      case 'file':
        if (part.mediaType.startsWith('image/')) {
          images.push({ type: 'image_url', image_url: { url: toUrlOrDataUrl(replayableData(part.data), part.mediaType) } });
        } else {
          warnings.push({
            type: 'other',
            message: `An assistant file part of type ${part.mediaType} was not replayed: OpenRouter replays assistant images only.`,
          });
        }
        break;
      default:
        warnings.push({
          type: 'other',
          message: `An assistant "${(part as { type: string }).type}" part was not replayed: OpenRouter's chat API has no field for it.`,
        });
    }
  }

  const content = cache && text !== '' ? [{ type: 'text' as const, text, cache_control: cache }] : text;
  const out: OpenRouterMessage = { role: 'assistant', content: content as string };
  if (reasoning !== '') out.reasoning = reasoning;
  if (details.details.length > 0) out.reasoning_details = details.details;
  if (toolCalls.length > 0) out.tool_calls = toolCalls;
  if (images.length > 0) out.images = images;
  if (annotations) out.annotations = annotations;
  return out;
}

function readAnnotations(providerOptions: ProviderOptions | undefined): unknown[] | undefined {
  const annotations = (providerOptions?.openrouter as { annotations?: unknown } | undefined)?.annotations;
  return Array.isArray(annotations) && annotations.length > 0 ? annotations : undefined;
}

/** Assistant images replay as bytes or a URL; tagged text or a reference has no image to send. */
function replayableData(data: FileData): Uint8Array | string | URL {
  const unwrapped = unwrapFileData(data);
  if (typeof unwrapped === 'object' && !(unwrapped instanceof Uint8Array) && !(unwrapped instanceof URL)) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: `An assistant image given as "${unwrapped.type}" data cannot be replayed through OpenRouter: pass its bytes or a URL.`,
    });
  }
  return unwrapped;
}
