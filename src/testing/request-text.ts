import { isObject } from './json';

export { isObject };

/** A request message's text: a string content, or its text parts joined by newlines. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  const texts: string[] = [];
  for (const part of content) if (isObject(part) && part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
  return texts.join('\n');
}
