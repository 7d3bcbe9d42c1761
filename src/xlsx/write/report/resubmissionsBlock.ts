import { COMMITTEES } from "../../../domain/catalogue/committees";
import type { MeasureReport, Resubmission } from "../../../domain/consolidation/resubmissions";
import { REPORT_STATUS_LABELS } from "../../../domain/consolidation/reportStatus";
import { L, fill } from "../../../domain/report/reportLabels";
import { R } from "../../../domain/report/resubmissionLabels";
import { ROLE_LABELS, columnDef } from "../../../domain/statusSheet/columns";
import type { ReportContext } from "./context";
import type { Grid, Put } from "./grid";
import { stampText } from "./stamps";

/**
 * On the Changes sheet, per committee that sent its submission more than once: the measures whose
 * status or progress differs between the submission used and the latest one it replaced. Laid on
 * the sheet's nine columns (ID, goal, title, lead, two statuses, two progress figures, the change).
 */
export function writeResubmissionsBlock(g: Grid, ctx: ReportContext): void {
  const { model, s, t } = ctx;
  g.skip();
  g.banner(t(R.resubmissionsTitle), s.section);
  g.banner(t(R.resubmissionsNote), s.note);
  if (model.resubmissions.length === 0) {
    g.banner(t(R.noneSuperseded), s.muted);
    return;
  }
  for (const r of model.resubmissions) writeResubmission(g, ctx, r);
}

function writeResubmission(g: Grid, ctx: ReportContext, r: Resubmission): void {
  const { s, t, n } = ctx;
  const named = (f: { file: string; submittedAt?: string }) => fill(t(R.fileAndStamp), { file: f.file, at: stampText(f.submittedAt, ctx.lang) ?? t(R.noStamp) });
  const committee = COMMITTEES.find((x) => x.code === r.committee)!;
  g.banner(
    fill(t(R.resubmissionHeading), { c: `${r.committee} — ${t(committee.name)}`, used: named(r.used), replaced: named(r.replaced), n: n(r.moves.length) }),
    s.blockHeading,
  );
  if (r.supersededFiles > 1) g.banner(fill(t(R.alsoSuperseded), { n: n(r.supersededFiles - 1) }), s.note);
  if (r.moves.length === 0) {
    g.banner(t(R.noMoves), s.muted);
    return;
  }
  g.put(
    [t(columnDef("id").label), t(columnDef("goal").label), t(columnDef("title").label), t(ROLE_LABELS.lead), t(R.replacedStatus), t(R.usedStatus), t(R.replacedProgress), t(R.usedProgress), t(L.progressChange)].map(
      (v) => ({ v, s: s.header }),
    ),
  );
  for (const m of r.moves) {
    const before = m.replaced?.progress;
    const after = m.used?.progress;
    g.put([
      { v: m.measure.id, s: s.text },
      { v: m.measure.goal, s: s.center },
      { v: t(m.measure.title), s: s.wrap },
      { v: m.measure.lead, s: s.center },
      statusCell(ctx, m.replaced),
      statusCell(ctx, m.used),
      { v: before ?? null, s: s.progress },
      { v: after ?? null, s: s.progress },
      { v: before !== undefined && after !== undefined ? Math.round((after - before) * 100) / 100 : null, s: s.delta },
    ]);
  }
}

/** A status as reported in one of the two files; "(no row)" when the file had none for the measure. */
function statusCell(ctx: ReportContext, report: MeasureReport | undefined): Put {
  const { s, t } = ctx;
  if (!report) return { v: t(R.noRow), s: s.muted };
  if (!report.status) return { v: t(L.noStatus), s: s.status["not-reported"] };
  return { v: t(REPORT_STATUS_LABELS[report.status]), s: s.status[report.status] };
}
