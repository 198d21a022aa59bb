/**
 * Builds a value on first use. Zod schemas cost a measurable share of a cold
 * start to construct, and most processes never validate image or embedding
 * options, so schemas are built when first needed rather than at import.
 */
export function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}
