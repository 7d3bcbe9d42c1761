import { R } from "../../../domain/report/resubmissionLabels";
import { L, fill } from "../../../domain/report/reportLabels";
import { COMMITTEE_CODES } from "../../../domain/catalogue/committees";
import type { SubmissionSummary } from "../../../domain/consolidation/types";
import { stampInstant } from "../../../domain/periods/stamp";
import type { ReportContext } from "./context";
import type { Grid } from "./grid";
import { stampCell, stampText } from "./stamps";

/**
 * One line per submission that a later one of its committee replaced: committee, file, stamp, rows,
 * and the file used instead with its stamp. Laid on the Completeness sheet's ten columns
 * (committee 1, file 2-4, stamp 5-6, rows 7, replaced by 8-10).
 */
export function writeSupersededBlock(g: Grid, ctx: ReportContext): void {
  const { model, s, t } = ctx;
  g.banner(t(R.supersededTitle), s.section);
  g.banner(t(R.supersededNote), s.note);
  g.put([
    { v: t(L.committee), s: s.header },
    { v: t(L.file), s: s.header, span: 3 },
    { v: t(L.submittedAt), s: s.header, span: 2 },
    { v: t(L.rows), s: s.header },
    { v: t(R.replacedBy), s: s.header, span: 3 },
  ]);
  const stampOf = new Map(model.submissions.map((x) => [x.file, x.submittedAt] as const));
  // Per committee, the most recent first: the order in which they were replaced, undone.
  const recentFirst = (a: SubmissionSummary, b: SubmissionSummary) => (stampInstant(b.submittedAt) ?? -Infinity) - (stampInstant(a.submittedAt) ?? -Infinity) || 0;
  const superseded = COMMITTEE_CODES.flatMap((c) => model.submissions.filter((x) => x.committee === c && x.supersededBy !== undefined).sort(recentFirst));
  if (superseded.length === 0) g.banner(t(R.noneSuperseded), s.muted);
  for (const sub of superseded) {
    const used = sub.supersededBy!;
    g.put([
      { v: sub.committee!, s: s.text },
      { v: sub.file, s: s.wrap, span: 3 },
      { v: stampCell(sub.submittedAt), s: s.dateTime, span: 2 },
      { v: sub.rows, s: s.count },
      { v: fill(t(R.fileAndStamp), { file: used, at: stampText(stampOf.get(used), ctx.lang) ?? t(R.noStamp) }), s: s.wrap, span: 3 },
    ]);
  }
}
