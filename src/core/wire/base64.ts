import { WireShapeError } from './narrow';

/** Base64 as `atob` (and so the AI SDK) decodes it: the standard or URL-safe alphabet, padding at most at the end. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Whether `text` decodes as base64 without throwing (one regular-expression pass). */
export function isBase64(text: string): boolean {
  if (!BASE64.test(text)) return false;
  const padded = text.endsWith('=');
  if (padded) return text.length % 4 === 0;
  return text.length % 4 !== 1;
}

/** Base64 image data, or a `WireShapeError` at `path`: today's alternative is a DOMException in the caller's hands. */
export function checkBase64(text: string, path: string): void {
  if (!isBase64(text)) throw new WireShapeError(path, 'base64 image data', text);
}

/** The base64 of a `data:...;base64,` URL, checked; other URLs (links) pass. */
export function checkDataUrlBase64(url: string, path: string): void {
  if (!url.startsWith('data:')) return;
  const comma = url.indexOf(',');
  if (comma === -1 || !/;base64$/i.test(url.slice(0, comma))) return;
  if (!isBase64(url.slice(comma + 1))) throw new WireShapeError(path, 'a data URL whose base64 decodes', url);
}
