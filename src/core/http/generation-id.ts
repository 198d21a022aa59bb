/** OpenRouter's generation id: the X-Generation-Id header, else the reply's own field. */
export function generationIdOf(headers: Record<string, string> | undefined, fromBody?: unknown): string | undefined {
  const header = headers?.['x-generation-id'];
  if (header) return header;
  return typeof fromBody === 'string' && fromBody !== '' ? fromBody : undefined;
}
