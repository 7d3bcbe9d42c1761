import { REPORT_STATUS_COLOURS, REPORT_STATUS_LABELS } from "../consolidation/reportStatus";
import { REPORT_STATUSES } from "../consolidation/tallies";
import type { Tally } from "../consolidation/types";
import { pick, type Lang } from "../text/lang";
import { cellBlock, type ChartSpec } from "./chartSpec";
import { REPORT_SHEETS } from "./reportLabels";
import { STATUS_TABLE_COLUMNS as C, SUMMARY_CHARTS, type SummaryChart } from "./reportLayout";

/** One body row of a Summary table as written: its label and its count per report status. */
export interface SummaryRow {
  readonly label: string;
  readonly counts: Tally;
}

/** The body rows of each Summary table, in order. */
export type SummaryChartData = Readonly<Record<SummaryChart["key"], readonly SummaryRow[]>>;

/**
 * The Summary sheet's stacked bars (status by DESPF goal, status by lead committee), from where
 * reportLayout.ts puts the tables: a series per report status (named by the header row, in the
 * report's status colours), a bar per goal or committee (the label column; the total row left out),
 * where SUMMARY_CHARTS places them below the tables.
 * With `data` (what the writer put in the cells) the chart carries those figures too.
 */
export function summaryChartSpecs(lang: Lang, data?: SummaryChartData): ChartSpec[] {
  const sheet = REPORT_SHEETS.summary[lang];
  return SUMMARY_CHARTS.map((chart) => {
    const { table } = chart;
    const top = table.firstBody - 1;
    const bottom = top + table.bodyRows - 1;
    const rows = data?.[chart.key];
    if (rows && rows.length !== table.bodyRows) throw new Error(`Summary chart ${chart.name}: ${rows.length} rows given for ${table.bodyRows}`);
    const column = (col: number) => ({ sheet, top, left: col, bottom, right: col });
    return {
      name: chart.name,
      kind: "stackedBar",
      title: pick(chart.title, lang),
      lang,
      categories: column(C.label),
      ...(rows ? { cachedCategories: rows.map((r) => r.label) } : {}),
      series: REPORT_STATUSES.map((status, i) => ({
        name: cellBlock(sheet, table.header - 1, C.firstStatus + i),
        values: column(C.firstStatus + i),
        colour: REPORT_STATUS_COLOURS[status],
        ...(rows ? { cached: { name: pick(REPORT_STATUS_LABELS[status], lang), values: rows.map((r) => r.counts[status]) } } : {}),
      })),
      placement: { from: { row: chart.rows[0] - 1, col: chart.columns[0] }, to: { row: chart.rows[1] - 1, col: chart.columns[1] } },
      valueAxis: { min: 0, numberFormat: "0" },
    };
  });
}
