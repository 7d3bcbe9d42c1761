import type { Lang } from "./ids";

/** Normalising what officials type: Khmer digits, zero-width spaces, stray white space. */
const KHMER_ZERO = 0x17e0;

export function khmerToAsciiDigits(s: string): string {
  return s.replace(/[\u17e0-\u17e9]/g, (d) => String(d.charCodeAt(0) - KHMER_ZERO));
}

export function asciiToKhmerDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(KHMER_ZERO + Number(d)));
}

/** Zero-width characters Khmer text carries between words, plus the BOM and NBSP. */
const INVISIBLES = /[\u200b-\u200d\u2060\ufeff]/g;

export function normaliseText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLES, "").replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}

/** Key for comparing labels typed in either language: case, spacing and invisibles ignored. */
export function labelKey(s: string): string {
  return normaliseText(s).toLowerCase().replace(/\s+/g, "");
}

/** Quotes a label the way each language does: “Status” in English, «ស្ថានភាព» in Khmer. */
export function quoteLabel(text: string, lang: Lang): string {
  return lang === "km" ? `«${text}»` : `“${text}”`;
}
