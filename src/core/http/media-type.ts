/** A reply's media type, lower-cased and without parameters: media types are case-insensitive (RFC 9110). */
export function replyMediaType(response: Response): string {
  const contentType = response.headers.get('content-type');
  if (contentType == null) return '';
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

export function isHtmlMediaType(mediaType: string): boolean {
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}

/**
 * Whether a Content-Type can describe media bytes: not JSON of any kind (`application/json` with
 * parameters, `application/problem+json`), no text (`text/plain`, `text/json`, `text/html`), no
 * HTML or XML page (a storage or proxy error). `application/octet-stream` can.
 */
export function isMediaReplyType(contentType: string): boolean {
  const end = contentType.indexOf(';');
  const mediaType = (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
  if (mediaType === '' || mediaType.startsWith('text/')) return false;
  if (isJsonMediaType(mediaType) || isHtmlMediaType(mediaType)) return false;
  return mediaType !== 'application/xml' && !mediaType.endsWith('+xml');
}
