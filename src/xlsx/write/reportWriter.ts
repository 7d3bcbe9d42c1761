import { Workbook } from "exceljs";
import type { Trend } from "../../domain/consolidation/trend";
import type { ReportModel } from "../../domain/consolidation/types";
import type { Lang } from "../../domain/text/lang";
import { addCharts } from "./patches/addCharts";
import { reportContext } from "./report/context";
import { describeReport, writeReportSheets } from "./report/sheets";

export { REPORT_SHEETS, type ReportSheet } from "../../domain/report/reportLabels";
export { REPORT_SHEET_ORDER, reportSheetNames } from "../../domain/report/reportLayout";

export interface ReportOptions {
  readonly lang: Lang;
  /** When the report is made; printed on the cover in Phnom Penh time and stored as the file's dates. */
  readonly generatedAt: Date;
  /** Earlier quarters' trend, written as a last sheet (consolidate --history). */
  readonly trend?: Trend;
}

/**
 * The Council's quarterly report from a consolidated model, as xlsx bytes. Every figure is a value
 * computed here (the workbook holds no formulas), and text from submissions is written as text.
 *
 * Browser-safe (the task pane builds the report with it): an in-memory ExcelJS workbook, no node
 * built-ins, no ExcelJS stream API. The CLI writes the same sheets with reportStreamWriter.ts.
 */
export async function writeReport(model: ReportModel, options: ReportOptions): Promise<Uint8Array> {
  return (await writeReportVariants(model, options)).withCharts;
}

/**
 * The report with its charts (what writeReport gives), and the same workbook without them: Excel on
 * the web refuses to insert sheets from a file that has charts, so the task pane inserts that one
 * there and draws the charts through Office.js. One ExcelJS run for both.
 */
export async function writeReportVariants(model: ReportModel, options: ReportOptions): Promise<{ withCharts: Uint8Array; withoutCharts: Uint8Array }> {
  const ctx = reportContext(model, options.lang, options.generatedAt);
  const wb = new Workbook();
  describeReport(wb, ctx);
  writeReportSheets({ addWorksheet: (name, o) => wb.addWorksheet(name, o), sheetDone: () => undefined }, ctx, options.trend);
  const withoutCharts = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return { withCharts: addCharts(withoutCharts, ctx.charts), withoutCharts };
}
