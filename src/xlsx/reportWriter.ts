import { Workbook } from "exceljs";
import type { ReportModel } from "../domain/consolidation/types";
import type { Lang } from "../domain/ids";
import { L } from "./report/labels";
import { reportContext } from "./report/context";
import { writeChangesSheet } from "./report/changesSheet";
import { writeCompletenessSheet } from "./report/completenessSheet";
import { writeCoverSheet } from "./report/coverSheet";
import { writeDgpSheet } from "./report/dgpSheet";
import { writeExceptionsSheet } from "./report/exceptionsSheet";
import { writeIssuesSheet } from "./report/issuesSheet";
import { writeMeasuresSheet } from "./report/measuresSheet";
import { writeSummarySheet } from "./report/summarySheet";

export { REPORT_SHEETS, type ReportSheet } from "./report/labels";
export { REPORT_SHEET_ORDER, reportSheetNames } from "./report/layout";

export interface ReportOptions {
  readonly lang: Lang;
  /** When the report is made; printed on the cover in Phnom Penh time and stored as the file's dates. */
  readonly generatedAt: Date;
}

/**
 * The Council's quarterly report from a consolidated model, as xlsx bytes. Every figure is a value
 * computed here (the workbook holds no formulas), and text from submissions is written as text.
 */
export async function writeReport(model: ReportModel, options: ReportOptions): Promise<Uint8Array> {
  const ctx = reportContext(model, options.lang, options.generatedAt);
  const wb = new Workbook();
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.created = options.generatedAt;
  wb.modified = options.generatedAt;
  wb.title = `${ctx.t(L.footerTitle)} — ${ctx.quarterText}`;
  wb.subject = ctx.t(L.title);
  wb.description = `${ctx.t(L.catalogue)} ${model.catalogue.version} (${model.catalogue.hash})`;

  writeCoverSheet(wb, ctx);
  writeSummarySheet(wb, ctx);
  writeDgpSheet(wb, ctx);
  writeMeasuresSheet(wb, ctx);
  writeExceptionsSheet(wb, ctx);
  writeChangesSheet(wb, ctx);
  writeCompletenessSheet(wb, ctx);
  writeIssuesSheet(wb, ctx);

  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
