/**
 * The report's CONTENT — the same sheets, cells and merges the product's src/xlsx/write/report/* sheet
 * writers produce, as plain values (no styles, no row heights, no print setup). Mirrors those files
 * one to one; run.ts compares the two reports cell by cell, so drift shows up as a warning.
 */
import { shortHash } from "../../src/domain/catalogue/catalogueBuild";
import { COMMITTEES, COUNCIL_NAME } from "../../src/domain/catalogue/committees";
import { changesSinceLastQuarter, progressDelta, type MeasureChange } from "../../src/domain/consolidation/changes";
import { completeness, completenessRate, notReportedReason, type NotReportedReason } from "../../src/domain/consolidation/completeness";
import { REPORT_STATUS_LABELS, NOT_REPORTED_LABEL } from "../../src/domain/consolidation/reportStatus";
import { REPORT_STATUSES, averageProgress, byGoal, byLeadCommittee, byStrategy, completionRate, tally } from "../../src/domain/consolidation/tallies";
import type { CommitteeEntry, MeasureLine, ReportModel, SubmissionSummary } from "../../src/domain/consolidation/types";
import { DESPF_GOALS, DESPF_GOAL_NUMBERS, DGP_GOALS, DGP_STRATEGIES, DGP_STRATEGY_NUMBERS, type DgpGoal } from "../../src/domain/catalogue/goals";
import { pick, type Lang, type LocalText } from "../../src/domain/text/lang";
import { buddhistEraYear, cambodiaTime, formatDate, formatDateTime, khmerSolarDate } from "../../src/domain/periods/khmerDate";
import { ROLE_LABELS, columnDef, type ColumnKey } from "../../src/domain/statusSheet/columns";
import { formatQuarter, previousQuarter, quarterRange, type IsoDate } from "../../src/domain/periods/periods";
import { statusLabel } from "../../src/domain/entries/status";
import { asciiToKhmerDigits } from "../../src/domain/text/normalise";
import { L, REPORT_SHEETS, fill } from "../../src/domain/report/reportLabels";
import { R } from "../../src/domain/report/resubmissionLabels";
import type { MeasureReport } from "../../src/domain/consolidation/resubmissions";
import { stampInstant } from "../../src/domain/periods/stamp";

export type Value = string | number | Date | null;

export interface SheetContent {
  readonly name: string;
  /** rows[r][c], 0-based; undefined or null = empty cell. */
  readonly rows: (Value | undefined)[][];
  /** "A1:C1" ranges. */
  readonly merges: string[];
}

interface P {
  readonly v: Value;
  readonly span?: number;
}

const MAX_CELL_TEXT = 32_767;
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function clean(v: Value): Value {
  if (typeof v === "string") {
    const c = v.replace(NOT_XML, "\ufffd");
    return c.length > MAX_CELL_TEXT ? `${c.slice(0, MAX_CELL_TEXT - 1)}…` : c;
  }
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

const LETTERS: string[] = [];
export function colLetters(i: number): string {
  const cached = LETTERS[i];
  if (cached !== undefined) return cached;
  let n = i + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  LETTERS[i] = s;
  return s;
}

/** The product's Grid without the styling: rows top to bottom, merged spans. */
class Sheet implements SheetContent {
  readonly rows: (Value | undefined)[][] = [];
  readonly merges: string[] = [];
  private next = 0;
  constructor(
    readonly name: string,
    readonly width: number,
  ) {}
  get row(): number {
    return this.next + 1;
  }
  put(cells: readonly (P | undefined)[]): number {
    const r = this.next++;
    const out: (Value | undefined)[] = [];
    let col = 0;
    for (const c of cells) {
      if (!c) {
        col++;
        continue;
      }
      const span = c.span ?? 1;
      out[col] = clean(c.v);
      if (span > 1) this.merges.push(`${colLetters(col)}${r + 1}:${colLetters(col + span - 1)}${r + 1}`);
      col += span;
    }
    this.rows[r] = out;
    return r + 1;
  }
  banner(text: string): number {
    return this.put([{ v: text, span: this.width }]);
  }
  skip(n = 1): void {
    this.next += n;
  }
}

interface Ctx {
  readonly model: ReportModel;
  readonly lang: Lang;
  readonly generatedAt: Date;
  readonly quarterText: string;
  t(text: LocalText): string;
  n(value: number): string;
}

const q = (text: string, lang: Lang) => (lang === "km" ? `«${text}»` : `“${text}”`);

function sheet(ctx: Ctx, key: keyof typeof REPORT_SHEETS, width: number): Sheet {
  return new Sheet(ctx.t(REPORT_SHEETS[key]), width);
}

function isoToDate(date: IsoDate | undefined): Date | null {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function supportingText(ctx: Ctx, entries: readonly CommitteeEntry[]): string {
  return entries
    .map((e) => {
      const status = e.entry.status ? statusLabel(e.entry.status, ctx.lang) : ctx.t(L.noStatus);
      const progress = e.entry.progress !== undefined ? `, ${e.entry.progress}%` : "";
      return `${e.committee}: ${status}${progress}${e.hasErrors ? ` (${ctx.t(L.withErrors)})` : ""}`;
    })
    .join("\n");
}

// --- Cover -----------------------------------------------------------------------------------

function stamp(raw: string | undefined): Value {
  if (!raw) return null;
  const t = stampInstant(raw);
  if (t === undefined) return raw;
  const c = cambodiaTime(new Date(t));
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute));
}

