/** Size of a value in a request, as UTF-8 JSON. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

/** Splits rows into consecutive runs whose JSON stays within `budget` bytes each. */
export function rowChunks(rows: readonly (readonly unknown[])[], budget: number): { start: number; end: number; bytes: number }[] {
  const chunks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  rows.forEach((row, i) => {
    const size = jsonBytes(row) + 1;
    if (i > start && bytes + size > budget) {
      chunks.push({ start, end: i, bytes });
      start = i;
      bytes = 2;
    }
    bytes += size;
  });
  if (rows.length > start) chunks.push({ start, end: rows.length, bytes });
  return chunks;
}
