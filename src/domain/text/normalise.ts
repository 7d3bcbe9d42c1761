import type { Lang } from "./lang";

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

/**
 * Results of the full path and of labelKey. Bounded in count and kept only for short texts (labels,
 * titles, statuses: the ones that repeat), so a long session or long free text does not grow them.
 */
const normalised = new Map<string, string>();
const labelKeys = new Map<string, string>();
const MEMO_MAX = 4096;
const MEMO_TEXT_MAX = 512;

function remember(memo: Map<string, string>, key: string, value: string): void {
  if (key.length > MEMO_TEXT_MAX) return;
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, value);
}

export function normaliseText(s: string): string {
  if (isNormalAscii(s)) return s;
  // Khmer cells (a catalogue title, a status) come back in every row of every Khmer file: the
  // full path, NFC plus four regexes, runs once per distinct text.
  let normal = normalised.get(s);
  if (normal === undefined) {
    normal = slowNormalise(s);
    remember(normalised, s, normal);
  }
  return normal;
}

/** normaliseText without its fast path and memo (exported for the tests that hold the two equal). */
export function slowNormalise(s: string): string {
  // Invisibles go before composing: a zero-width space between a letter and its mark would
  // otherwise keep them apart until a second pass.
  return s.replace(INVISIBLES, "").normalize("NFC").replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * True when normaliseText would return `s` unchanged: ASCII only (nothing to compose, no invisible
 * or no-break space) and its only white space single spaces between words. Most cells are so, and
 * this runs several times per cell: the check is a loop where the full path is NFC plus four regexes.
 */
function isNormalAscii(s: string): boolean {
  const last = s.length - 1;
  let previousSpace = true; // a space at the start is not normal
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e) return false;
    if (c === 0x20) {
      if (previousSpace || i === last) return false;
      previousSpace = true;
    } else {
      if (c >= 0x09 && c <= 0x0d) return false; // tab, line breaks: white space the full path turns into a space
      previousSpace = false;
    }
  }
  return true;
}

/** Key for comparing labels typed in either language: case, spacing and invisibles ignored. */
export function labelKey(s: string): string {
  // The table rules key every catalogue cell of every row: the same titles in every file.
  let key = labelKeys.get(s);
  if (key === undefined) {
    key = normaliseText(s).toLowerCase().replace(/\s+/g, "");
    remember(labelKeys, s, key);
  }
  return key;
}

/** Quotes a label the way each language does: “Status” in English, «ស្ថានភាព» in Khmer. */
export function quoteLabel(text: string, lang: Lang): string {
  return lang === "km" ? `«${text}»` : `“${text}”`;
}
