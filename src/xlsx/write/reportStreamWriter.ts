/**
 * The report written straight to a file with ExcelJS's streaming WorkbookWriter: the CLI's path.
 * Node only (fs streams, ExcelJS's stream API) — the task pane uses reportWriter.ts. Same sheet
 * writers, so the same cells, values and styles; each row is written out when done, so memory
 * does not grow with the report (about 1 GiB less than the in-memory writer for 90,000 issues).
 */
import { renameSync, rmSync } from "node:fs";
import type { AddWorksheetOptions, Worksheet } from "exceljs";
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer";
import type { ReportModel } from "../../domain/consolidation/types";
import type { ChartSpec } from "../../domain/report/chartSpec";
import { setRowWriter, type ReportBook } from "./report/book";
import { reportContext } from "./report/context";
import { describeReport, writeReportSheets } from "./report/sheets";
import type { ReportOptions } from "./reportWriter";
import { addConditionalFormatExtensions } from "./patches/conditionalFormatExtensions";
import { addChartsToFile } from "./patches/zipFile";
import { streamRowWriter, type SharedStringTable, type StyleRegistry } from "./streamRows";

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
  // Shared strings, as Excel writes them and the in-memory writer does, for the rows written by
  // streamRows.ts (all but merged and dated ones, which ExcelJS writes as inline `t="str"` cells,
  // as all cells were before). The Data issues sheet repeats file names, rule codes and messages on
  // thousands of rows: at N = 1,000 the table holds about 2,900 texts (200 KB), the sheet's XML
  // shrinks from 47 to 33 MB, and the write takes half the CPU time (bench/RESULTS.md).
  const wb = new WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  describeReport(wb, ctx);
  writeReportSheets(streamingBook(wb), ctx, options.trend);
  await wb.commit();
  return ctx.charts;
}

function streamingBook(wb: InstanceType<typeof WorkbookWriter>): ReportBook {
  const internals = wb as unknown as { styles: StyleRegistry; sharedStrings: SharedStringTable; useSharedStrings: boolean };
  const flushes = new WeakMap<Worksheet, () => void>();
  return {
    addWorksheet(name, options) {
      const ws = wb.addWorksheet(name, { ...options, useSharedStrings: false } as Partial<AddWorksheetOptions>);
      const rows = streamRowWriter(ws, internals.styles, internals.useSharedStrings ? internals.sharedStrings : undefined);
      setRowWriter(ws, rows);
      flushes.set(ws, rows.flush);
      return ws;
    },
    sheetDone(ws: Worksheet) {
      // <sheetPr> went out when the sheet was added, without fit-to-page: turned on now, it would be lost.
      if (ws.pageSetup.fitToPage) throw new Error(`report sheet ${ws.name}: fit-to-page must be declared when the sheet is added`);
      flushes.get(ws)?.();
      addConditionalFormatExtensions(ws);
      ws.commit();
    },
  };
}
