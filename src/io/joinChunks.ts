// Bytes that arrived in pieces (a stream, an inflater) as one array.

/** The chunks end to end; `length` is their total. One chunk is returned as it is. */
export function joinChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
