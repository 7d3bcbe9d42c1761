import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { columnLetters } from "../../../domain/entries/cells";
import { progressDelta } from "../../../domain/consolidation/changes";
import { REPORT_STATUS_LABELS } from "../../../domain/consolidation/reportStatus";
import type { CommitteeEntry, MeasureLine } from "../../../domain/consolidation/types";
import { ROLE_LABELS, columnDef, type ColumnKey } from "../../../domain/statusSheet/columns";
import type { IsoDate } from "../../../domain/periods/periods";
import { statusLabel } from "../../../domain/entries/status";
import { addProgressBars, q } from "../sheetStyle";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid, type Put } from "./grid";
import { L, fill } from "../../../domain/report/reportLabels";
import { MEASURES_HEADER_ROW } from "../../../domain/report/reportLayout";

interface Column {
  readonly key?: ColumnKey;
  readonly label: string;
  readonly width: number;
  readonly cell: (line: MeasureLine) => Put;
}

export { MEASURES_HEADER_ROW } from "../../../domain/report/reportLayout";

export function isoToDate(date: IsoDate | undefined): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function supportingText(ctx: ReportContext, entries: readonly CommitteeEntry[]): string {
  return entries
    .map((e) => {
      const status = e.entry.status ? statusLabel(e.entry.status, ctx.lang) : ctx.t(L.noStatus);
      const progress = e.entry.progress !== undefined ? `, ${e.entry.progress}%` : "";
      return `${e.committee}: ${status}${progress}${e.hasErrors ? ` (${ctx.t(L.withErrors)})` : ""}`;
    })
    .join("\n");
}

function columns(ctx: ReportContext): Column[] {
  const { s, t } = ctx;
  const label = (key: ColumnKey) => t(columnDef(key).label);
  const text = (v: string): Put => ({ v: v || null, s: s.wrap });
  const cols: Column[] = [
    { label: label("id"), width: 8, cell: (l) => ({ v: l.measure.id, s: s.text }) },
    { label: label("goal"), width: 5, cell: (l) => ({ v: l.measure.goal, s: s.center }) },
    { label: t(L.cluster), width: 11.5, cell: (l) => text(t(l.measure.cluster)) },
    { label: label("title"), width: 23, cell: (l) => text(t(l.measure.title)) },
    { label: t(ROLE_LABELS.lead), width: 6.5, cell: (l) => ({ v: l.measure.lead, s: s.center }) },
    { label: label("status"), width: 11, cell: (l) => ({ v: t(REPORT_STATUS_LABELS[l.status]), s: s.status[l.status] }) },
    { key: "progress", label: label("progress"), width: 8, cell: (l) => ({ v: l.lead?.entry.progress ?? null, s: s.progress }) },
    { label: label("plannedCompletion"), width: 10.5, cell: (l) => ({ v: isoToDate(l.lead?.entry.plannedCompletion), s: s.date }) },
    { label: label("actualCompletion"), width: 10.5, cell: (l) => ({ v: isoToDate(l.lead?.entry.actualCompletion), s: s.date }) },
    { label: label("achievements"), width: 17.5, cell: (l) => text(l.lead?.entry.achievements ?? "") },
    { label: label("challenges"), width: 17.5, cell: (l) => text(l.lead?.entry.challenges ?? "") },
    { label: label("nextSteps"), width: 17.5, cell: (l) => text(l.lead?.entry.nextSteps ?? "") },
    { label: t(L.supportingEntries), width: 14, cell: (l) => text(supportingText(ctx, l.supporting)) },
    { label: t(L.disagreements), width: 16, cell: (l) => text(l.disagreements.map((d) => t(d)).join("\n")) },
  ];
  if (ctx.model.hasPrevious) {
    cols.push(
      { label: t(L.previousStatus), width: 11, cell: (l) => (l.previous ? { v: t(REPORT_STATUS_LABELS[l.previous.status]), s: s.status[l.previous.status] } : { v: null, s: s.text }) },
      { label: t(L.progressChange), width: 8, cell: (l) => ({ v: progressDelta(l) ?? null, s: s.delta }) },
    );
  }
  cols.push({ label: t(L.hasErrors), width: 6.5, cell: (l) => (l.lead?.hasErrors ? { v: t(L.yes), s: s.flag } : { v: null, s: s.center }) });
  return cols;
}

/** Every catalogue measure, one row each, with the lead committee's entry and the others beside it. */
export function writeMeasuresSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t } = ctx;
  const cols = columns(ctx);
  const ws = addSheet(book, ctx, "measures", { rows: MEASURES_HEADER_ROW, columns: 1 });
  const g = new Grid(ws, ctx.lang, cols.map((c) => c.width));
  g.banner(`${t(L.measuresTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(fill(t(L.measuresNote), { disagreements: q(t(L.disagreements), ctx.lang) }), s.note);
  const header = g.put(
    cols.map((c) => ({ v: c.label, s: s.header })),
    { filterButtons: true },
  );
  for (const line of model.measures) g.put(cols.map((c) => c.cell(line)));
  const last = Math.max(header, g.row - 1);
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: cols.length } };
  const progress = columnLetters(cols.findIndex((c) => c.key === "progress"));
  if (last > header) addProgressBars(ws, `${progress}${header + 1}:${progress}${last}`, 1);
  printSetup(g, ctx, "measures", { titleRows: `${header}:${header}` });
  return ws;
}