function cover(ctx: Ctx): Sheet {
  const { model, t, n, lang } = ctx;
  const g = sheet(ctx, "cover", 6);
  const span = 5;
  const kv = (label: string, value: Value) => g.put([{ v: label }, { v: value, span }]);
  g.banner(t(L.title));
  g.banner(t(COUNCIL_NAME));
  g.skip();
  const { start, end } = quarterRange(model.quarter);
  const parts = (d: IsoDate) => {
    const [year, month, day] = d.split("-").map(Number) as [number, number, number];
    return { year, month, day };
  };
  kv(t(L.quarter), `${ctx.quarterText} (${formatDate(parts(start), lang)} – ${formatDate(parts(end), lang)})`);
  const now = cambodiaTime(ctx.generatedAt);
  kv(t(L.generated), `${formatDateTime(now, lang)} (${t(L.phnomPenhTime)})`);
  if (lang === "km") {
    kv(t(L.solarDate), khmerSolarDate(now));
    const be = buddhistEraYear(now);
    if (be !== undefined) kv(t(L.buddhistEra), n(be));
  }
  const catalogue = model.catalogue;
  kv(t(L.catalogue), `${t(L.version)} ${catalogue.version} · ${t(L.hash)} ${shortHash(catalogue.hash)}`);
  if (catalogue.source) kv(t(L.source), catalogue.source);
  if (catalogue.measures.some((m) => m.provenance === "working-title")) g.put([undefined, { v: t(L.workingTitles), span }]);
  kv(t(L.previousQuarter), model.hasPrevious ? formatQuarter(previousQuarter(model.quarter), lang) : t(L.noPreviousQuarter));
  g.skip();
  g.banner(t(L.submissions));
  g.put([t(L.committee), t(L.file), t(L.submittedAt), t(L.outcome), t(L.rows), t(L.reason)].map((v) => ({ v })));
  const row = (label: string, sub: SubmissionSummary) =>
    g.put([{ v: label }, { v: sub.file }, { v: stamp(sub.submittedAt) }, { v: t(sub.status === "accepted" ? L.accepted : sub.supersededBy ? R.superseded : L.rejected) }, { v: sub.rows }, { v: sub.reason ? t(sub.reason) : null }]);
  for (const c of COMMITTEES) {
    const label = `${c.code} — ${t(c.name)}`;
    const subs = model.submissions.filter((x) => x.committee === c.code);
    const ordered = [...subs.filter((x) => x.status === "accepted"), ...subs.filter((x) => x.supersededBy), ...subs.filter((x) => x.status === "rejected" && !x.supersededBy)];
    if (ordered.length === 0) g.put([{ v: label }, { v: t(L.noSubmission), span }]);
    for (const sub of ordered) row(label, sub);
  }
  for (const sub of model.submissions.filter((x) => x.committee === undefined)) row(t(L.unknownCommittee), sub);
  g.skip();
  g.banner(t(L.dataQuality));
  const notReported = model.measures.filter((l) => l.status === "not-reported").length;
  const outcome = (o: string) => n(model.rows.filter((r) => r.outcome === o).length);
  const errors = model.issues.filter((p) => p.severity === "error").length;
  kv(t(L.measuresLine), fill(t(L.measuresFigures), { total: n(model.measures.length), reported: n(model.measures.length - notReported), notReported: n(notReported) }));
  kv(t(L.rowsLine), fill(t(L.rowsFigures), { total: n(model.rows.length), used: outcome("used"), supporting: outcome("supporting"), excluded: outcome("excluded"), superseded: outcome("superseded") }));
  kv(t(L.issuesLine), fill(t(L.issuesFigures), { errors: n(errors), warnings: n(model.issues.length - errors), flagged: n(model.measures.filter((l) => l.lead?.hasErrors).length) }));
  return g;
}

