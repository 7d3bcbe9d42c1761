import type { DespfGoal } from "../../src/domain/catalogue/goals";
import { submissionDueDate, type QuarterSnapshot, type SnapshotSubmission } from "../../src/domain/consolidation/quarterSnapshot";
import { STATUS_BADNESS, buildTrend, type Trend } from "../../src/domain/consolidation/trend";
import type { ReportStatus } from "../../src/domain/consolidation/types";
import type { CommitteeCode, MeasureId } from "../../src/domain/ids";
import type { IsoDate, Quarter } from "../../src/domain/periods/periods";

/** "ID goal lead status progress" per measure, e.g. "A 1 DGC on-track 40" ("-" for no progress). */
function snap(quarter: string, measures: string[], options: { source?: string; catalogue?: string; submissions?: SnapshotSubmission[] } = {}): QuarterSnapshot {
  return {
    source: options.source ?? `report-${quarter}.xlsx`,
    quarter: quarter as Quarter,
    catalogue: { version: options.catalogue ?? "2026.1", hash: "abcdef012345" },
    measures: measures.map((line) => {
      const [id, goal, lead, status, progress] = line.split(" ") as [string, string, string, string, string];
      return { id: id as MeasureId, goal: Number(goal) as DespfGoal, lead: lead as CommitteeCode, title: `Measure ${id}`, status: status as ReportStatus, ...(progress !== "-" ? { progress: Number(progress) } : {}) };
    }),
    submissions: options.submissions ?? [],
  };
}

function trendOf(snapshots: QuarterSnapshot[]): Trend {
  const result = buildTrend(snapshots);
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
  return result.trend;
}

describe("the order of badness", () => {
  test("runs from completed to discontinued; not reported has no place in it", () => {
    expect(STATUS_BADNESS).toEqual(["completed", "on-track", "not-started", "at-risk", "delayed", "discontinued"]);
    expect(STATUS_BADNESS).not.toContain("not-reported");
  });
});

describe("completion and average progress per quarter", () => {
  test.each([
    [
      "per goal, per lead committee and in total, one decimal",
      [snap("2026-Q1", ["A 1 DGC completed 100", "B 1 DSC on-track 40", "C 2 DGC delayed 10"]), snap("2026-Q2", ["A 1 DGC completed 100", "B 1 DSC completed 100", "C 2 DGC on-track 35"])],
      { quarters: ["2026-Q1", "2026-Q2"], goal1: [50, 100], goal2: [0, 0], goal3: [null, null], avg1: [70, 100], dgc: [50, 50], dsc: [0, 100], total: [33.3, 66.7], avgTotal: [50, 78.3] },
    ],
    [
      "a quarter without a report is a gap (null), not a zero",
      [snap("2026-Q1", ["A 1 DGC completed 100"]), snap("2026-Q3", ["A 1 DGC completed 100"])],
      { quarters: ["2026-Q1", "2026-Q2", "2026-Q3"], goal1: [100, null, 100], goal2: [null, null, null], goal3: [null, null, null], avg1: [100, null, 100], dgc: [100, null, 100], dsc: [null, null, null], total: [100, null, 100], avgTotal: [100, null, 100] },
    ],
    [
      "not reported counts in the measures, without a progress figure it is left out of the average",
      [snap("2025-Q4", ["A 1 DGC completed 100", "B 1 DGC not-reported -", "C 1 DGC on-track 50"])],
      { quarters: ["2025-Q4"], goal1: [33.3], goal2: [null], goal3: [null], avg1: [75], dgc: [33.3], dsc: [null], total: [33.3], avgTotal: [75] },
    ],
  ])("%s", (_case, snapshots, expected) => {
    const trend = trendOf(snapshots);
    const goal = (g: number) => trend.byGoal.find((s) => s.key === g)!;
    const committee = (c: string) => trend.byCommittee.find((s) => s.key === c)!;
    expect({
      quarters: trend.quarters,
      goal1: goal(1).completion,
      goal2: goal(2).completion,
      goal3: goal(3).completion,
      avg1: goal(1).average,
      dgc: committee("DGC").completion,
      dsc: committee("DSC").completion,
      total: trend.total.completion,
      avgTotal: trend.total.average,
    }).toEqual(expected);
  });
});

