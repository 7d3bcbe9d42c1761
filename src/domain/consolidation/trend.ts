import { COMMITTEE_CODES } from "../catalogue/committees";
import { DESPF_GOAL_NUMBERS, type DespfGoal } from "../catalogue/goals";
import type { CommitteeCode, MeasureId } from "../ids";
import { formatQuarter, nextQuarter, type IsoDate, type Quarter } from "../periods/periods";
import type { LocalText } from "../text/lang";
import { submissionDueDate, type QuarterSnapshot, type SnapshotMeasure } from "./quarterSnapshot";
import { completionRate, emptyTally } from "./tallies";
import type { ReportStatus } from "./types";

/**
 * How completion moves quarter after quarter, from the quarterly reports: per goal and per lead
 * committee, the measures that slipped, the measures stuck at one progress figure, and who
 * submitted late or not at all. Pure: the snapshots come from the reports (src/xlsx/read) or the
 * report being written.
 */

/**
 * The order of badness of a report status, best first: a measure slipped when its status is
 * further down this list than last quarter. "Not reported" has no place: a missing report says
 * nothing about the measure, and the committee shows under the submissions instead.
 */
export const STATUS_BADNESS: readonly ReportStatus[] = ["completed", "on-track", "not-started", "at-risk", "delayed", "discontinued"];

/** Runs of this many quarters or more at the same progress make a measure "stuck". */
export const STUCK_QUARTERS = 3;

/** Completion % and average progress of a group of measures, one figure per quarter (null: no report that quarter). */
export interface TrendSeries<K> {
  readonly key: K;
  readonly completion: readonly (number | null)[];
  readonly average: readonly (number | null)[];
}

export interface Slip {
  readonly measure: SnapshotMeasure;
  readonly from: Quarter;
  readonly to: Quarter;
  readonly before: ReportStatus;
  readonly after: ReportStatus;
  readonly progressBefore?: number;
  readonly progressAfter?: number;
}

export interface Stuck {
  readonly measure: SnapshotMeasure;
  readonly progress: number;
  /** The first quarter of the run (which lasts to the latest report). */
  readonly since: Quarter;
  readonly quarters: number;
}

export type SubmissionState = "on-time" | "late" | "unstamped" | "rejected" | "missing";

/** How a committee's quarter came in: the state, and the date of the submission used when it was stamped. */
export interface QuarterSubmission {
  readonly state: SubmissionState;
  readonly submittedOn?: IsoDate;
}

export interface TrendNote {
  readonly kind: "gap" | "catalogue";
  readonly text: LocalText;
}

export interface Trend {
  /** Every quarter from the first report's to the last's, gaps included (their figures are null). */
  readonly quarters: readonly Quarter[];
  /** The report each quarter's figures come from (undefined: none). */
  readonly sources: readonly (QuarterSnapshot | undefined)[];
  readonly notes: readonly TrendNote[];
  readonly byGoal: readonly TrendSeries<DespfGoal>[];
  readonly byCommittee: readonly TrendSeries<CommitteeCode>[];
  readonly total: TrendSeries<"total">;
  /** Latest first, then by measure ID. */
  readonly slipped: readonly Slip[];
  readonly stuck: readonly Stuck[];
  /** Per committee, one state per quarter (undefined where there is no report). */
  readonly submissions: readonly { readonly committee: CommitteeCode; readonly states: readonly (QuarterSubmission | undefined)[] }[];
}

export type TrendResult = { readonly ok: true; readonly trend: Trend } | { readonly ok: false; readonly problems: readonly LocalText[] };

const both = (en: string, km: string): LocalText => ({ en, km });

/** The trend over `snapshots` (any order); refused when two reports are of the same quarter, or there are none. */
export function buildTrend(snapshots: readonly QuarterSnapshot[]): TrendResult {
  if (snapshots.length === 0) return { ok: false, problems: [both("no quarterly report to draw a trend from", "គ្មានរបាយការណ៍ប្រចាំត្រីមាសសម្រាប់គូរនិន្នាការទេ")] };
  const byQuarter = new Map<Quarter, QuarterSnapshot[]>();
  for (const s of snapshots) byQuarter.set(s.quarter, [...(byQuarter.get(s.quarter) ?? []), s]);
  const problems = [...byQuarter].filter(([, list]) => list.length > 1).map(([q, list]) => duplicate(q, list));
  if (problems.length > 0) return { ok: false, problems };

  const ordered = [...byQuarter.keys()].sort();
  const quarters: Quarter[] = [];
  for (let q = ordered[0]!; q <= ordered[ordered.length - 1]!; q = nextQuarter(q)) quarters.push(q);
  const sources = quarters.map((q) => byQuarter.get(q)?.[0]);
  const latest = sources[sources.length - 1]!;

  const notes: TrendNote[] = [];
  const missing = quarters.filter((_, i) => !sources[i]);
  if (missing.length > 0) {
    const list = (lang: "en" | "km") => missing.map((q) => formatQuarter(q, lang)).join(", ");
    notes.push({ kind: "gap", text: both(`No report for ${list("en")}: those quarters are left blank, not filled in.`, `គ្មានរបាយការណ៍សម្រាប់${list("km")}៖ ត្រីមាសទាំងនោះទុកទទេ មិនបានបំពេញទេ។`) });
  }
  for (const s of sources) {
    if (!s || (s.catalogue.version === latest.catalogue.version && s.catalogue.hash === latest.catalogue.hash)) continue;
    const [q, ql] = [formatQuarter(s.quarter, "en"), formatQuarter(s.quarter, "km")];
    notes.push({
      kind: "catalogue",
      text: both(
        `${q} (${s.source}) was reported against catalogue ${s.catalogue.version} (${s.catalogue.hash}), not ${latest.catalogue.version} (${latest.catalogue.hash}) as the latest report: its measures may differ, and its figures are its own.`,
        `${ql} (${s.source}) បានរាយការណ៍តាមកាតាឡុក ${s.catalogue.version} (${s.catalogue.hash}) មិនមែន ${latest.catalogue.version} (${latest.catalogue.hash}) ដូចរបាយការណ៍ចុងក្រោយទេ៖ វិធានការអាចខុសគ្នា ហើយតួលេខរបស់វាជារបស់វាផ្ទាល់។`,
      ),
    });
  }

  const series = <K>(key: K, pick: (m: SnapshotMeasure) => boolean): TrendSeries<K> => {
    const groups = sources.map((s) => s?.measures.filter(pick));
    return { key, completion: groups.map((g) => (g ? completion(g) : null)), average: groups.map((g) => (g ? average(g) : null)) };
  };
  return {
    ok: true,
    trend: {
      quarters,
      sources,
      notes,
      byGoal: DESPF_GOAL_NUMBERS.map((goal) => series(goal, (m) => m.goal === goal)),
      byCommittee: COMMITTEE_CODES.map((c) => series(c, (m) => m.lead === c)),
      total: series("total" as const, () => true),
      slipped: slips(sources),
      stuck: stuckMeasures(sources),
      submissions: COMMITTEE_CODES.map((committee) => ({ committee, states: sources.map((s) => (s ? submissionState(s, committee) : undefined)) })),
    },
  };
}