// --- Summary and DGP ---------------------------------------------------------------------------

const STATUS_TABLE_WIDTH = 2 + REPORT_STATUSES.length + 2;

function statusHeader(g: Sheet, ctx: Ctx, first: string): number {
  const { t } = ctx;
  return g.put([{ v: first }, { v: t(L.measures) }, ...REPORT_STATUSES.map((s) => ({ v: t(REPORT_STATUS_LABELS[s]) })), { v: t(L.completion) }, { v: t(L.averageProgress) }]);
}

function statusRow(g: Sheet, label: string, lines: readonly MeasureLine[]): number {
  const counts = tally(lines);
  const average = averageProgress(lines);
  return g.put([{ v: label }, { v: lines.length }, ...REPORT_STATUSES.map((s) => ({ v: counts[s] })), { v: lines.length === 0 ? null : completionRate(counts) }, { v: average ?? null }]);
}

function summary(ctx: Ctx): Sheet {
  const { model, t, n } = ctx;
  const g = sheet(ctx, "summary", STATUS_TABLE_WIDTH);
  g.banner(`${t(L.summaryTitle)} — ${ctx.quarterText}`);
  g.banner(fill(t(L.summaryNote), { notReported: q(t(NOT_REPORTED_LABEL), ctx.lang) }));
  g.skip();
  g.banner(t(L.byGoal));
  statusHeader(g, ctx, t(L.despfGoal));
  const goals = byGoal(model.measures);
  for (const goal of DESPF_GOAL_NUMBERS) statusRow(g, `${n(goal)}. ${t(DESPF_GOALS[goal])}`, goals.get(goal) ?? []);
  statusRow(g, t(L.total), model.measures);
  g.skip();
  g.banner(t(L.byCommittee));
  statusHeader(g, ctx, t(columnDef("lead").label));
  const committees = byLeadCommittee(model.measures);
  for (const c of COMMITTEES) statusRow(g, `${c.code} — ${t(c.name)}`, committees.get(c.code) ?? []);
  statusRow(g, t(L.total), model.measures);
  return g;
}

function dgp(ctx: Ctx): Sheet {
  const { model, t, n } = ctx;
  const g = sheet(ctx, "dgp", STATUS_TABLE_WIDTH);
  const strategies = byStrategy(model.measures);
  const linked = model.measures.filter((l) => l.measure.dgpStrategy !== undefined);
  g.banner(`${t(L.dgpTitle)} — ${ctx.quarterText}`);
  g.banner(fill(t(L.dgpNote), { n: n(linked.length), total: n(model.measures.length) }));
  g.skip();
  statusHeader(g, ctx, t(L.dgpHeading));
  for (const goal of [1, 2, 3, 4] as DgpGoal[]) {
    const numbers = DGP_STRATEGY_NUMBERS.filter((k) => DGP_STRATEGIES[k].goal === goal);
    statusRow(g, `${t(L.strategicGoal)} ${n(goal)}${t(L.colon)} ${t(DGP_GOALS[goal])}`, numbers.flatMap((k) => strategies.get(k) ?? []));
    for (const k of numbers) statusRow(g, `${t(L.strategy)} ${n(k)}. ${t(DGP_STRATEGIES[k].title)}`, strategies.get(k) ?? []);
  }
  statusRow(g, t(L.total), linked);
  return g;
}

// --- Measures ----------------------------------------------------------------------------------

