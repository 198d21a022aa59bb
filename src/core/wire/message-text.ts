import { isRecord } from './narrow';

/** Message content as text: a string, or the text parts of a content array. */
export function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const part of content as readonly unknown[]) if (isRecord(part) && part.type === 'text' && typeof part.text === 'string') text += part.text;
  return text;
}
