import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { COMMITTEES } from "../../../domain/catalogue/committees";
import { NOT_REPORTED_LABEL } from "../../../domain/consolidation/reportStatus";
import { byGoal, byLeadCommittee, tally } from "../../../domain/consolidation/tallies";
import type { MeasureLine, Tally } from "../../../domain/consolidation/types";
import { DESPF_GOALS, DESPF_GOAL_NUMBERS } from "../../../domain/catalogue/goals";
import { columnDef } from "../../../domain/statusSheet/columns";
import { q } from "../sheetStyle";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid } from "./grid";
import { L, fill } from "../../../domain/report/reportLabels";
import { SUMMARY_LAST_ROW, SUMMARY_TABLES, type SummaryTable } from "../../../domain/report/reportLayout";
import { summaryChartSpecs } from "../../../domain/report/summaryCharts";
import { statusTableHeader, statusTableRow, statusTableWidths } from "./statusTable";

/** Goal × status and lead committee × status, each with a total row; a stacked bar chart of each below them. */
export function writeSummarySheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t, n } = ctx;
  const ws = addSheet(book, ctx, "summary");
  const g = new Grid(ws, ctx.lang, statusTableWidths(54));
  g.banner(`${t(L.summaryTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(fill(t(L.summaryNote), { notReported: q(t(NOT_REPORTED_LABEL), ctx.lang) }), s.note);

  g.skip();
  startTable(g, SUMMARY_TABLES.byGoal);
  g.banner(t(L.byGoal), s.section);
  statusTableHeader(g, ctx, t(L.despfGoal));
  const goals = byGoal(model.measures);
  const goalRows = DESPF_GOAL_NUMBERS.map((goal) => row(`${n(goal)}. ${t(DESPF_GOALS[goal])}`, goals.get(goal)));
  for (const r of goalRows) statusTableRow(g, ctx, r.label, r.lines, "body");
  statusTableRow(g, ctx, t(L.total), model.measures, "total");

  g.skip();
  startTable(g, SUMMARY_TABLES.byCommittee);
  g.banner(t(L.byCommittee), s.section);
  statusTableHeader(g, ctx, t(columnDef("lead").label));
  const committees = byLeadCommittee(model.measures);
  const committeeRows = COMMITTEES.map((c) => row(`${c.code} — ${t(c.name)}`, committees.get(c.code)));
  for (const r of committeeRows) statusTableRow(g, ctx, r.label, r.lines, "body");
  statusTableRow(g, ctx, t(L.total), model.measures, "total");

  ctx.charts.push(...summaryChartSpecs(ctx.lang, { byGoal: goalRows, byCommittee: committeeRows }));

  printSetup(g, ctx, "summary", { onePageThrough: SUMMARY_LAST_ROW });
  return ws;
}

function row(label: string, lines: readonly MeasureLine[] = []): { label: string; lines: readonly MeasureLine[]; counts: Tally } {
  return { label, lines, counts: tally(lines) };
}

/** The tables sit where SUMMARY_TABLES says (the charts are drawn from there): fail loudly if the two drift. */
function startTable(g: Grid, table: SummaryTable): void {
  if (g.row !== table.heading) throw new Error(`Summary sheet: table expected on row ${table.heading}, writing row ${g.row}`);
}
