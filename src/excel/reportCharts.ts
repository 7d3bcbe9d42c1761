import { a1 } from "../domain/entries/cells";
import { REPORT_STATUS_COLOURS } from "../domain/consolidation/reportStatus";
import { REPORT_STATUSES } from "../domain/consolidation/tallies";
import { pick, type Lang } from "../domain/text/lang";
import { STATUS_TABLE_COLUMNS as C, SUMMARY_CHARTS, type SummaryChart } from "../domain/report/reportLayout";

/** "A5:B9" from 1-based rows and 0-based columns. */
const block = (row0: number, row1: number, col0: number, col1: number) => `${a1(row0 - 1, col0)}:${a1(row1 - 1, col1)}`;

/**
 * Queues one stacked-bar chart per Summary table, from the cells layout.ts says the report writer
 * put there: a series per status (named by the header row, in the report's status colours), a bar
 * per goal or committee (the label column; the total row is left out). Returns how many.
 */
export function queueSummaryCharts(summary: Excel.Worksheet, lang: Lang): number {
  for (const chart of SUMMARY_CHARTS) queueChart(summary, chart, lang);
  return SUMMARY_CHARTS.length;
}

function queueChart(sheet: Excel.Worksheet, spec: SummaryChart, lang: Lang): void {
  const { table } = spec;
  const lastBody = table.firstBody + table.bodyRows - 1;
  const lastStatus = C.firstStatus + REPORT_STATUSES.length - 1;
  const chart = sheet.charts.add("BarStacked", sheet.getRange(block(table.header, lastBody, C.firstStatus, lastStatus)), "Columns");
  chart.name = spec.name;
  chart.title.text = pick(spec.title, lang);
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(block(table.firstBody, lastBody, C.label, C.label)));
  REPORT_STATUSES.forEach((status, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${REPORT_STATUS_COLOURS[status]}`));
  chart.legend.position = "Bottom";
  // Below the tables, side by side, inside the printed page (SUMMARY_CHARTS).
  chart.setPosition(a1(spec.rows[0] - 1, spec.columns[0]), a1(spec.rows[1] - 1, spec.columns[1]));
}
