/**
 * The one Node API the Excel fake uses (Buffer.byteLength, to size requests as Excel on the web
 * does), for its browser build. UTF-8 only, which is all the fake asks for.
 */
const encoder = new TextEncoder();

export const Buffer = {
  byteLength(text: string, encoding?: string): number {
    if (encoding !== undefined && encoding !== "utf8" && encoding !== "utf-8") {
      throw new Error(`bufferShim: only UTF-8 is supported, not ${encoding}`);
    }
    return encoder.encode(text).length;
  },
};
