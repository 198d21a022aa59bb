import type { ToolResultPart } from '../../model-io/call-types';
import type { CoreWarning } from '../../model-io/result-types';
import type { OpenRouterContentPart } from '../../wire/openrouter-wire-types';
import { convertUserFile } from './convert-user-file';

type TextPart = Extract<OpenRouterContentPart, { type: 'text' }>;
type ContentItem = { type: string; [key: string]: unknown };

export function convertToolOutput(part: ToolResultPart, warnings: CoreWarning[]): string | OpenRouterContentPart[] {
  const output = part.output as { type: string; value?: unknown; reason?: string };
  switch (output.type) {
    case 'text':
    case 'error-text':
      return String(output.value ?? '');
    case 'json':
    case 'error-json':
      return JSON.stringify(output.value ?? null);
    case 'execution-denied':
      return `Tool execution denied${output.reason ? `: ${output.reason}` : '.'}`;
    case 'content':
      return convertToolContent(output.value as ContentItem[], warnings);
    default:
      warnings.push({
        type: 'other',
        message: `Tool output of type "${output.type}" for tool call ${part.toolCallId} was sent as JSON text.`,
      });
      return JSON.stringify(output);
  }
}

/** Tool results with media reach the model as media parts, not as JSON text. */
function convertToolContent(items: ContentItem[], warnings: CoreWarning[]): string | OpenRouterContentPart[] {
  const parts: OpenRouterContentPart[] = [];
  for (const item of items) {
    switch (item.type) {
      case 'text':
        parts.push({ type: 'text', text: String(item.text ?? '') });
        break;
      case 'media':
      case 'image-data':
      case 'file-data': {
        const mediaType = String(item.mediaType ?? 'application/octet-stream');
        const converted = convertUserFile({ type: 'file', data: String(item.data ?? ''), mediaType, filename: item.filename as string | undefined }, warnings);
        if (converted) parts.push(converted);
        break;
      }
      case 'file-id':
      case 'image-file-id': {
        const fileId = typeof item.fileId === 'string' ? item.fileId : (item.fileId as Record<string, unknown> | undefined)?.openrouter;
        if (typeof fileId === 'string') parts.push({ type: 'file', file: { file_id: fileId } });
        else warnings.push({ type: 'other', message: 'A tool output file reference without an OpenRouter file id was not sent.' });
        break;
      }
      case 'file': {
        // AI SDK 7 passes inline text documents through unchanged.
        const data = item.data as { type?: unknown; text?: unknown } | undefined;
        if (data?.type === 'text' && typeof data.text === 'string') parts.push({ type: 'text', text: data.text });
        else {
          warnings.push({ type: 'other', message: 'A tool output file in an unknown shape was sent as JSON text.' });
          parts.push({ type: 'text', text: JSON.stringify(item) });
        }
        break;
      }
      case 'image-url':
        parts.push({ type: 'image_url', image_url: { url: String(item.url) } });
        break;
      case 'file-url':
        parts.push({ type: 'file', file: { filename: 'file', file_data: String(item.url) } });
        break;
      default:
        warnings.push({ type: 'other', message: `A tool output item of type "${item.type}" was sent as JSON text.` });
        parts.push({ type: 'text', text: JSON.stringify(item) });
    }
  }
  if (parts.every((p) => p.type === 'text')) return parts.map((p) => (p as TextPart).text).join('\n');
  return parts;
}
