import { pick, type Lang, type LocalText } from "../text/lang";

/**
 * How the report prints, for whoever writes its page setup (ExcelJS) or sets it in Excel: A4
 * landscape, narrow side margins, a fixed scale per sheet chosen from its column widths, a header
 * with the Council and the quarter, a footer with the sheet and "Page 3 of 12". No ExcelJS here.
 */

/** A4 landscape: Excel's paper code, and the page in points. */
export const PAPER = { excelPaperSize: 9, orientation: "landscape", widthPt: 841.89, heightPt: 595.28 } as const;

/**
 * Margins in inches. The header and footer get room for a Khmer line (about twice the font size
 * tall): with less, LibreOffice paginates with one footer height and prints with another, and adds
 * a blank page after a long sheet.
 */
export const MARGINS = { left: 0.25, right: 0.25, top: 0.7, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

const POINTS_PER_INCH = 72;
export const PRINTABLE_WIDTH_PT = PAPER.widthPt - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
export const PRINTABLE_HEIGHT_PT = PAPER.heightPt - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;

/**
 * Points one unit of column width takes on paper at 100 %: a unit is the width of "0" in the
 * workbook's default font (Calibri 11). LibreOffice, drawing Calibri with its metric twin Carlito,
 * prints 5.56 pt; Excel 7 px at 96 dpi, 5.25 pt. The wider, and 1 % more for LibreOffice's
 * rounding of widths and scale, so a sheet fits across the page in both.
 */
export const POINTS_PER_WIDTH_UNIT = 5.6;

/** Row height (points) of rows the writer leaves at the sheet's default (blank rows, rows under charts). */
export const DEFAULT_ROW_HEIGHT_PT = 15;

/** Below this a printed body font (11 pt English, 10 pt Khmer) gets too small to read comfortably. */
export const MIN_READABLE_SCALE = 70;

/**
 * The print scale (percent) at which columns of these widths fill the printable width, and, when
 * `onePageHeight` (points) is given, that many points of rows fit on one page too. Rounded down, so
 * nothing spills onto a page of its own; never above 100.
 */
export function printScale(widths: readonly number[], onePageHeight?: number): number {
  const width = widths.reduce((sum, w) => sum + w, 0) * POINTS_PER_WIDTH_UNIT;
  let fit = width > 0 ? PRINTABLE_WIDTH_PT / width : 1;
  if (onePageHeight !== undefined && onePageHeight > 0) fit = Math.min(fit, PRINTABLE_HEIGHT_PT / onePageHeight);
  // Excel accepts 10-400 %. The epsilon keeps an exact fit (0.7 computed as 0.69999…) at its value.
  return Math.max(10, Math.min(100, Math.floor(fit * 100 + 1e-9)));
}

export const PRINT_LABELS = {
  /** &P and &N are the page number and the page count (Excel's codes; the digits print as 1, 2, 3). */
  page: { en: "Page &P of &N", km: "ទំព័រទី &P នៃ &N" },
} as const satisfies Record<string, LocalText>;

export interface PageTexts {
  readonly lang: Lang;
  /** Who the report is for (the Council's name). */
  readonly council: string;
  /** The report's short title. */
  readonly report: string;
  readonly quarter: string;
  /** The sheet's name as its tab shows it. */
  readonly sheet: string;
  /** Font for header and footer text, for scripts the default font lacks (Khmer). */
  readonly fontName?: string;
  readonly fontSize: number;
}

/** Text as a header/footer section shows it: "&" is a code there and is doubled. */
function literal(text: string): string {
  return text.replace(/&/g, "&&");
}

/**
 * The header and footer, in Excel's codes: the Council on the left and the report and quarter on the
 * right of the header; the sheet on the left and "Page 3 of 12" on the right of the footer.
 */
export function headerFooter(texts: PageTexts): { readonly oddHeader: string; readonly oddFooter: string } {
  const font = `${texts.fontName ? `&"${texts.fontName},Regular"` : ""}&${texts.fontSize}`;
  return {
    oddHeader: `&L${font}${literal(texts.council)}&R${font}${literal(`${texts.report} · ${texts.quarter}`)}`,
    oddFooter: `&L${font}${literal(texts.sheet)}&R${font}${pick(PRINT_LABELS.page, texts.lang)}`,
  };
}