describe("what is said rather than merged", () => {
  test("two reports of one quarter are refused, naming both files", () => {
    const result = buildTrend([snap("2026-Q1", [], { source: "a.xlsx" }), snap("2026-Q2", []), snap("2026-Q1", [], { source: "b.xlsx" })]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.en)).toEqual(["Q1 2026 is reported twice (a.xlsx, b.xlsx): keep one report per quarter and run again"]);
    expect(result.ok ? "" : result.problems[0]!.km).toContain("ត្រីមាសទី១ ឆ្នាំ២០២៦");
  });

  test.each([
    ["a gap in the quarters", [snap("2025-Q3", []), snap("2026-Q2", [])], ["gap"], /No report for Q4 2025, Q1 2026/],
    ["a report of another catalogue version", [snap("2026-Q1", [], { catalogue: "2025.9", source: "old.xlsx" }), snap("2026-Q2", [])], ["catalogue"], /Q1 2026 \(old\.xlsx\) was reported against catalogue 2025\.9/],
    ["nothing to say", [snap("2026-Q1", []), snap("2026-Q2", [])], [], /^$/],
  ])("%s is a note", (_case, snapshots, kinds, text) => {
    const trend = trendOf(snapshots);
    expect(trend.notes.map((n) => n.kind)).toEqual(kinds);
    expect(trend.notes.map((n) => n.text.en).join(" ")).toMatch(text);
  });

  test("no report at all is refused", () => {
    expect(buildTrend([]).ok).toBe(false);
  });
});

describe("measures that slipped", () => {
  test.each([
    ["on track → delayed", "on-track", "delayed", true],
    ["completed → on track (reopened)", "completed", "on-track", true],
    ["on track → not started", "on-track", "not-started", true],
    ["delayed → discontinued", "delayed", "discontinued", true],
    ["delayed → on track (better)", "delayed", "on-track", false],
    ["at risk → at risk (the same)", "at-risk", "at-risk", false],
    ["on track → not reported (no status to compare)", "on-track", "not-reported", false],
    ["not reported → delayed", "not-reported", "delayed", false],
  ])("%s: slipped %s", (_case, before, after, slipped) => {
    const trend = trendOf([snap("2026-Q1", [`A 1 DGC ${before} 30`]), snap("2026-Q2", [`A 1 DGC ${after} 30`])]);
    expect(trend.slipped.map((s) => [s.measure.id, s.from, s.to, s.before, s.after])).toEqual(slipped ? [["A", "2026-Q1", "2026-Q2", before, after]] : []);
  });

  test("every quarter's slips, latest first, compared across a gap with the report before it", () => {
    const trend = trendOf([snap("2025-Q4", ["A 1 DGC on-track 10", "B 2 DSC on-track 10"]), snap("2026-Q1", ["A 1 DGC at-risk 10", "B 2 DSC on-track 20"]), snap("2026-Q3", ["A 1 DGC delayed 10", "B 2 DSC at-risk 20"])]);
    expect(trend.slipped.map((s) => `${s.measure.id} ${s.from}→${s.to}`)).toEqual(["A 2026-Q1→2026-Q3", "B 2026-Q1→2026-Q3", "A 2025-Q4→2026-Q1"]);
  });
});

