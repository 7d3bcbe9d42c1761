import { COUNCIL_NAME } from "../../../domain/catalogue/committees";
import { L, REPORT_SHEETS, type ReportSheet } from "../../../domain/report/reportLabels";
import { MARGINS, PAPER, headerFooter, printScale } from "../../../domain/report/printLayout";
import { TYPE } from "../sheetStyle";
import type { ReportContext } from "./context";
import type { Grid } from "./grid";

export interface PrintOptions {
  /** Rows printed again at the top of every page, e.g. "3:3" (the table's header). */
  readonly titleRows?: string;
  /** Rows 1 to this one print on one page (the Summary's tables and charts). */
  readonly onePageThrough?: number;
}

const HEADER_FOOTER_SIZE = 9;

/**
 * A4 landscape at the scale where the sheet's columns fill the page width (printLayout.ts), header
 * rows repeated, the Council and quarter in the header, the sheet and page number in the footer.
 * A fixed scale rather than Excel's fit-to-width, so the type size is known when the sheet is
 * written (tests hold it at a readable size) and Excel and LibreOffice print alike.
 */
export function printSetup(g: Grid, ctx: ReportContext, sheet: ReportSheet, options: PrintOptions = {}): void {
  const ws = g.ws;
  const onePageHeight = options.onePageThrough === undefined ? undefined : g.heightThrough(options.onePageThrough);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER.excelPaperSize,
    orientation: PAPER.orientation,
    fitToPage: false,
    scale: printScale(g.widths, onePageHeight),
    margins: { ...MARGINS },
    ...(options.titleRows ? { printTitlesRow: options.titleRows } : {}),
  };
  ws.headerFooter = headerFooter({
    lang: ctx.lang,
    council: ctx.t(COUNCIL_NAME),
    report: ctx.t(L.footerTitle),
    quarter: ctx.quarterText,
    sheet: ctx.t(REPORT_SHEETS[sheet]),
    fontSize: HEADER_FOOTER_SIZE,
    ...(ctx.lang === "km" ? { fontName: TYPE.km.name } : {}),
  });
}