function measures(ctx: Ctx): Sheet {
  const { model, t } = ctx;
  const label = (key: ColumnKey) => t(columnDef(key).label);
  const text = (v: string): P => ({ v: v || null });
  const cols: { label: string; cell: (l: MeasureLine) => P }[] = [
    { label: label("id"), cell: (l) => ({ v: l.measure.id }) },
    { label: label("goal"), cell: (l) => ({ v: l.measure.goal }) },
    { label: t(L.cluster), cell: (l) => text(t(l.measure.cluster)) },
    { label: label("title"), cell: (l) => text(t(l.measure.title)) },
    { label: t(ROLE_LABELS.lead), cell: (l) => ({ v: l.measure.lead }) },
    { label: label("status"), cell: (l) => ({ v: t(REPORT_STATUS_LABELS[l.status]) }) },
    { label: label("progress"), cell: (l) => ({ v: l.lead?.entry.progress ?? null }) },
    { label: label("plannedCompletion"), cell: (l) => ({ v: isoToDate(l.lead?.entry.plannedCompletion) }) },
    { label: label("actualCompletion"), cell: (l) => ({ v: isoToDate(l.lead?.entry.actualCompletion) }) },
    { label: label("achievements"), cell: (l) => text(l.lead?.entry.achievements ?? "") },
    { label: label("challenges"), cell: (l) => text(l.lead?.entry.challenges ?? "") },
    { label: label("nextSteps"), cell: (l) => text(l.lead?.entry.nextSteps ?? "") },
    { label: t(L.supportingEntries), cell: (l) => text(supportingText(ctx, l.supporting)) },
    { label: t(L.disagreements), cell: (l) => text(l.disagreements.map((d) => t(d)).join("\n")) },
  ];
  if (model.hasPrevious) {
    cols.push(
      { label: t(L.previousStatus), cell: (l) => ({ v: l.previous ? t(REPORT_STATUS_LABELS[l.previous.status]) : null }) },
      { label: t(L.progressChange), cell: (l) => ({ v: progressDelta(l) ?? null }) },
    );
  }
  cols.push({ label: t(L.hasErrors), cell: (l) => ({ v: l.lead?.hasErrors ? t(L.yes) : null }) });
  const g = sheet(ctx, "measures", cols.length);
  g.banner(`${t(L.measuresTitle)} — ${ctx.quarterText}`);
  g.banner(fill(t(L.measuresNote), { disagreements: q(t(L.disagreements), ctx.lang) }));
  g.put(cols.map((c) => ({ v: c.label })));
  for (const line of model.measures) g.put(cols.map((c) => c.cell(line)));
  return g;
}

// --- Exceptions --------------------------------------------------------------------------------

const REASONS: Readonly<Record<NotReportedReason["kind"], LocalText>> = {
  "no-submission": L.reasonNoSubmission,
  "no-row": L.reasonNoRow,
  "no-status": L.reasonNoStatus,
};

function exceptions(ctx: Ctx): Sheet {
  const { model, t, n } = ctx;
  const label = (key: ColumnKey) => t(columnDef(key).label);
  const heads = [label("id"), label("goal"), label("title"), t(ROLE_LABELS.lead), label("status"), label("progress"), label("plannedCompletion"), label("challenges"), label("nextSteps"), t(L.supportingEntries)];
  const g = sheet(ctx, "exceptions", heads.length);
  g.banner(`${t(L.exceptionsTitle)} — ${ctx.quarterText}`);
  g.banner(t(L.exceptionsNote));
  g.put(heads.map((v) => ({ v })));
  const start = (line: MeasureLine): P[] => [{ v: line.measure.id }, { v: line.measure.goal }, { v: t(line.measure.title) }, { v: line.measure.lead }, { v: t(REPORT_STATUS_LABELS[line.status]) }];
  const supporting = (line: MeasureLine): P => ({ v: supportingText(ctx, line.supporting) || null });
  const late = [...model.measures.filter((l) => l.status === "delayed"), ...model.measures.filter((l) => l.status === "at-risk")];
  g.banner(`${t(L.atRiskDelayed)} (${n(late.length)})`);
  if (late.length === 0) g.banner(t(L.none));
  for (const line of late) {
    const e = line.lead?.entry;
    g.put([...start(line), { v: e?.progress ?? null }, { v: isoToDate(e?.plannedCompletion) }, { v: e?.challenges || null }, { v: e?.nextSteps || null }, supporting(line)]);
  }
  const silent = model.measures.filter((l) => l.status === "not-reported");
  g.banner(`${t(L.notReportedByLead)} (${n(silent.length)})`);
  if (silent.length === 0) g.banner(t(L.none));
  for (const line of silent) {
    const reason = notReportedReason(model, line);
    g.put([...start(line), { v: reason ? fill(t(REASONS[reason.kind]), { c: reason.committee }) : null, span: 4 }, supporting(line)]);
  }
  return g;
}

// --- Changes -----------------------------------------------------------------------------------