describe("measures stuck at the same progress", () => {
  test.each([
    ["three quarters running, to the latest", ["A 1 DGC on-track 40", "A 1 DGC on-track 40", "A 1 DGC at-risk 40"], [["A", 40, "2026-Q1", 3]]],
    ["four quarters", ["A 1 DGC on-track 40", "A 1 DGC on-track 40", "A 1 DGC on-track 40", "A 1 DGC on-track 40"], [["A", 40, "2025-Q4", 4]]],
    ["two quarters are not enough", ["A 1 DGC on-track 30", "A 1 DGC on-track 40", "A 1 DGC on-track 40"], []],
    ["stuck earlier, moving now", ["A 1 DGC on-track 40", "A 1 DGC on-track 40", "A 1 DGC on-track 40", "A 1 DGC on-track 50"], []],
    ["completed is finished, not stuck", ["A 1 DGC completed 100", "A 1 DGC completed 100", "A 1 DGC completed 100"], []],
    ["discontinued is finished, not stuck", ["A 1 DGC discontinued 20", "A 1 DGC discontinued 20", "A 1 DGC discontinued 20"], []],
    ["no progress figure", ["A 1 DGC not-reported -", "A 1 DGC not-reported -", "A 1 DGC not-reported -"], []],
  ])("%s", (_case, lines, expected) => {
    const quarters = ["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"].slice(4 - lines.length);
    const trend = trendOf(lines.map((line, i) => snap(quarters[i]!, [line])));
    expect(trend.stuck.map((s) => [s.measure.id, s.progress, s.since, s.quarters])).toEqual(expected);
  });

  test("a quarter without a report ends the run", () => {
    const trend = trendOf([snap("2025-Q3", ["A 1 DGC on-track 40"]), snap("2025-Q4", ["A 1 DGC on-track 40"]), snap("2026-Q2", ["A 1 DGC on-track 40"]), snap("2026-Q3", ["A 1 DGC on-track 40"])]);
    expect(trend.stuck).toEqual([]);
  });
});

describe("who submitted late or not at all", () => {
  const due = submissionDueDate("2026-Q3" as Quarter);
  test("a quarter's submissions are due 15 days after it ends", () => {
    expect([due, submissionDueDate("2026-Q4" as Quarter)]).toEqual(["2026-10-15", "2027-01-15"]);
  });

  test.each<[string, SnapshotSubmission[], string]>([
    ["stamped on the due date", [{ committee: "DGC" as CommitteeCode, accepted: true, submittedOn: "2026-10-15" as IsoDate }], "on-time"],
    ["stamped the day after", [{ committee: "DGC" as CommitteeCode, accepted: true, submittedOn: "2026-10-16" as IsoDate }], "late"],
    ["accepted without a stamp", [{ committee: "DGC" as CommitteeCode, accepted: true }], "unstamped"],
    ["only a rejected file", [{ committee: "DGC" as CommitteeCode, accepted: false, submittedOn: "2026-10-01" as IsoDate }], "rejected"],
    ["the accepted one counts, not a rejected one", [{ committee: "DGC" as CommitteeCode, accepted: false, submittedOn: "2026-10-01" as IsoDate }, { committee: "DGC" as CommitteeCode, accepted: true, submittedOn: "2026-11-02" as IsoDate }], "late"],
    ["nothing", [{ committee: "DSC" as CommitteeCode, accepted: true }], "missing"],
  ])("%s: %s", (_case, submissions, state) => {
    const trend = trendOf([snap("2026-Q3", [], { submissions })]);
    expect(trend.submissions.find((s) => s.committee === "DGC")!.states.map((x) => x?.state)).toEqual([state]);
  });

  test("a late submission keeps its date", () => {
    const trend = trendOf([snap("2026-Q3", [], { submissions: [{ committee: "DSC" as CommitteeCode, accepted: true, submittedOn: "2026-10-20" as IsoDate }] })]);
    expect(trend.submissions.find((s) => s.committee === "DSC")!.states).toEqual([{ state: "late", submittedOn: "2026-10-20" }]);
  });

  test("a quarter without a report has no state", () => {
    const trend = trendOf([snap("2026-Q1", []), snap("2026-Q3", [])]);
    expect(trend.submissions.find((s) => s.committee === "DEBC")!.states.map((x) => x?.state)).toEqual(["missing", undefined, "missing"]);
  });
});
