import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { COMMITTEES } from "../../../domain/catalogue/committees";
import { completeness, completenessRate } from "../../../domain/consolidation/completeness";
import { columnDef, ROLE_LABELS } from "../../../domain/statusSheet/columns";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid } from "./grid";
import { L } from "../../../domain/report/reportLabels";
import { writeSupersededBlock } from "./supersededBlock";

/** Per committee: entries expected (measures led or supported) against entries received; then what is missing. */
export function writeCompletenessSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t } = ctx;
  const ws = addSheet(book, ctx, "completeness");
  const g = new Grid(ws, ctx.lang, [30, 11, 11, 11, 11, 11, 11, 11, 11, 38, 14]);
  g.banner(`${t(L.completenessTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(t(L.completenessNote), s.note);
  g.skip();
  const rows = completeness(model);
  g.put(
    [t(L.committee), t(L.expectedLead), t(L.expectedSupport), t(L.expected), t(L.receivedLead), t(L.receivedSupport), t(L.missing), t(L.excludedRows), t(L.completeness), t(L.submissionUsed), t(L.loggedChanges)].map(
      (v) => ({ v, s: s.header }),
    ),
  );
  for (const r of rows) {
    const name = COMMITTEES.find((c) => c.code === r.committee)!;
    g.put([
      { v: `${r.committee} — ${t(name.name)}`, s: s.wrap },
      { v: r.led, s: s.count },
      { v: r.supported, s: s.count },
      { v: r.expected, s: s.count },
      { v: r.receivedLead, s: s.count },
      { v: r.receivedSupporting, s: s.count },
      { v: r.missing.length, s: s.count },
      { v: r.excludedRows, s: s.count },
      { v: r.rate, s: s.rate },
      r.files.length ? { v: r.files.join("\n"), s: s.wrap } : { v: t(L.noSubmission), s: s.rejected },
      { v: r.loggedChanges ?? null, s: s.count },
    ]);
  }
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  const expected = sum((r) => r.expected);
  const received = sum((r) => r.receivedLead + r.receivedSupporting);
  g.put([
    { v: t(L.total), s: s.totalLabel },
    { v: sum((r) => r.led), s: s.totalCount },
    { v: sum((r) => r.supported), s: s.totalCount },
    { v: expected, s: s.totalCount },
    { v: sum((r) => r.receivedLead), s: s.totalCount },
    { v: sum((r) => r.receivedSupporting), s: s.totalCount },
    { v: sum((r) => r.missing.length), s: s.totalCount },
    { v: sum((r) => r.excludedRows), s: s.totalCount },
    { v: completenessRate(expected, received), s: s.totalRate },
    { v: null, s: s.totalLabel },
    { v: rows.some((r) => r.loggedChanges !== undefined) ? sum((r) => r.loggedChanges ?? 0) : null, s: s.totalCount },
  ]);

  g.skip();
  writeSupersededBlock(g, ctx);

  g.skip();
  g.banner(t(L.missingList), s.section);
  g.put([
    { v: t(L.committee), s: s.header },
    { v: t(L.role), s: s.header },
    { v: t(columnDef("id").label), s: s.header },
    { v: t(columnDef("goal").label), s: s.header },
    { v: t(columnDef("title").label), s: s.header, span: 6 },
  ]);
  const missing = rows.flatMap((r) => r.missing.map((m) => ({ committee: r.committee, ...m })));
  if (missing.length === 0) g.banner(t(L.allReceived), s.muted);
  for (const m of missing) {
    g.put([
      { v: m.committee, s: s.text },
      { v: t(ROLE_LABELS[m.role]), s: s.text },
      { v: m.measure.id, s: s.text },
      { v: m.measure.goal, s: s.center },
      { v: t(m.measure.title), s: s.wrap, span: 6 },
    ]);
  }
  printSetup(g, ctx, "completeness", { titleRows: "1:1" });
  return ws;
}