function changesSheet(ctx: Ctx): Sheet {
  const { model, t, n } = ctx;
  const heads = [t(columnDef("id").label), t(columnDef("goal").label), t(columnDef("title").label), t(ROLE_LABELS.lead), t(L.previousStatus), t(columnDef("status").label), t(L.previousProgress), t(columnDef("progress").label), t(L.progressChange)];
  const changes = changesSinceLastQuarter(model);
  const g = sheet(ctx, "changes", heads.length);
  g.banner(`${t(L.changesTitle)} — ${ctx.quarterText}`);
  if (!changes) {
    g.banner(t(L.noPrevious));
    resubmissions(g, ctx);
    return g;
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
  );
  g.put(heads.map((v) => ({ v })));
  const block = (title: LocalText, list: readonly MeasureChange[]) => {
    g.banner(`${t(title)} (${n(list.length)})`);
    if (list.length === 0) g.banner(t(L.none));
    for (const c of list) {
      g.put([
        { v: c.line.measure.id },
        { v: c.line.measure.goal },
        { v: t(c.line.measure.title) },
        { v: c.line.measure.lead },
        { v: t(REPORT_STATUS_LABELS[c.from]) },
        { v: t(REPORT_STATUS_LABELS[c.to]) },
        { v: c.previousProgress ?? null },
        { v: c.progress ?? null },
        { v: c.delta ?? null },
      ]);
    }
  };
  block(L.statusMoves, changes.statusMoves);
  block(L.newlyCompleted, changes.newlyCompleted);
  block(L.progressMoves, changes.progressMoves);
  resubmissions(g, ctx);
  return g;
}

function stampText(raw: string | undefined, lang: Lang): string | undefined {
  if (!raw) return undefined;
  const at = stampInstant(raw);
  return at === undefined ? raw : formatDateTime(cambodiaTime(new Date(at)), lang);
}

function resubmissions(g: Sheet, ctx: Ctx): void {
  const { model, t, n } = ctx;
  g.skip();
  g.banner(t(R.resubmissionsTitle));
  g.banner(t(R.resubmissionsNote));
  if (model.resubmissions.length === 0) g.banner(t(R.noneSuperseded));
  const named = (f: { file: string; submittedAt?: string }) => fill(t(R.fileAndStamp), { file: f.file, at: stampText(f.submittedAt, ctx.lang) ?? t(R.noStamp) });
  const statusOf = (r: MeasureReport | undefined) => (!r ? t(R.noRow) : r.status ? t(REPORT_STATUS_LABELS[r.status]) : t(L.noStatus));
  for (const r of model.resubmissions) {
    const committee = COMMITTEES.find((x) => x.code === r.committee)!;
    g.banner(fill(t(R.resubmissionHeading), { c: `${r.committee} — ${t(committee.name)}`, used: named(r.used), replaced: named(r.replaced), n: n(r.moves.length) }));
    if (r.supersededFiles > 1) g.banner(fill(t(R.alsoSuperseded), { n: n(r.supersededFiles - 1) }));
    if (r.moves.length === 0) {
      g.banner(t(R.noMoves));
      continue;
    }
    g.put([t(columnDef("id").label), t(columnDef("goal").label), t(columnDef("title").label), t(ROLE_LABELS.lead), t(R.replacedStatus), t(R.usedStatus), t(R.replacedProgress), t(R.usedProgress), t(L.progressChange)].map((v) => ({ v })));
    for (const m of r.moves) {
      const before = m.replaced?.progress;
      const after = m.used?.progress;
      const delta = before !== undefined && after !== undefined ? Math.round((after - before) * 100) / 100 : null;
      g.put([{ v: m.measure.id }, { v: m.measure.goal }, { v: t(m.measure.title) }, { v: m.measure.lead }, { v: statusOf(m.replaced) }, { v: statusOf(m.used) }, { v: before ?? null }, { v: after ?? null }, { v: delta }]);
    }
  }
}

// --- Completeness ------------------------------------------------------------------------------

