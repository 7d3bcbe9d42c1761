import type { Worksheet } from "exceljs";
import type { ReportBook } from "./book";
import { changesSinceLastQuarter, type MeasureChange } from "../../../domain/consolidation/changes";
import { REPORT_STATUS_LABELS } from "../../../domain/consolidation/reportStatus";
import type { LocalText } from "../../../domain/text/lang";
import { ROLE_LABELS, columnDef } from "../../../domain/statusSheet/columns";
import { formatQuarter, previousQuarter } from "../../../domain/periods/periods";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid } from "./grid";
import { writeResubmissionsBlock } from "./resubmissionsBlock";
import { L, fill } from "../../../domain/report/reportLabels";

/** Status moves (from → to), newly completed measures and progress changes since last quarter. */
export function writeChangesSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t, n } = ctx;
  const heads = [
    [t(columnDef("id").label), 8],
    [t(columnDef("goal").label), 6.5],
    [t(columnDef("title").label), 56],
    [t(ROLE_LABELS.lead), 7.5],
    [t(L.previousStatus), 14],
    [t(columnDef("status").label), 14],
    [t(L.previousProgress), 12],
    [t(columnDef("progress").label), 11],
    [t(L.progressChange), 12],
  ] as const;
  const changes = changesSinceLastQuarter(model);
  const ws = addSheet(book, ctx, "changes", changes ? { rows: 3 } : undefined);
  const g = new Grid(ws, ctx.lang, heads.map(([, w]) => w));
  g.banner(`${t(L.changesTitle)} — ${ctx.quarterText}`, s.title);
  if (!changes) {
    g.banner(t(L.noPrevious), s.value);
    writeResubmissionsBlock(g, ctx);
    printSetup(g, ctx, "changes", { titleRows: "1:1" });
    return ws;
  }
  const down = changes.progressMoves.filter((c) => c.delta! < 0).length;
  g.banner(
    fill(t(L.changesNote), {
      q: formatQuarter(previousQuarter(model.quarter), ctx.lang),
      moves: n(changes.statusMoves.length),
      completed: n(changes.newlyCompleted.length),
      down: n(down),
      up: n(changes.progressMoves.length - down),
    }),
    s.note,
  );
  const header = g.put(heads.map(([v]) => ({ v, s: s.header })));
  const block = (title: LocalText, list: readonly MeasureChange[]) => {
    g.banner(`${t(title)} (${n(list.length)})`, s.blockHeading);
    if (list.length === 0) g.banner(t(L.none), s.muted);
    for (const c of list) {
      g.put([
        { v: c.line.measure.id, s: s.text },
        { v: c.line.measure.goal, s: s.center },
        { v: t(c.line.measure.title), s: s.wrap },
        { v: c.line.measure.lead, s: s.center },
        { v: t(REPORT_STATUS_LABELS[c.from]), s: s.status[c.from] },
        { v: t(REPORT_STATUS_LABELS[c.to]), s: s.status[c.to] },
        { v: c.previousProgress ?? null, s: s.progress },
        { v: c.progress ?? null, s: s.progress },
        { v: c.delta ?? null, s: s.delta },
      ]);
    }
  };
  block(L.statusMoves, changes.statusMoves);
  block(L.newlyCompleted, changes.newlyCompleted);
  block(L.progressMoves, changes.progressMoves);
  writeResubmissionsBlock(g, ctx);
  printSetup(g, ctx, "changes", { titleRows: `${header}:${header}` });
  return ws;
}
