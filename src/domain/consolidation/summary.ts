import { COMMITTEE_CODES } from "../catalogue/committees";
import { rowCounts } from "./rowCounts";
import { DESPF_GOAL_NUMBERS } from "../catalogue/goals";
import { byGoal, byLeadCommittee, tally } from "./tallies";
import type { Problem } from "../rules/problems";
import type { ReportModel, Tally } from "./types";

/** The `--summary` JSON (a contract, described in the README): what other tools read instead of the workbook. */
export interface ReportSummary {
  readonly quarter: string;
  readonly catalogue: { readonly version: string; readonly hash: string };
  /**
   * Each file by its file name. A superseded submission is "rejected" with its reason and names the
   * file used instead in `supersededBy`; `submittedAt` is the file's stamp as written in it.
   */
  readonly submissions: readonly {
    file: string;
    committee: string | null;
    status: "accepted" | "rejected";
    reason: string | null;
    rows: number;
    submittedAt: string | null;
    supersededBy: string | null;
    loggedChanges: number | null;
  }[];
  readonly measures: { readonly total: number; readonly byStatus: Tally };
  readonly byCommittee: Readonly<Record<string, { byStatus: Tally; measures: number }>>;
  readonly byGoal: Readonly<Record<string, { byStatus: Tally; measures: number }>>;
  /**
   * Every input row once: total = used + supporting + excluded. `excluded` is every row left out of
   * the report; `superseded` is the part of it that belongs to superseded submissions (the rest is
   * listed row by row under `issues` as "row.excluded").
   */
  readonly rows: { readonly total: number; readonly used: number; readonly supporting: number; readonly excluded: number; readonly superseded: number };
  readonly issues: readonly { file: string | null; sheet: string | null; cell: string | null; rule: string; severity: string; message: string }[];
}

export type SummaryIssue = ReportSummary["issues"][number];

/** One issue as the summary lists it. */
export function summaryIssue(p: Problem): SummaryIssue {
  return { file: p.where.file ?? null, sheet: p.where.sheet ?? null, cell: p.where.cell ?? null, rule: p.code, severity: p.severity, message: p.message.en };
}

/** Everything of the summary but its issues (its last key): what a caller streaming the issues writes first. */
export function summaryHead(model: ReportModel): Omit<ReportSummary, "issues"> {
  const goals = byGoal(model.measures);
  const committees = byLeadCommittee(model.measures);
  const { byOutcome } = rowCounts(model);
  return {
    quarter: model.quarter,
    catalogue: { version: model.catalogue.version, hash: model.catalogue.hash },
    submissions: model.submissions.map((s) => ({
      file: s.file,
      committee: s.committee ?? null,
      status: s.status,
      reason: s.reason?.en ?? null,
      rows: s.rows,
      submittedAt: s.submittedAt ?? null,
      supersededBy: s.supersededBy ?? null,
      loggedChanges: s.loggedChanges ?? null,
    })),
    measures: { total: model.measures.length, byStatus: tally(model.measures) },
    byCommittee: Object.fromEntries(COMMITTEE_CODES.map((c) => [c, { measures: committees.get(c)?.length ?? 0, byStatus: tally(committees.get(c) ?? []) }])),
    byGoal: Object.fromEntries(DESPF_GOAL_NUMBERS.map((g) => [String(g), { measures: goals.get(g)?.length ?? 0, byStatus: tally(goals.get(g) ?? []) }])),
    rows: {
      total: model.rows.length,
      used: byOutcome.used,
      supporting: byOutcome.supporting,
      excluded: byOutcome.excluded + byOutcome.superseded,
      superseded: byOutcome.superseded,
    },
  };
}

export function reportSummary(model: ReportModel): ReportSummary {
  return { ...summaryHead(model), issues: model.issues.map(summaryIssue) };
}
