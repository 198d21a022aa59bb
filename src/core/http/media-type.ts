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
