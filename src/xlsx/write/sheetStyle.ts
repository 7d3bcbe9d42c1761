import type { Alignment, Borders, Fill, Font, Worksheet } from "exceljs";
import type { Lang } from "../../domain/text/lang";
import { NUMBER_FORMATS, SHEET_FILLS } from "../../domain/statusSheet/sheetContract";

/**
 * What the xlsx writers share: fonts per language, text measurement for column widths and row
 * heights (so LibreOffice and print show wrapped text whole), basic styles and the page setup.
 */

// ---------------------------------------------------------------------------------------------
// Typography and row heights.

/**
 * Fonts per language. Khmer workbooks use Khmer OS Siemreap, the standard Khmer Unicode body font
 * on Cambodian government computers; where it is missing Excel substitutes a Khmer-capable font.
 */
export const TYPE: Readonly<Record<Lang, { readonly name: string; readonly size: number; readonly lineFactor: number }>> = {
  en: { name: "Calibri", size: 11, lineFactor: 1.36 },
  // Khmer stacks subscripts and vowels above and below the line: lines are about 2 em tall.
  km: { name: "Khmer OS Siemreap", size: 10, lineFactor: 2.0 },
};

export function font(lang: Lang, extra: Partial<Font> = {}): Partial<Font> {
  return { name: TYPE[lang].name, size: TYPE[lang].size, ...extra };
}

export const KHMER = /[\u1780-\u17ff\u19e0-\u19ff]/;

/**
 * Advance widths of printable ASCII (U+0020-U+007E) in Calibri, regular and bold, in units of the
 * digit "0" (Excel's column-width unit). Measured on Carlito, Calibri's metric-compatible twin.
 */
const LATIN_REGULAR = "0.45 0.64 0.79 0.98 1 1.41 1.35 0.44 0.6 0.6 0.98 0.98 0.49 0.6 0.5 0.76 1 1 1 1 1 1 1 1 1 1 0.53 0.53 0.98 0.98 0.98 0.91 1.76 1.14 1.07 1.05 1.21 0.96 0.91 1.24 1.23 0.5 0.63 1.02 0.83 1.69 1.27 1.31 1.02 1.33 1.07 0.91 0.96 1.27 1.12 1.76 1.02 0.96 0.92 0.6 0.76 0.6 0.98 0.98 0.57 0.94 1.04 0.83 1.04 0.98 0.6 0.93 1.04 0.45 0.47 0.9 0.45 1.58 1.04 1.04 1.04 1.04 0.69 0.77 0.66 1.04 0.89 1.41 0.85 0.89 0.78 0.62 0.91 0.62 0.98".split(" ").map(Number);
const LATIN_BOLD = "0.45 0.64 0.87 0.98 1 1.44 1.39 0.46 0.61 0.61 0.98 0.98 0.51 0.6 0.53 0.85 1 1 1 1 1 1 1 1 1 1 0.54 0.54 0.98 0.98 0.98 0.91 1.77 1.2 1.11 1.04 1.24 0.96 0.91 1.26 1.24 0.53 0.65 1.08 0.83 1.72 1.3 1.33 1.05 1.35 1.11 0.93 0.98 1.29 1.17 1.79 1.09 1.02 0.94 0.64 0.85 0.64 0.98 0.98 0.59 0.97 1.06 0.83 1.06 0.99 0.62 0.94 1.06 0.48 0.5 0.95 0.48 1.6 1.06 1.06 1.06 1.06 0.7 0.79 0.68 1.06 0.93 1.47 0.91 0.93 0.78 0.68 0.94 0.68 0.98".split(" ").map(Number);

/**
 * Advance of one Khmer code point in Khmer OS Siemreap, in "0" units of Calibri at the same size.
 * Subscript consonants (after the coeng U+17D2) and marks above or below take almost no width.
 */
