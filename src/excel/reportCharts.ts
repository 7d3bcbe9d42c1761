import { a1 } from "../domain/entries/cells";
import type { Lang } from "../domain/text/lang";
import { blockAddress, seriesSource, type ChartKind, type ChartSpec } from "../domain/report/chartSpec";
import { summaryChartSpecs } from "../domain/report/summaryCharts";

const CHART_TYPES: Readonly<Record<ChartKind, "BarStacked" | "Line">> = { stackedBar: "BarStacked", line: "Line" };

/**
 * Queues the Summary sheet's charts (summaryCharts.ts: the same charts the report file carries),
 * drawn from the cells the report writer put there. Returns how many.
 */
export function queueSummaryCharts(summary: Excel.Worksheet, lang: Lang): number {
  const specs = summaryChartSpecs(lang);
  for (const spec of specs) queueChart(summary, spec);
  return specs.length;
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const byColumns = spec.series.every((s) => s.values.left === s.values.right);
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(blockAddress(seriesSource(spec))), byColumns ? "Columns" : "Rows");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.axes.categoryAxis.setCategoryNames(sheet.getRange(blockAddress(spec.categories)));
  spec.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${s.colour}`));
  chart.legend.position = "Bottom";
  // Below the tables, side by side, inside the printed page (SUMMARY_CHARTS).
  const { from, to } = spec.placement;
  chart.setPosition(a1(from.row, from.col), a1(to.row, to.col));
}
