import type { Worksheet } from "exceljs";
import { rowCounts } from "../../../domain/consolidation/rowCounts";
import type { ReportBook } from "./book";
import { COMMITTEES, COUNCIL_NAME } from "../../../domain/catalogue/committees";
import { shortHash } from "../../../domain/catalogue/catalogueBuild";
import type { SubmissionSummary } from "../../../domain/consolidation/types";
import { buddhistEraYear, cambodiaTime, formatDate, formatDateTime, khmerSolarDate } from "../../../domain/periods/khmerDate";
import { R } from "../../../domain/report/resubmissionLabels";
import { formatQuarter, previousQuarter, quarterRange, type IsoDate } from "../../../domain/periods/periods";
import { addSheet, type ReportContext } from "./context";
import { printSetup } from "./printSetup";
import { Grid, type CellValue } from "./grid";
import { L, fill } from "../../../domain/report/reportLabels";
import { stampCell } from "./stamps";

const WIDTHS = [34, 34, 18, 13, 8, 50];
const VALUE_SPAN = WIDTHS.length - 1;

function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Title, quarter, generation date, catalogue, submissions received per committee, data quality. */
export function writeCoverSheet(book: ReportBook, ctx: ReportContext): Worksheet {
  const { model, s, t, n, lang } = ctx;
  const ws = addSheet(book, ctx, "cover");
  const g = new Grid(ws, lang, WIDTHS);
  const kv = (label: string, value: CellValue, style = s.value) => g.put([{ v: label, s: s.label }, { v: value, s: style, span: VALUE_SPAN }]);

  g.banner(t(L.title), s.title);
  g.banner(t(COUNCIL_NAME), s.subtitle);
  g.skip();

  const { start, end } = quarterRange(model.quarter);
  kv(t(L.quarter), `${ctx.quarterText} (${formatDate(isoParts(start), lang)} – ${formatDate(isoParts(end), lang)})`);
  const now = cambodiaTime(ctx.generatedAt);
  kv(t(L.generated), `${formatDateTime(now, lang)} (${t(L.phnomPenhTime)})`);
  if (lang === "km") {
    kv(t(L.solarDate), khmerSolarDate(now));
    const be = buddhistEraYear(now);
    if (be !== undefined) kv(t(L.buddhistEra), ctx.n(be));
  }
  const catalogue = model.catalogue;
  kv(t(L.catalogue), `${t(L.version)} ${catalogue.version} · ${t(L.hash)} ${shortHash(catalogue.hash)}`);
  if (catalogue.source) kv(t(L.source), catalogue.source);
  if (catalogue.measures.some((m) => m.provenance === "working-title")) g.put([undefined, { v: t(L.workingTitles), s: s.caution, span: VALUE_SPAN }]);
  kv(t(L.previousQuarter), model.hasPrevious ? formatQuarter(previousQuarter(model.quarter), lang) : t(L.noPreviousQuarter));

  g.skip();
  g.banner(t(L.submissions), s.section);
  g.put([t(L.committee), t(L.file), t(L.submittedAt), t(L.outcome), t(L.rows), t(L.reason)].map((v) => ({ v, s: s.header })));
  const submissionRow = (committeeLabel: string, sub: SubmissionSummary) =>
    g.put([
      { v: committeeLabel, s: s.wrap },
      { v: sub.file, s: s.wrap },
      { v: stampCell(sub.submittedAt), s: s.dateTime },
      sub.status === "accepted" ? { v: t(L.accepted), s: s.accepted } : sub.supersededBy ? { v: t(R.superseded), s: s.warning } : { v: t(L.rejected), s: s.rejected },
      { v: sub.rows, s: s.count },
      { v: sub.reason ? t(sub.reason) : null, s: s.wrap },
    ]);
  for (const c of COMMITTEES) {
    const label = `${c.code} — ${t(c.name)}`;
    const subs = model.submissions.filter((x) => x.committee === c.code);
    const ordered = [...subs.filter((x) => x.status === "accepted"), ...subs.filter((x) => x.supersededBy), ...subs.filter((x) => x.status === "rejected" && !x.supersededBy)];
    if (ordered.length === 0) {
      g.put([{ v: label, s: s.wrap }, { v: t(L.noSubmission), s: s.rejected, span: VALUE_SPAN }]);
    }
    for (const sub of ordered) submissionRow(label, sub);
  }
  for (const sub of model.submissions.filter((x) => x.committee === undefined)) submissionRow(t(L.unknownCommittee), sub);

  g.skip();
  g.banner(t(L.dataQuality), s.section);
  const notReported = model.measures.filter((l) => l.status === "not-reported").length;
  const { byOutcome } = rowCounts(model);
  const outcome = (o: keyof typeof byOutcome) => n(byOutcome[o]);
  const errors = model.issues.filter((p) => p.severity === "error").length;
  kv(t(L.measuresLine), fill(t(L.measuresFigures), { total: n(model.measures.length), reported: n(model.measures.length - notReported), notReported: n(notReported) }));
  kv(
    t(L.rowsLine),
    fill(t(L.rowsFigures), { total: n(model.rows.length), used: outcome("used"), supporting: outcome("supporting"), excluded: outcome("excluded"), superseded: outcome("superseded") }),
  );
  kv(
    t(L.issuesLine),
    fill(t(L.issuesFigures), { errors: n(errors), warnings: n(model.issues.length - errors), flagged: n(model.measures.filter((l) => l.lead?.hasErrors).length) }),
  );

  printSetup(g, ctx, "cover", { onePageThrough: g.row - 1 });
  // The cover is one page, whatever the number of submissions.
  ws.pageSetup.fitToHeight = 1;
  return ws;
}
