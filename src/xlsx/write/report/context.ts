import type { Worksheet, WorksheetViewFrozen } from "exceljs";
import { a1 } from "../../../domain/entries/cells";
import type { ReportModel } from "../../../domain/consolidation/types";
import type { ChartSpec } from "../../../domain/report/chartSpec";
import { pick, type Lang, type LocalText } from "../../../domain/text/lang";
import { formatQuarter } from "../../../domain/periods/periods";
import { asciiToKhmerDigits } from "../../../domain/text/normalise";
import { REPORT_SHEETS, type ReportSheet } from "../../../domain/report/reportLabels";
import type { ReportBook } from "./book";
import { reportStyles, type ReportStyles } from "./styles";

/** What every sheet writer gets: the model, the language, the shared styles. */
export interface ReportContext {
  readonly model: ReportModel;
  readonly lang: Lang;
  readonly s: ReportStyles;
  readonly generatedAt: Date;
  readonly quarterText: string;
  /** A label in the report's language (English where the Khmer is missing). */
  t(text: LocalText): string;
  /** A count as the report's language writes it inside a sentence (Khmer digits in Khmer). */
  n(value: number): string;
  /** Charts the sheet writers ask for: added to the file once ExcelJS has written it (addCharts.ts). */
  readonly charts: ChartSpec[];
}

export function reportContext(model: ReportModel, lang: Lang, generatedAt: Date): ReportContext {
  return {
    model,
    lang,
    s: reportStyles(lang),
    generatedAt,
    quarterText: formatQuarter(model.quarter, lang),
    t: (text) => pick(text, lang),
    n: (value) => (lang === "km" ? asciiToKhmerDigits(String(value)) : String(value)),
    charts: [],
  };
}

/**
 * Adds a report sheet named in the report's language; `frozen` keeps that many top rows (and left
 * columns) in view. Sheets print at a fixed scale (printSetup.ts), never fit-to-page: said here,
 * because the streaming writer writes that flag (<sheetPr>) when the sheet is added.
 */
export function addSheet(book: ReportBook, ctx: ReportContext, sheet: ReportSheet, frozen?: { rows: number; columns?: number }): Worksheet {
  const views: WorksheetViewFrozen[] = frozen
    ? [{ state: "frozen", xSplit: frozen.columns ?? 0, ySplit: frozen.rows, topLeftCell: a1(frozen.rows, frozen.columns ?? 0) }]
    : [];
  return book.addWorksheet(ctx.t(REPORT_SHEETS[sheet]), { views, pageSetup: { fitToPage: false } });
}
