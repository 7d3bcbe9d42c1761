import { COMMITTEES } from "../catalogue/committees";
import { REPORT_STATUSES } from "../consolidation/tallies";
import { DESPF_GOAL_NUMBERS } from "../catalogue/goals";
import type { Lang, LocalText } from "../text/lang";
import { labelKey } from "../text/normalise";
import { L, REPORT_SHEETS, type ReportSheet } from "./reportLabels";

/**
 * Where things are in the report workbook, for whoever writes it (ExcelJS, here) and whoever finds
 * them again in Excel (the task pane's charts and "insert" in src/excel). No ExcelJS import: the
 * Office.js gateway reads this module without pulling ExcelJS into its chunk.
 */

/** The report's sheets, in order. */
export const REPORT_SHEET_ORDER: readonly ReportSheet[] = ["cover", "summary", "dgp", "measures", "exceptions", "changes", "completeness", "issues"];

/** The sheet names of a report in `lang`, in order (what a reader of the file sees as tabs). */
export function reportSheetNames(lang: Lang): string[] {
  return REPORT_SHEET_ORDER.map((k) => REPORT_SHEETS[k][lang]);
}

/** Where the Measures sheet's table starts (1-based rows): title, note, then the header. */
export const MEASURES_HEADER_ROW = 3;

/** What marks a sheet as a Policy Tracker report's cover: its first cell holds the report's title. */
export const REPORT_SIGNATURE: { readonly sheet: ReportSheet; readonly cell: string; readonly text: LocalText } = {
  sheet: "cover",
  cell: "A1",
  text: L.title,
};

/** Whether a cover's first cell is the report's title in `lang` (spacing and Unicode forms aside). */
export function isReportTitle(text: unknown, lang: Lang): boolean {
  return typeof text === "string" && labelKey(text) === labelKey(REPORT_SIGNATURE.text[lang]);
}

/**
 * Columns (0-based) of the status table the Summary and Digital Government Policy sheets share: the
 * group's label, its measure count, one count per report status (REPORT_STATUSES order),
 * completion % and average progress.
 */
export const STATUS_TABLE_COLUMNS = {
  label: 0,
  measures: 1,
  firstStatus: 2,
  completion: 2 + REPORT_STATUSES.length,
  average: 3 + REPORT_STATUSES.length,
} as const;

/** One status table on the Summary sheet (1-based rows): its heading, header row, body rows and total row. */
export interface SummaryTable {
  readonly heading: number;
  readonly header: number;
  readonly firstBody: number;
  readonly bodyRows: number;
  readonly total: number;
}

/** Rows of a table that starts on `heading`: heading, header, the body, a total. */
function tableAt(heading: number, bodyRows: number): SummaryTable {
  return { heading, header: heading + 1, firstBody: heading + 2, bodyRows, total: heading + 2 + bodyRows };
}

/** Title (row 1), note (2), a blank row, then goal × status; a blank row, then lead committee × status. */
const byGoal = tableAt(4, DESPF_GOAL_NUMBERS.length);
const byCommittee = tableAt(byGoal.total + 2, COMMITTEES.length);

export const SUMMARY_TABLES: { readonly byGoal: SummaryTable; readonly byCommittee: SummaryTable } = { byGoal, byCommittee };

/** The first row below the Summary sheet's tables (where the charts go). */
export const SUMMARY_FREE_ROW = byCommittee.total + 2;

/**
 * A chart below the Summary tables: written into the report file as a DrawingML chart part, and drawn
 * by the task pane through Office.js where Excel cannot insert a file with charts (summaryCharts.ts
 * turns this into the chart both draw).
 */
export interface SummaryChart {
  /** Which of SUMMARY_TABLES it shows. */
  readonly key: keyof typeof SUMMARY_TABLES;
  readonly table: SummaryTable;
  /** Excel's name for the chart (stable across languages, for whoever looks it up). */
  readonly name: string;
  readonly title: LocalText;
  /** Rows (1-based, inclusive) the chart covers. */
  readonly rows: readonly [number, number];
  /** Columns (0-based, inclusive) the chart covers. */
  readonly columns: readonly [number, number];
}

/**
 * The two charts side by side under the tables, splitting the tables' width, so that the tables
 * and both charts print on one page (printSetup keeps rows 1 to SUMMARY_LAST_ROW together).
 */
const chartRows: [number, number] = [SUMMARY_FREE_ROW, SUMMARY_FREE_ROW + 13];

export const SUMMARY_CHARTS: readonly SummaryChart[] = [
  {
    key: "byGoal",
    table: byGoal,
    name: "PT_StatusByGoal",
    title: { en: "Status of measures by DESPF goal", km: "ស្ថានភាពវិធានការ តាមគោលដៅនៃក្របខ័ណ្ឌគោលនយោបាយ" },
    rows: chartRows,
    columns: [STATUS_TABLE_COLUMNS.label, STATUS_TABLE_COLUMNS.firstStatus + 1],
  },
  {
    key: "byCommittee",
    table: byCommittee,
    name: "PT_StatusByCommittee",
    title: { en: "Status of measures by lead committee", km: "ស្ថានភាពវិធានការ តាមគណៈកម្មាធិការដឹកនាំ" },
    rows: chartRows,
    columns: [STATUS_TABLE_COLUMNS.firstStatus + 2, STATUS_TABLE_COLUMNS.average],
  },
];

/** The Summary's last row: the charts' bottom. Rows 1 to this print on one page. */
export const SUMMARY_LAST_ROW = chartRows[1];
