import { Inflate, inflateSync } from "fflate";

/**
 * Inflates a raw deflate stream into at most `maxBytes`: throws InflateTooLarge as soon as the
 * output would pass it (never after inflating it all), and any other error for a damaged stream.
 * `declaredBytes` is the size the zip directory gives (it may lie). Injected into the reader:
 * fflate in the browser (this one), Node's zlib in the CLI (nodeInflate.ts).
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number, declaredBytes: number) => Uint8Array;

export class InflateTooLarge extends Error {
  constructor() {
    super("inflates beyond the size limit");
  }
}

/**
 * Compressed input is fed in slices so one push inflates at most ~1,000× of it (16 MiB) before the
 * cap is checked; 16 KiB rather than less because each push has a fixed cost (bench/micro/unzip.ts).
 */
const FEED_BYTES = 16 << 10;

export const fflateInflate: InflateRaw = (data, maxBytes, declaredBytes) => {
  if (declaredBytes < maxBytes) {
    // In one go into a buffer of the declared size and one byte more: fflate's streaming Inflate
    // grows and copies its window on every push, a quarter of the read time in Chromium. fflate
    // drops output past the buffer silently, so a stream that fills the spare byte lied about its
    // size: it is inflated again below, in slices, against the cap.
    const out = inflateSync(data, { out: new Uint8Array(declaredBytes + 1) });
    if (out.length <= declaredBytes) return out;
  }
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > maxBytes) throw new InflateTooLarge();
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += FEED_BYTES) inflater.push(data.subarray(at, Math.min(at + FEED_BYTES, data.length)), at + FEED_BYTES >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
