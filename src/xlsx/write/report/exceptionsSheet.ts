import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { notReportedReason, type NotReportedReason } from "../../../domain/consolidation/completeness";
import { REPORT_STATUS_LABELS } from "../../../domain/consolidation/reportStatus";
import type { MeasureLine } from "../../../domain/consolidation/types";
import type { LocalText } from "../../../domain/text/lang";
import { ROLE_LABELS, columnDef, type ColumnKey } from "../../../domain/statusSheet/columns";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid, type Put } from "./grid";
import { L, fill } from "../../../domain/report/reportLabels";
import { isoToDate, supportingText } from "./measuresSheet";

const REASONS: Readonly<Record<NotReportedReason["kind"], LocalText>> = {
  "no-submission": L.reasonNoSubmission,
  "no-row": L.reasonNoRow,
  "no-status": L.reasonNoStatus,
};

/** Delayed and at-risk measures (delayed first) with reasons and next steps, then the measures not reported. */
export function writeExceptionsSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t, n } = ctx;
  const label = (key: ColumnKey) => t(columnDef(key).label);
  const heads = [
    [label("id"), 8],
    [label("goal"), 6.5],
    [label("title"), 36],
    [t(ROLE_LABELS.lead), 7.5],
    [label("status"), 12],
    [label("progress"), 10],
    [label("plannedCompletion"), 11.5],
    [label("challenges"), 34],
    [label("nextSteps"), 34],
    [t(L.supportingEntries), 20],
  ] as const;
  const ws = addSheet(book, ctx, "exceptions", { rows: 3 });
  const g = new Grid(ws, ctx.lang, heads.map(([, w]) => w));
  g.banner(`${t(L.exceptionsTitle)} — ${ctx.quarterText}`, s.title);
  g.banner(t(L.exceptionsNote), s.note);
  const header = g.put(heads.map(([v]) => ({ v, s: s.header })));

  const start = (line: MeasureLine): Put[] => [
    { v: line.measure.id, s: s.text },
    { v: line.measure.goal, s: s.center },
    { v: t(line.measure.title), s: s.wrap },
    { v: line.measure.lead, s: s.center },
    { v: t(REPORT_STATUS_LABELS[line.status]), s: s.status[line.status] },
  ];
  const supporting = (line: MeasureLine): Put => ({ v: supportingText(ctx, line.supporting) || null, s: s.wrap });

  const late = [...model.measures.filter((l) => l.status === "delayed"), ...model.measures.filter((l) => l.status === "at-risk")];
  g.banner(`${t(L.atRiskDelayed)} (${n(late.length)})`, s.blockHeading);
  if (late.length === 0) g.banner(t(L.none), s.muted);
  for (const line of late) {
    const e = line.lead?.entry;
    g.put([
      ...start(line),
      { v: e?.progress ?? null, s: s.progress },
      { v: isoToDate(e?.plannedCompletion), s: s.date },
      { v: e?.challenges || null, s: s.wrap },
      { v: e?.nextSteps || null, s: s.wrap },
      supporting(line),
    ]);
  }

  const silent = model.measures.filter((l) => l.status === "not-reported");
  g.banner(`${t(L.notReportedByLead)} (${n(silent.length)})`, s.blockHeading);
  if (silent.length === 0) g.banner(t(L.none), s.muted);
  for (const line of silent) {
    const reason = notReportedReason(model, line);
    g.put([...start(line), { v: reason ? fill(t(REASONS[reason.kind]), { c: reason.committee }) : null, s: s.muted, span: 4 }, supporting(line)]);
  }
  printSetup(g, ctx, "exceptions", { titleRows: `${header}:${header}` });
  return ws;
}
