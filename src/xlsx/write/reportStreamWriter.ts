/**
 * The report written straight to a file with ExcelJS's streaming WorkbookWriter: the CLI's path.
 * Node only (fs streams, ExcelJS's stream API) — the task pane uses reportWriter.ts. Same sheet
 * writers, so the same cells, values and styles; each row is written out when done, so memory
 * does not grow with the report (about 1 GiB less than the in-memory writer for 90,000 issues).
 */
import { renameSync, rmSync } from "node:fs";
import type { Worksheet } from "exceljs";
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer";
import type { ReportModel } from "../../domain/consolidation/types";
import type { ChartSpec } from "../../domain/report/chartSpec";
import type { ReportBook } from "./report/book";
import { reportContext } from "./report/context";
import { describeReport, writeReportSheets } from "./report/sheets";
import type { ReportOptions } from "./reportWriter";
import { addConditionalFormatExtensions } from "./patches/conditionalFormatExtensions";
import { addChartsToFile } from "./patches/zipFile";

/**
 * Writes the report to `file` (through temporary files beside it, so a failed run leaves no half
 * report): ExcelJS's workbook first, then the same with its charts (addCharts.ts).
 */
export async function writeReportFile(model: ReportModel, options: ReportOptions, file: string): Promise<void> {
  const written = `${file}.${process.pid}.tmp`;
  const charted = `${file}.${process.pid}.charts.tmp`;
  try {
    const charts = await writeReportWorkbook(model, options, written);
    addChartsToFile(written, charted, charts);
    renameSync(charted, file);
  } finally {
    rmSync(written, { force: true });
    rmSync(charted, { force: true });
  }
}

/** The report's sheets as ExcelJS writes them, without charts, to `file`; returns the charts its sheets ask for. */
export async function writeReportWorkbook(model: ReportModel, options: ReportOptions, file: string): Promise<ChartSpec[]> {
  const ctx = reportContext(model, options.lang, options.generatedAt);
  // Inline strings, not a shared-strings table: the table would hold every text of the report until the end.
  const wb = new WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  describeReport(wb, ctx);
  writeReportSheets(streamingBook(wb), ctx, options.trend);
  await wb.commit();
  return ctx.charts;
}

function streamingBook(wb: InstanceType<typeof WorkbookWriter>): ReportBook {
  return {
    addWorksheet: (name, options) => wb.addWorksheet(name, options),
    sheetDone(ws: Worksheet) {
      // <sheetPr> went out when the sheet was added, without fit-to-page: turned on now, it would be lost.
      if (ws.pageSetup.fitToPage) throw new Error(`report sheet ${ws.name}: fit-to-page must be declared when the sheet is added`);
      addConditionalFormatExtensions(ws);
      ws.commit();
    },
  };
}
