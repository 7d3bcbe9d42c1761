import type { Workbook, Worksheet } from "exceljs";
import { committee as committeeInfo } from "../../domain/catalogue/committees";
import type { Feedback, FeedbackItem } from "../../domain/consolidation/feedback";
import {
  FEEDBACK_COLUMNS,
  FEEDBACK_FORMAT_VERSION,
  FEEDBACK_HEADER_ROW,
  FEEDBACK_ITEM_FIELDS,
  FEEDBACK_KIND,
  FEEDBACK_LABELS,
  FEEDBACK_META_KEYS,
  FEEDBACK_META_SHEET,
  FEEDBACK_SHEET,
  type FeedbackMetaKey,
} from "../../domain/consolidation/feedbackSheet";
import { formatQuarter } from "../../domain/periods/periods";
import { fill } from "../../domain/report/reportLabels";
import { columnDef } from "../../domain/statusSheet/columns";
import { pick, type Lang } from "../../domain/text/lang";
import { safeText } from "./report/grid";
import { stampText } from "./report/stamps";
import { BORDERS, HEADER_ALIGN, HEADER_FILL, TITLE_BLUE, TOP_WRAP, WHITE, cellHeight, font, pageSetup, solid } from "./sheetStyle";

export interface FeedbackOptions {
  /** When the file is made (the workbook's dates). */
  readonly generatedAt: Date;
}

const ERROR_FILL = solid("FFC7CE");
const WARNING_FILL = solid("FFEB9C");
const COMMENT_FILL = solid("FFF9E5");

/**
 * A committee's feedback file, as xlsx bytes: a sheet to read in the committee's language, with
 * an empty comment column the secretariat may fill in before sending it, and a very-hidden sheet
 * that says whose submission it is about. No formulas: every text goes in as a string cell.
 * `WorkbookClass` is ExcelJS's in-memory workbook as the caller loads it (feedbackWriter.ts for
 * the task pane and tests, feedbackWriterNode.ts for the CLI).
 */
