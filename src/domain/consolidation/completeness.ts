import type { Measure } from "../catalogue/catalogue";
import { rowCounts } from "./rowCounts";
import { COMMITTEE_CODES } from "../catalogue/committees";
import type { CommitteeCode } from "../ids";
import type { MeasureLine, ReportModel } from "./types";

export type Role = "lead" | "supporting";

/** What a committee was expected to report (the measures it leads or supports) and what arrived. */
export interface CommitteeCompleteness {
  readonly committee: CommitteeCode;
  readonly led: number;
  readonly supported: number;
  readonly expected: number;
  /** Measures with a usable row from the committee, as lead and as supporting committee. */
  readonly receivedLead: number;
  readonly receivedSupporting: number;
  /** Expected measures without a usable row from the committee, lead ones first, in catalogue order. */
  readonly missing: readonly { readonly measure: Measure; readonly role: Role }[];
  /** Rows of the committee's files (used or rejected) left out of the report and listed under Data issues; superseded files are listed apart. */
  readonly excludedRows: number;
  /** The accepted submission(s) whose rows the report uses. */
  readonly files: readonly string[];
  /** Received / expected, in percent with one decimal (100 when nothing is expected). */
  readonly rate: number;
  /** Entry changes the used submissions' change logs record since the submission before; absent without a log. */
  readonly loggedChanges?: number;
}

/** Received / expected in percent with one decimal; 100 when nothing is expected. */
export function completenessRate(expected: number, received: number): number {
  return expected === 0 ? 100 : Math.round((received / expected) * 1000) / 10;
}

export function completeness(model: ReportModel): CommitteeCompleteness[] {
  const { excludedByFile } = rowCounts(model);
  return COMMITTEE_CODES.map((committee) => {
    const leads = model.measures.filter((l) => l.measure.lead === committee);
    const supports = model.measures.filter((l) => l.measure.supporting.includes(committee));
    const receivedLead = leads.filter((l) => l.lead !== undefined);
    const receivedSupporting = supports.filter((l) => l.supporting.some((e) => e.committee === committee));
    const missing = [
      ...leads.filter((l) => l.lead === undefined).map((l) => ({ measure: l.measure, role: "lead" as const })),
      ...supports.filter((l) => !l.supporting.some((e) => e.committee === committee)).map((l) => ({ measure: l.measure, role: "supporting" as const })),
    ];
    const ownFiles = new Set(model.submissions.filter((s) => s.committee === committee).map((s) => s.file));
    const expected = leads.length + supports.length;
    const received = receivedLead.length + receivedSupporting.length;
    return {
      committee,
      led: leads.length,
      supported: supports.length,
      expected,
      receivedLead: receivedLead.length,
      receivedSupporting: receivedSupporting.length,
      missing,
      excludedRows: [...ownFiles].reduce((n, file) => n + (excludedByFile.get(file) ?? 0), 0),
      files: model.submissions.filter((s) => s.committee === committee && s.status === "accepted").map((s) => s.file),
      rate: completenessRate(expected, received),
      ...loggedChanges(model, committee),
    };
  });
}

function loggedChanges(model: ReportModel, committee: CommitteeCode): { loggedChanges?: number } {
  const logged = model.submissions.filter((s) => s.committee === committee && s.status === "accepted" && s.loggedChanges !== undefined);
  return logged.length === 0 ? {} : { loggedChanges: logged.reduce((n, s) => n + s.loggedChanges!, 0) };
}

/**
 * Why a measure has no status from its lead committee. (A lead's row that was left out is either a
 * duplicate, whose first row is used, or in a rejected file: "no-submission".)
 */
export type NotReportedReason =
  | { readonly kind: "no-submission"; readonly committee: CommitteeCode }
  | { readonly kind: "no-row"; readonly committee: CommitteeCode; readonly file: string }
  | { readonly kind: "no-status"; readonly committee: CommitteeCode; readonly file: string };

export function notReportedReason(model: ReportModel, line: MeasureLine): NotReportedReason | undefined {
  if (line.status !== "not-reported") return undefined;
  const committee = line.measure.lead;
  if (line.lead) return { kind: "no-status", committee, file: line.lead.file };
  const file = model.submissions.find((s) => s.committee === committee && s.status === "accepted")?.file;
  if (file === undefined) return { kind: "no-submission", committee };
  return { kind: "no-row", committee, file };
}
