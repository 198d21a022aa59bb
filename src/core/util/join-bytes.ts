/** Chunks read one after another, as one array: copied once, or not at all when there is one. */
export function joinBytes(chunks: readonly Uint8Array[], size = chunks.reduce((total, chunk) => total + chunk.byteLength, 0)): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
