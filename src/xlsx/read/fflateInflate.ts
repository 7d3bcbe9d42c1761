import { Inflate, inflateSync } from "fflate";
import { InflateTooLarge, type InflateRaw } from "./inflate";

/**
 * Compressed input is fed in slices so one push inflates at most ~1,000× of it (16 MiB) before the
 * caps are checked. 16 KiB, not 4: each push has a fixed cost (4 KiB feeds made unzipping 100
 * submissions 130-200 ms instead of 80, bench/micro/unzip.ts); 64 KiB is no faster and lets a zip
 * bomb allocate more first (peak 238 MB against 182 MB for the 1 GB bomb of test/cli/hostile).
 */
const FEED_BYTES = 16 << 10;

/** Inflates `data` in slices, handing each piece of output to onChunk as it comes (which may throw to stop). */
export function fflateStream(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  const inflater = new Inflate((chunk) => onChunk(chunk));
  for (let at = 0; at < data.length; at += FEED_BYTES) inflater.push(data.subarray(at, Math.min(at + FEED_BYTES, data.length)), at + FEED_BYTES >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
}

/** The reader's inflater unless one is injected: the browser's (the CLI injects Node's zlib, nodeInflate.ts). */
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
  fflateStream(data, (chunk) => {
    produced += chunk.length;
    if (produced > maxBytes) throw new InflateTooLarge();
    chunks.push(chunk);
  });
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(produced);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
