import type { Workbook } from "exceljs";
import type { Trend } from "../../../domain/consolidation/trend";
import { writeTrendSheet } from "../trendSheet";
import type { ReportBook } from "./book";
import { writeChangesSheet } from "./changesSheet";
import { writeCompletenessSheet } from "./completenessSheet";
import type { ReportContext } from "./context";
import { writeCoverSheet } from "./coverSheet";
import { writeDgpSheet } from "./dgpSheet";
import { writeExceptionsSheet } from "./exceptionsSheet";
import { writeIssuesSheet } from "./issuesSheet";
import { REPORT_SHEET_ORDER } from "../../../domain/report/reportLayout";
import { L, type ReportSheet } from "../../../domain/report/reportLabels";
import { writeMeasuresSheet } from "./measuresSheet";
import { writeSummarySheet } from "./summarySheet";

/** Each report sheet's writer: the same for the in-memory and the streaming workbook. */
const WRITERS: Readonly<Record<ReportSheet, (book: ReportBook, ctx: ReportContext) => ReturnType<ReportBook["addWorksheet"]>>> = {
  cover: writeCoverSheet,
  summary: writeSummarySheet,
  dgp: writeDgpSheet,
  measures: writeMeasuresSheet,
  exceptions: writeExceptionsSheet,
  changes: writeChangesSheet,
  completeness: writeCompletenessSheet,
  issues: writeIssuesSheet,
};

/** Document properties and the window, set the same way on either kind of workbook. */
export function describeReport(wb: Pick<Workbook, "creator" | "lastModifiedBy" | "created" | "modified" | "title" | "subject" | "description" | "views">, ctx: ReportContext): void {
  const { model, generatedAt } = ctx;
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.created = generatedAt;
  wb.modified = generatedAt;
  wb.title = `${ctx.t(L.footerTitle)} — ${ctx.quarterText}`;
  wb.subject = ctx.t(L.title);
  wb.description = `${ctx.t(L.catalogue)} ${model.catalogue.version} (${model.catalogue.hash})`;
  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
}

/** Writes every sheet of the report into the book, in order; with a trend (consolidate --history), the Trend sheet last. */
export function writeReportSheets(book: ReportBook, ctx: ReportContext, trend?: Trend): void {
  for (const sheet of REPORT_SHEET_ORDER) book.sheetDone(WRITERS[sheet](book, ctx));
  if (trend) book.sheetDone(writeTrendSheet(book, trend, { lang: ctx.lang, s: ctx.s, charts: ctx.charts, report: ctx.t(L.footerTitle), period: ctx.quarterText }));
}
