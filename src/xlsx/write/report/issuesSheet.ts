import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid } from "./grid";
import { L } from "../../../domain/report/reportLabels";

/** Where the Data issues table starts (1-based rows): title, note, then the header. */
export const ISSUES_HEADER_ROW = 3;

/** Every problem of the model, one row each, in the order consolidation found them. */
export function writeIssuesSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t } = ctx;
  const ws = addSheet(book, ctx, "issues", { rows: ISSUES_HEADER_ROW });
  const g = new Grid(ws, ctx.lang, [6, 40, 14, 8, 20, 13, 62]);
  g.banner(`${t(L.issuesTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(model.issues.length ? t(L.issuesNote) : `${t(L.issuesNote)} ${t(L.noIssues)}`, s.note);
  const header = g.put(
    [t(L.number), t(L.file), t(L.sheet), t(L.cell), t(L.rule), t(L.severity), t(L.message)].map((v) => ({ v, s: s.header })),
    { filterButtons: true },
  );
  model.issues.forEach((p, i) => {
    const error = p.severity === "error";
    g.put([
      { v: i + 1, s: s.count },
      { v: p.where.file ?? null, s: s.wrap },
      { v: p.where.sheet ?? null, s: s.wrap },
      { v: p.where.cell ?? null, s: s.text },
      { v: p.code, s: s.wrap },
      { v: t(error ? L.error : L.warning), s: error ? s.error : s.warning },
      { v: t(p.message), s: s.wrap },
    ]);
  });
  const last = Math.max(header, g.row - 1);
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: g.columnCount } };
  printSetup(g, ctx, "issues", { titleRows: `${header}:${header}` });
  return ws;
}