function khmerUnits(code: number, afterCoeng: boolean): number {
  if (afterCoeng) return 0.15;
  if (code <= 0x17b3) return 1.4; // consonants and independent vowels
  if (code === 0x17b6 || (code >= 0x17be && code <= 0x17c3)) return 0.63;
  if (code === 0x17bf || code === 0x17c0 || code === 0x17c4 || code === 0x17c5) return 1.25;
  if (code === 0x17c7 || code === 0x17c8) return 0.85;
  if (code >= 0x17d4 && code <= 0x17dc) return 1.4; // punctuation
  if (code >= 0x17e0 && code <= 0x17e9) return 1.5; // digits
  if (code >= 0x17f0) return 0.8;
  return 0; // coeng, vowel signs and marks above or below
}

/**
 * Shaped Khmer runs wider than the sum of its letters: +3% on average and up to +19% measured with
 * HarfBuzz, and LibreOffice's rendering of the bundled catalogue about 13% wider again.
 */
const KHMER_SHAPING = 1.2;

/** Width of a text in "0" units at 11 pt, in the workbook font of `lang`. */
export function textUnits(text: string, lang: Lang, bold: boolean): number {
  return rangeUnits(text, 0, text.length, lang, bold);
}

/** textUnits of text[start, end), without cutting the substring out (lineCount measures word by word). */
function rangeUnits(text: string, start: number, end: number, lang: Lang, bold: boolean): number {
  const latin = bold ? LATIN_BOLD : LATIN_REGULAR;
  // Khmer OS Siemreap's Latin letters run about 7% wider than Calibri's.
  const latinScale = lang === "km" ? 1.07 : 1;
  let units = 0;
  let afterCoeng = false;
  // By UTF-16 unit (a surrogate pair counts once, as one code point): no string iterator per character.
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x1780 && code <= 0x17ff) units += khmerUnits(code, afterCoeng) * KHMER_SHAPING;
    else if (code >= 0x20 && code <= 0x7e) units += latin[code - 0x20]! * latinScale;
    else {
      units += 1.1; // other scripts and symbols (dashes, quotes): a little wider than "0"
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    afterCoeng = code === 0x17d2;
  }
  return units;
}

/** More than the widest character textUnits knows (bold "W" in a Khmer workbook: 1.92 units). */
const MAX_UNITS = 2;

/** What `\s` matches in a regular expression (JavaScript's white space and line terminators). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What KHMER.test(text[start, end)) says, without the substring. */
function hasKhmer(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x1780 && code <= 0x17ff) || (code >= 0x19e0 && code <= 0x19ff)) return true;
  }
  return false;
}

/**
 * Lines a wrapped cell needs, by greedy word wrap. Khmer is written without spaces between words
 * and breaks between words found by a dictionary: a Khmer run is taken as breaking anywhere, with
 * room left at each line end.
 *
 * Paragraphs (split at \r?\n) and words (runs of non-`\s`) are walked by index rather than cut out
 * with split(): the report sizes every wrapped cell it writes (45,000 at 100 submissions), and the
 * substrings and arrays were most of this function's time. Same words, same sums in the same order,
 * so the same result as splitting (test/xlsx/sheetStyle.test.ts checks against the split version).
 */
export function lineCount(text: string, widthUnits: number, fontSize: number, lang: Lang, bold = false): number {
  const scale = fontSize / 11;
  const space = textUnits(" ", lang, bold);
  // One native scan of the whole text: most texts hold no Khmer, and then no paragraph or word needs looking at.
  const anyKhmer = KHMER.test(text);
  let total = 0;
  let start = 0;
  for (;;) {
    const feed = text.indexOf("\n", start);
    const stop = feed < 0 ? text.length : feed > start && text.charCodeAt(feed - 1) === 0x0d ? feed - 1 : feed;
    total += paragraphLines(text, start, stop, widthUnits, scale, space, lang, bold, anyKhmer);
    if (feed < 0) return total;
    start = feed + 1;
  }
}

function paragraphLines(text: string, start: number, end: number, widthUnits: number, scale: number, space: number, lang: Lang, bold: boolean, anyKhmer: boolean): number {
  const khmer = anyKhmer && hasKhmer(text, start, end);
  const usable = (Math.max(1, widthUnits - 1) / scale) * (khmer ? 0.92 : 1);
  // No character is wider than MAX_UNITS: a paragraph this short fits on one line, unmeasured.
  if ((end - start) * MAX_UNITS <= usable) return 1;
  let lines = 1;
  let x = 0;
  let i = start;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) return lines;
    const wordStart = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    const w = rangeUnits(text, wordStart, i, lang, bold);
    const gap = x > 0 ? space : 0;
    if (x + gap + w <= usable) {
      x += gap + w;
      continue;
    }
    if (khmer && hasKhmer(text, wordStart, i)) {
      x += gap + w;
    } else {
      if (x > 0) lines++;
      x = w;
    }
    while (x > usable) {
      lines++;
      x -= usable;
    }
  }
}

