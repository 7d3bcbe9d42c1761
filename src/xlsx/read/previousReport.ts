import { cellText, type Cell } from "../../domain/entries/cells";
import { parseReportStatus } from "../../domain/consolidation/reportStatus";
import type { PreviousMeasure, ReportStatus } from "../../domain/consolidation/types";
import { asMeasureId, type MeasureId } from "../../domain/ids";
import type { Lang, LocalText } from "../../domain/text/lang";
import { ROLE_LABELS, columnDef } from "../../domain/statusSheet/columns";
import { formatQuarter, type Quarter } from "../../domain/periods/periods";
import { labelKey } from "../../domain/text/normalise";
import { WorkbookReadError } from "./errors";
import { openWorkbook, type ReadOptions, type WorkbookReader } from "./openWorkbook";
import { L, REPORT_SHEETS } from "../../domain/report/reportLabels";
import { MEASURES_HEADER_ROW, REPORT_SIGNATURE, isReportTitle } from "../../domain/report/reportLayout";

/**
 * Last quarter's report as the baseline of this quarter's, instead of last quarter's
 * submissions: the secretariat often has the report the Council saw, not every
 * committee's file. Read with the same guarded reader as submissions.
 */

const LANGS: readonly Lang[] = ["en", "km"];

/** The language of a Policy Tracker report (its cover's first cell holds the report's title), or undefined. */
export function reportLanguage(workbook: WorkbookReader): Lang | undefined {
  for (const lang of LANGS) {
    const cover = REPORT_SHEETS[REPORT_SIGNATURE.sheet][lang];
    if (!workbook.sheets.some((s) => s.name === cover)) continue;
    // The whole cover (a few dozen rows): the reader refuses a sheet longer than maxRows, it does not cut it.
    const first = workbook.readSheet(cover, { maxCols: 1 }).rows[0]?.[0];
    if (isReportTitle(cellText(first), lang)) return lang;
  }
  return undefined;
}

export const refuse = (file: string, en: string, km: string): never => {
  throw new WorkbookReadError("missing-sheet", file, { en, km });
};

/** The text beside a label on the cover (its first two columns), e.g. the quarter line. */
export function coverLine(workbook: WorkbookReader, lang: Lang, label: LocalText): string {
  const cover = workbook.readSheet(REPORT_SHEETS.cover[lang], { maxCols: 2 });
  const line = cover.rows.find((row) => labelKey(cellText(row?.[0])) === labelKey(label[lang]));
  return cellText(line?.[1]);
}

/** The cover's quarter line, e.g. "Q2 2026 (1 April 2026 – 30 June 2026)", must name `quarter`. */
function checkQuarter(workbook: WorkbookReader, lang: Lang, quarter: Quarter): void {
  const text = coverLine(workbook, lang, L.quarter);
  if (!text.startsWith(formatQuarter(quarter, lang))) {
    refuse(
      workbook.file,
      `this report is for ${text.split(" (")[0] || "an unknown quarter"}, not for last quarter (${formatQuarter(quarter, "en")})`,
      `របាយការណ៍នេះសម្រាប់ ${text.split(" (")[0] || "ត្រីមាសមិនស្គាល់"} មិនមែនសម្រាប់ត្រីមាសមុន (${formatQuarter(quarter, "km")}) ទេ`,
    );
  }
}

/**
 * Where each measure stood in last quarter's report (its Measures sheet: ID, status, progress), or
 * undefined when the bytes hold no report (a submission, or nothing readable: the submission
 * reader then says why). Throws a WorkbookReadError naming the file for a report that cannot
 * serve: another quarter's, or one without its Measures sheet.
 */
export function readPreviousReport(bytes: Uint8Array, file: string, quarter: Quarter, options: ReadOptions = {}): PreviousMeasure[] | undefined {
  let workbook: WorkbookReader;
  let lang: Lang | undefined;
  try {
    workbook = openWorkbook(bytes, file, options);
    lang = reportLanguage(workbook);
  } catch {
    return undefined;
  }
  if (!lang) return undefined;
  checkQuarter(workbook, lang, quarter);
  return reportMeasureRows(workbook, lang).map(({ id, status, progress }) => ({ id, status, ...(progress !== undefined ? { progress } : {}) }));
}

/** One line of a report's Measures sheet; the other columns as the report wrote them (its language). */
export interface ReportMeasureRow {
  readonly id: MeasureId;
  readonly status: ReportStatus;
  readonly progress?: number;
  readonly cells: (key: "goal" | "title" | "lead") => Cell | undefined;
}

/** The Measures sheet's lines that name a measure and a status (columns found by their header, in the report's language). */
export function reportMeasureRows(workbook: WorkbookReader, lang: Lang): ReportMeasureRow[] {
  const file = workbook.file;
  const sheet = REPORT_SHEETS.measures[lang];
  if (!workbook.sheets.some((s) => s.name === sheet)) refuse(file, `the report has no "${sheet}" sheet`, `របាយការណ៍គ្មានសន្លឹក "${sheet}"`);
  const rows = workbook.readSheet(sheet).rows;
  const header = (rows[MEASURES_HEADER_ROW - 1] ?? []).map((c) => labelKey(cellText(c)));
  const column = (label: LocalText) => header.indexOf(labelKey(label[lang]));
  const [id, status, progress] = [column(columnDef("id").label), column(columnDef("status").label), column(columnDef("progress").label)];
  if (id < 0 || status < 0) refuse(file, `the "${sheet}" sheet has no measure ID and status columns`, `សន្លឹក "${sheet}" គ្មានជួរឈរលេខសម្គាល់ និងស្ថានភាព`);
  const others = { goal: column(columnDef("goal").label), title: column(columnDef("title").label), lead: column(ROLE_LABELS.lead) };

  const out: ReportMeasureRow[] = [];
  for (const row of rows.slice(MEASURES_HEADER_ROW)) {
    const measureId = asMeasureId(cellText(row?.[id]).trim());
    const reportStatus = parseReportStatus(cellText(row?.[status]));
    if (!measureId || !reportStatus) continue; // a blank or foreign line
    const value = progress >= 0 ? progressValue(row?.[progress]) : undefined;
    out.push({ id: measureId, status: reportStatus, ...(value !== undefined ? { progress: value } : {}), cells: (key) => (others[key] >= 0 ? row?.[others[key]] : undefined) });
  }
  return out;
}

/** The report writes progress as a number (0-100); anything else is no figure. */
function progressValue(cell: Cell | undefined): number | undefined {
  return typeof cell?.value === "number" && Number.isFinite(cell.value) ? cell.value : undefined;
}
