/**
 * Inflates a raw deflate stream into at most `maxBytes`: throws InflateTooLarge as soon as the
 * output would pass it (never after inflating it all), and any other error for a damaged stream.
 * `declaredBytes` is the size the zip directory gives (it may lie). Injected into the reader:
 * fflate in the browser (fflateInflate.ts), Node's zlib in the CLI (nodeInflate.ts). No inflater
 * here: the CLI's start then never loads fflate (about 9 ms of `validate`'s start).
 */
export type InflateRaw = (data: Uint8Array, maxBytes: number, declaredBytes: number) => Uint8Array;

export class InflateTooLarge extends Error {
  constructor() {
    super("inflates beyond the size limit");
  }
}
