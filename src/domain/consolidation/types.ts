import type { Catalogue, Measure } from "../catalogue/catalogue";
import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { Quarter } from "../periods/periods";
import type { Problem } from "../rules/problems";
import type { SubmissionInput } from "../rules/submissionCheck";
import type { StatusCode } from "../entries/status";
import type { StatusEntry } from "../statusSheet/statusRow";
import type { Resubmission } from "./resubmissions";
import type { Feedback } from "./feedback";

/** A file handed to consolidation: read into a status table, or unreadable with the reason. */
export type SubmissionFile =
  | { readonly file: string; readonly input: SubmissionInput }
  | { readonly file: string; readonly unreadable: LocalText };

export type ReportStatus = StatusCode | "not-reported";

/**
 * Where a measure stood last quarter, for the Changes sheet and the progress-decrease warning:
 * from last quarter's submissions (consolidated) or from last quarter's report.
 */
export interface PreviousMeasure {
  readonly id: MeasureId;
  readonly status: ReportStatus;
  readonly progress?: number;
}

export interface SubmissionSummary {
  readonly file: string;
  readonly committee?: CommitteeCode;
  readonly quarter?: Quarter;
  readonly submittedAt?: string;
  readonly status: "accepted" | "rejected";
  readonly reason?: LocalText;
  /** Data rows the file holds (0 when it could not be read). */
  readonly rows: number;
  /** Entry changes its change log records since the submission before it; absent without a log. */
  readonly loggedChanges?: number;
  /** A submission replaced by a later one of its committee and quarter: the file used instead (status "rejected"). */
  readonly supersededBy?: string;
}

export interface CommitteeEntry {
  readonly committee: CommitteeCode;
  readonly entry: StatusEntry;
  readonly file: string;
  readonly hasErrors: boolean;
}

export interface MeasureLine {
  readonly measure: Measure;
  readonly status: ReportStatus;
  /** The lead committee's entry: authoritative. */
  readonly lead?: CommitteeEntry;
  readonly supporting: readonly CommitteeEntry[];
  /** Why a supporting committee's entry disagrees with the lead's, when it does. */
  readonly disagreements: readonly LocalText[];
  readonly previous?: { readonly status: ReportStatus; readonly progress?: number };
}

/**
 * Where each input row went; every data row of every file appears exactly once. "excluded": left out
 * and listed under Data issues; "superseded": a row of a file replaced by a later submission (the
 * file is listed once, its rows are not).
 */
export interface RowDisposition {
  readonly file: string;
  readonly sheet?: string;
  readonly row: number;
  readonly measureId: string;
  readonly outcome: "used" | "supporting" | "excluded" | "superseded";
}

export type Tally = Readonly<Record<ReportStatus, number>>;

export interface ReportModel {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  readonly submissions: readonly SubmissionSummary[];
  readonly measures: readonly MeasureLine[];
  /** Every problem found: unreadable files, rejected files and rows, rule errors and warnings. */
  readonly issues: readonly Problem[];
  readonly rows: readonly RowDisposition[];
  readonly hasPrevious: boolean;
  /** Committees that sent more than one submission, with what moved between the last two. */
  readonly resubmissions: readonly Resubmission[];
  /** Per committee whose submission used has issues: what to send back for correction. */
  readonly feedback: readonly Feedback[];
}