function completenessSheet(ctx: Ctx): Sheet {
  const { model, t } = ctx;
  const g = sheet(ctx, "completeness", 11);
  g.banner(`${t(L.completenessTitle)} — ${ctx.quarterText}`);
  g.banner(t(L.completenessNote));
  g.skip();
  const rows = completeness(model);
  g.put([t(L.committee), t(L.expectedLead), t(L.expectedSupport), t(L.expected), t(L.receivedLead), t(L.receivedSupport), t(L.missing), t(L.excludedRows), t(L.completeness), t(L.submissionUsed), t(L.loggedChanges)].map((v) => ({ v })));
  for (const r of rows) {
    const name = COMMITTEES.find((c) => c.code === r.committee)!;
    g.put([
      { v: `${r.committee} — ${t(name.name)}` },
      { v: r.led },
      { v: r.supported },
      { v: r.expected },
      { v: r.receivedLead },
      { v: r.receivedSupporting },
      { v: r.missing.length },
      { v: r.excludedRows },
      { v: r.rate },
      { v: r.files.length ? r.files.join("\n") : t(L.noSubmission) },
      { v: r.loggedChanges ?? null },
    ]);
  }
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  const expected = sum((r) => r.expected);
  const received = sum((r) => r.receivedLead + r.receivedSupporting);
  g.put([
    { v: t(L.total) },
    { v: sum((r) => r.led) },
    { v: sum((r) => r.supported) },
    { v: expected },
    { v: sum((r) => r.receivedLead) },
    { v: sum((r) => r.receivedSupporting) },
    { v: sum((r) => r.missing.length) },
    { v: sum((r) => r.excludedRows) },
    { v: completenessRate(expected, received) },
    { v: null },
    { v: rows.some((r) => r.loggedChanges !== undefined) ? sum((r) => r.loggedChanges ?? 0) : null },
  ]);
  g.skip();
  g.banner(t(R.supersededTitle));
  g.banner(t(R.supersededNote));
  g.put([{ v: t(L.committee) }, { v: t(L.file), span: 3 }, { v: t(L.submittedAt), span: 2 }, { v: t(L.rows) }, { v: t(R.replacedBy), span: 3 }]);
  const stampOf = new Map(model.submissions.map((x) => [x.file, x.submittedAt] as const));
  const recentFirst = (a: SubmissionSummary, b: SubmissionSummary) => (stampInstant(b.submittedAt) ?? -Infinity) - (stampInstant(a.submittedAt) ?? -Infinity) || 0;
  const superseded = COMMITTEES.flatMap((c) => model.submissions.filter((x) => x.committee === c.code && x.supersededBy !== undefined).sort(recentFirst));
  if (superseded.length === 0) g.banner(t(R.noneSuperseded));
  for (const sub of superseded) {
    const at = stampText(stampOf.get(sub.supersededBy!), ctx.lang) ?? t(R.noStamp);
    g.put([{ v: sub.committee! }, { v: sub.file, span: 3 }, { v: stamp(sub.submittedAt), span: 2 }, { v: sub.rows }, { v: fill(t(R.fileAndStamp), { file: sub.supersededBy!, at }), span: 3 }]);
  }
  g.skip();
  g.banner(t(L.missingList));
  g.put([{ v: t(L.committee) }, { v: t(L.role) }, { v: t(columnDef("id").label) }, { v: t(columnDef("goal").label) }, { v: t(columnDef("title").label), span: 6 }]);
  const missing = rows.flatMap((r) => r.missing.map((m) => ({ committee: r.committee, ...m })));
  if (missing.length === 0) g.banner(t(L.allReceived));
  for (const m of missing) g.put([{ v: m.committee }, { v: t(ROLE_LABELS[m.role]) }, { v: m.measure.id }, { v: m.measure.goal }, { v: t(m.measure.title), span: 6 }]);
  return g;
}

// --- Data issues -------------------------------------------------------------------------------

function issues(ctx: Ctx): Sheet {
  const { model, t } = ctx;
  const g = sheet(ctx, "issues", 7);
  g.banner(`${t(L.issuesTitle)} — ${ctx.quarterText}`);
  g.banner(model.issues.length ? t(L.issuesNote) : `${t(L.issuesNote)} ${t(L.noIssues)}`);
  g.put([t(L.number), t(L.file), t(L.sheet), t(L.cell), t(L.rule), t(L.severity), t(L.message)].map((v) => ({ v })));
  model.issues.forEach((p, i) => {
    g.put([
      { v: i + 1 },
      { v: p.where.file ?? null },
      { v: p.where.sheet ?? null },
      { v: p.where.cell ?? null },
      { v: p.code },
      { v: t(p.severity === "error" ? L.error : L.warning) },
      { v: t(p.message) },
    ]);
  });
  return g;
}

/** Every sheet of the report, in the product's order, as values. */
export function reportContent(model: ReportModel, lang: Lang, generatedAt: Date): SheetContent[] {
  const ctx: Ctx = {
    model,
    lang,
    generatedAt,
    quarterText: formatQuarter(model.quarter, lang),
    t: (text) => pick(text, lang),
    n: (value) => (lang === "km" ? asciiToKhmerDigits(String(value)) : String(value)),
  };
  return [cover(ctx), summary(ctx), dgp(ctx), measures(ctx), exceptions(ctx), changesSheet(ctx), completenessSheet(ctx), issues(ctx)];
}
