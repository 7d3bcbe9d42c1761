import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { byStrategy } from "../../../domain/consolidation/tallies";
import { DGP_GOALS, DGP_STRATEGIES, DGP_STRATEGY_NUMBERS, type DgpGoal } from "../../../domain/catalogue/goals";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid } from "./grid";
import { L, fill } from "../../../domain/report/reportLabels";
import { statusTableHeader, statusTableRow, statusTableWidths } from "./statusTable";

const DGP_GOAL_NUMBERS: readonly DgpGoal[] = [1, 2, 3, 4];

/** The Digital Government Policy view: each strategic goal with its strategies (1-10), then the total. */
export function writeDgpSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t, n } = ctx;
  const ws = addSheet(book, ctx, "dgp");
  const g = new Grid(ws, ctx.lang, statusTableWidths(60));
  const strategies = byStrategy(model.measures);
  const linked = model.measures.filter((l) => l.measure.dgpStrategy !== undefined);
  g.banner(`${t(L.dgpTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(fill(t(L.dgpNote), { n: n(linked.length), total: n(model.measures.length) }), s.note);
  g.skip();
  const header = statusTableHeader(g, ctx, t(L.dgpHeading));
  for (const goal of DGP_GOAL_NUMBERS) {
    const numbers = DGP_STRATEGY_NUMBERS.filter((k) => DGP_STRATEGIES[k].goal === goal);
    const lines = numbers.flatMap((k) => strategies.get(k) ?? []);
    statusTableRow(g, ctx, `${t(L.strategicGoal)} ${n(goal)}${t(L.colon)} ${t(DGP_GOALS[goal])}`, lines, "group");
    for (const k of numbers) statusTableRow(g, ctx, `${t(L.strategy)} ${n(k)}. ${t(DGP_STRATEGIES[k].title)}`, strategies.get(k) ?? [], "indented");
  }
  statusTableRow(g, ctx, t(L.total), linked, "total");
  printSetup(g, ctx, "dgp", { titleRows: `${header}:${header}` });
  return ws;
}