export async function writeFeedbackWith(WorkbookClass: new () => Workbook, feedback: Feedback, options: FeedbackOptions): Promise<Uint8Array> {
  const { header } = feedback;
  const lang = header.language;
  const t = (text: { en: string; km: string }) => pick(text, lang);
  const committee = `${header.committee} — ${t(committeeInfo(header.committee).name)}`;
  const quarter = formatQuarter(header.quarter, lang);

  const wb = new WorkbookClass();
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.created = options.generatedAt;
  wb.modified = options.generatedAt;
  wb.title = fill(t(FEEDBACK_LABELS.title), { committee: header.committee, quarter });

  const ws = wb.addWorksheet(t(FEEDBACK_SHEET), {
    views: [{ state: "frozen", xSplit: 0, ySplit: FEEDBACK_HEADER_ROW, topLeftCell: `A${FEEDBACK_HEADER_ROW + 1}`, activeCell: `A${FEEDBACK_HEADER_ROW + 1}` }],
  });
  FEEDBACK_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const width = FEEDBACK_COLUMNS.reduce((n, c) => n + c.width, 0);
  const banner = (row: number, text: string, style: { size?: number; bold?: boolean; italic?: boolean; color?: { argb: string } }) => {
    ws.mergeCells(row, 1, row, FEEDBACK_COLUMNS.length);
    const cell = ws.getCell(row, 1);
    cell.value = safeText(text);
    cell.font = font(lang, style);
    cell.alignment = TOP_WRAP;
    ws.getRow(row).height = cellHeight(lang, text, width, style.size, style.bold === true, true);
  };
  banner(1, fill(t(FEEDBACK_LABELS.title), { committee, quarter }), { size: 14, bold: true, color: TITLE_BLUE });
  const at = stampText(header.submittedAt, lang) ?? t(FEEDBACK_LABELS.notStamped);
  banner(2, fill(t(FEEDBACK_LABELS.madeFrom), { file: header.file, at, version: header.catalogueVersion, count: feedback.items.length }), {});
  banner(3, t(FEEDBACK_LABELS.howTo), { italic: lang === "en" });

  const head = ws.getRow(FEEDBACK_HEADER_ROW);
  FEEDBACK_COLUMNS.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = t(c.label);
    cell.font = font(lang, { bold: true, color: WHITE });
    cell.fill = HEADER_FILL;
    cell.alignment = HEADER_ALIGN;
    cell.border = BORDERS;
  });
  head.height = Math.max(...FEEDBACK_COLUMNS.map((c) => cellHeight(lang, t(c.label), c.width - 2, undefined, true, true)));
  feedback.items.forEach((item, i) => writeItem(ws, FEEDBACK_HEADER_ROW + 1 + i, i + 1, item, lang));
  ws.autoFilter = { from: { row: FEEDBACK_HEADER_ROW, column: 1 }, to: { row: FEEDBACK_HEADER_ROW + Math.max(1, feedback.items.length), column: FEEDBACK_COLUMNS.length } };
  pageSetup(ws, "landscape", `${FEEDBACK_HEADER_ROW}:${FEEDBACK_HEADER_ROW}`, fill(t(FEEDBACK_LABELS.title), { committee: header.committee, quarter }));

  writeMetaSheet(wb.addWorksheet(FEEDBACK_META_SHEET, { state: "veryHidden" }), feedback);
  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function writeItem(ws: Worksheet, row: number, number: number, item: FeedbackItem, lang: Lang): void {
  const t = (text: { en: string; km: string }) => pick(text, lang);
  const severity = item.severity === "error" ? FEEDBACK_LABELS.error : FEEDBACK_LABELS.warning;
  const values: Record<(typeof FEEDBACK_COLUMNS)[number]["key"], string | number> = {
    number,
    measureId: item.measureId || t(FEEDBACK_LABELS.noMeasureId),
    column: t(columnDef(item.column).label),
    value: item.value,
    severity: t(severity),
    rule: item.rule,
    message: item.message,
    comment: item.comment,
  };
  const r = ws.getRow(row);
  let height = 0;
  FEEDBACK_COLUMNS.forEach((c, i) => {
    const cell = r.getCell(i + 1);
    const v = values[c.key];
    // Strings stay strings: a value seen such as "=HYPERLINK(…)" is text here, never a formula.
    cell.value = typeof v === "string" ? (v === "" ? null : safeText(v)) : v;
    cell.font = font(lang);
    cell.alignment = TOP_WRAP;
    cell.border = BORDERS;
    if (c.key === "severity") cell.fill = item.severity === "error" ? ERROR_FILL : WARNING_FILL;
    if (c.key === "comment") cell.fill = COMMENT_FILL;
    if (typeof v === "string") height = Math.max(height, cellHeight(lang, v, c.width, undefined, false, true));
  });
  r.height = height;
}

/** The header as key/value rows, an empty row, then each item's keys: what tools read. */
function writeMetaSheet(meta: Worksheet, feedback: Feedback): void {
  const { header } = feedback;
  const values: Record<FeedbackMetaKey, string> = {
    kind: FEEDBACK_KIND,
    formatVersion: FEEDBACK_FORMAT_VERSION,
    committee: header.committee,
    quarter: header.quarter,
    language: header.language,
    catalogueVersion: header.catalogueVersion,
    catalogueHash: header.catalogueHash,
    file: header.file,
    submittedAt: header.submittedAt ?? "",
    items: String(feedback.items.length),
  };
  // Every value a string cell: a version of digits only must not become a number.
  FEEDBACK_META_KEYS.forEach((key, i) => (meta.getRow(i + 1).values = [key, safeText(values[key])]));
  const first = FEEDBACK_META_KEYS.length + 2;
  meta.getRow(first).values = [...FEEDBACK_ITEM_FIELDS];
  feedback.items.forEach((item, i) => {
    meta.getRow(first + 1 + i).values = [String(i + 1), item.measureId, item.column, item.rule, item.severity, safeText(item.value), safeText(item.message)];
  });
  meta.getColumn(1).width = 16;
  meta.getColumn(2).width = 40;
}
