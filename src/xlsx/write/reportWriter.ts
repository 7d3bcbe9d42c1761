import { Workbook } from "exceljs";
import type { ReportModel } from "../../domain/consolidation/types";
import type { Lang } from "../../domain/text/lang";
import { reportContext } from "./report/context";
import { describeReport, writeReportSheets } from "./report/sheets";

export { REPORT_SHEETS, type ReportSheet } from "../../domain/report/reportLabels";
export { REPORT_SHEET_ORDER, reportSheetNames } from "../../domain/report/reportLayout";

export interface ReportOptions {
  readonly lang: Lang;
  /** When the report is made; printed on the cover in Phnom Penh time and stored as the file's dates. */
  readonly generatedAt: Date;
}

/**
 * The Council's quarterly report from a consolidated model, as xlsx bytes. Every figure is a value
 * computed here (the workbook holds no formulas), and text from submissions is written as text.
 *
 * Browser-safe (the task pane builds the report with it): an in-memory ExcelJS workbook, no node
 * built-ins, no ExcelJS stream API. The CLI writes the same sheets with reportStreamWriter.ts.
 */
export async function writeReport(model: ReportModel, options: ReportOptions): Promise<Uint8Array> {
  const ctx = reportContext(model, options.lang, options.generatedAt);
  const wb = new Workbook();
  describeReport(wb, ctx);
  writeReportSheets({ addWorksheet: (name, o) => wb.addWorksheet(name, o), sheetDone: () => undefined }, ctx);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