function duplicate(quarter: Quarter, list: readonly QuarterSnapshot[]): LocalText {
  const files = list.map((s) => s.source).join(", ");
  return both(
    `${formatQuarter(quarter, "en")} is reported twice (${files}): keep one report per quarter and run again`,
    `${formatQuarter(quarter, "km")} មានរបាយការណ៍ពីរ (${files})៖ សូមទុករបាយការណ៍តែមួយក្នុងមួយត្រីមាស ហើយដំណើរការម្តងទៀត`,
  );
}

/** Share of the group completed, in percent with one decimal (as the report's own completion column). */
function completion(measures: readonly SnapshotMeasure[]): number | null {
  if (measures.length === 0) return null;
  const t = emptyTally();
  for (const m of measures) t[m.status]++;
  return completionRate(t);
}

/** Average of the progress figures given, one decimal (as the report's average progress column). */
function average(measures: readonly SnapshotMeasure[]): number | null {
  const values = measures.map((m) => m.progress).filter((p): p is number => p !== undefined && p >= 0 && p <= 100);
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

const badness = (s: ReportStatus) => STATUS_BADNESS.indexOf(s);

/** Each measure whose status got worse from one report to the next (across a gap too: the reports compared are named). */
function slips(sources: readonly (QuarterSnapshot | undefined)[]): Slip[] {
  const present = sources.filter((s): s is QuarterSnapshot => s !== undefined);
  const out: Slip[] = [];
  for (let i = present.length - 1; i > 0; i--) {
    const [before, after] = [present[i - 1]!, present[i]!];
    const earlier = new Map(before.measures.map((m) => [m.id, m] as const));
    for (const m of [...after.measures].sort((a, b) => a.id.localeCompare(b.id))) {
      const was = earlier.get(m.id);
      if (!was || badness(was.status) < 0 || badness(m.status) < 0 || badness(m.status) <= badness(was.status)) continue;
      out.push({
        measure: m,
        from: before.quarter,
        to: after.quarter,
        before: was.status,
        after: m.status,
        ...(was.progress !== undefined ? { progressBefore: was.progress } : {}),
        ...(m.progress !== undefined ? { progressAfter: m.progress } : {}),
      });
    }
  }
  return out;
}

/**
 * Measures at the same progress in the latest report and the reports of the quarters just before
 * it, STUCK_QUARTERS or more in a row (a quarter without a report ends the run: nobody knows).
 * Completed and discontinued measures are finished, not stuck.
 */
function stuckMeasures(sources: readonly (QuarterSnapshot | undefined)[]): Stuck[] {
  const latest = sources[sources.length - 1]!;
  const maps = sources.map((s) => (s ? new Map<MeasureId, SnapshotMeasure>(s.measures.map((m) => [m.id, m])) : undefined));
  const out: Stuck[] = [];
  for (const m of [...latest.measures].sort((a, b) => a.id.localeCompare(b.id))) {
    if (m.progress === undefined || m.status === "completed" || m.status === "discontinued") continue;
    let first = sources.length - 1;
    while (first > 0 && maps[first - 1]?.get(m.id)?.progress === m.progress) first--;
    const quarters = sources.length - first;
    if (quarters >= STUCK_QUARTERS) out.push({ measure: m, progress: m.progress, since: sources[first]!.quarter, quarters });
  }
  return out;
}

/** Whether a committee's quarter came in on time (its accepted submission stamped by the due date), late, or not at all. */
function submissionState(s: QuarterSnapshot, committee: CommitteeCode): QuarterSubmission {
  const mine = s.submissions.filter((x) => x.committee === committee);
  const used = mine.find((x) => x.accepted);
  if (!used) return { state: mine.length > 0 ? "rejected" : "missing" };
  if (!used.submittedOn) return { state: "unstamped" };
  return { state: used.submittedOn <= submissionDueDate(s.quarter) ? "on-time" : "late", submittedOn: used.submittedOn };
}