/** Row height in points for the tallest of the given cells. */
export function rowHeight(lang: Lang, cells: readonly { text: string; width: number; size?: number; bold?: boolean; wrap: boolean }[]): number {
  let height = 0;
  for (const c of cells) height = Math.max(height, textHeight(lang, c.text, c.width, c.size, c.bold === true, c.wrap));
  return Math.ceil(height + 2);
}

/** rowHeight of a row of one cell, without building the cell list (the report sizes every cell it writes). */
export function cellHeight(lang: Lang, text: string, width: number, size: number | undefined, bold: boolean, wrap: boolean): number {
  return Math.ceil(textHeight(lang, text, width, size, bold, wrap) + 2);
}

function textHeight(lang: Lang, text: string, width: number, size: number | undefined, bold: boolean, wrap: boolean): number {
  const points = size ?? TYPE[lang].size;
  const lines = wrap && text ? lineCount(text, width, points, lang, bold) : 1;
  return lines * points * TYPE[lang].lineFactor;
}

// ---------------------------------------------------------------------------------------------
// Styles.

export const solid = (rgb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${rgb}` }, bgColor: { argb: `FF${rgb}` } });
/** Dark blue header fill (the status template's entry columns, the report's table headers). */
export const HEADER_FILL = solid(SHEET_FILLS.entryHeader);
export const WHITE = { argb: "FFFFFFFF" };
export const TITLE_BLUE = { argb: `FF${SHEET_FILLS.title}` };
const thin = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
export const BORDERS: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
export const TOP_WRAP: Partial<Alignment> = { vertical: "top", wrapText: true };
export const TOP: Partial<Alignment> = { vertical: "top" };
export const HEADER_ALIGN: Partial<Alignment> = { vertical: "middle", horizontal: "center", wrapText: true };
export const PROGRESS_FORMAT = NUMBER_FORMATS.percent;
export const DATE_FORMAT = NUMBER_FORMATS.date;

/** Quotes a label the way each language does. */
export { quoteLabel as q } from "../../domain/text/normalise";

/** Footer parts beyond the template's left text and "page / pages" on the right. */
export interface FooterOptions {
  readonly center?: string;
  /** Right section; `&P` and `&N` are the page number and count. Default "&P / &N". */
  readonly right?: string;
  /** Font for the footer text (Excel's footer font code), for scripts the default font lacks. */
  readonly fontName?: string;
  /** Footer text size in points. */
  readonly fontSize?: number;
}

/** A4, fit to one page wide, optional repeated rows, footer with the given left text and page numbers. */
export function pageSetup(ws: Worksheet, orientation: "landscape" | "portrait", titleRows: string | undefined, footerLeft: string, footer: FooterOptions = {}): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  const f = `${footer.fontName ? `&"${footer.fontName},Regular"` : ""}${footer.fontSize ? `&${footer.fontSize}` : ""}`;
  const text = (s: string) => s.replace(/&/g, "&&");
  const center = footer.center === undefined ? "" : `&C${f}${text(footer.center)}`;
  ws.headerFooter = { oddFooter: `&L${f}${text(footerLeft)}${center}&R${f}${footer.right ?? "&P / &N"}` };
}

/** Progress bars (0-100) over a range of percent-point cells, drawn by Excel and LibreOffice alike. */
export function addProgressBars(ws: Worksheet, ref: string, priority: number): void {
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "dataBar",
        priority,
        gradient: false,
        minLength: 0,
        maxLength: 100,
        cfvo: [
          { type: "num", value: 0 },
          { type: "num", value: 100 },
        ],
        // `color` is read by ExcelJS's writer but missing from its DataBarRuleType typing.
        ...({ color: { argb: "FF5B9BD5" } } as object),
      },
    ],
  });
}
