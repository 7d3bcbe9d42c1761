import type { Catalogue } from "../catalogue/catalogue";
import { parseText } from "../entries/entryParse";
import type { StatusCode } from "../entries/status";
import type { CommitteeCode, MeasureId } from "../ids";
import type { Quarter } from "../periods/periods";
import { stampInstant } from "../periods/stamp";
import type { Problem } from "../rules/problems";
import { checkSubmission } from "../rules/submissionCheck";
import { changesSinceLastSubmission } from "../statusSheet/auditLog";
import type { StatusEntry } from "../statusSheet/statusRow";
import type { LocalText } from "../text/lang";
import { submissionFeedback, type Feedback } from "./feedback";
import { digest, type SubmissionDigest } from "./resubmissions";
import type { PreviousMeasure, SubmissionFile } from "./types";

/** What checking a file needs: the quarter, the catalogue and last quarter's figures. */
export interface CheckOptions {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  readonly previous?: readonly PreviousMeasure[];
}

/**
 * One file as consolidation keeps it once checked. Plain data, so that the checking — the rules
 * over every row, most of consolidation's work — can run apart from the consolidation itself (the
 * CLI checks files in worker threads and consolidates them in order on the main thread).
 */
export type CheckedFile =
  | { readonly file: string; readonly unreadable: LocalText }
  | {
      readonly file: string;
      readonly sheet: string;
      /** Body rows in the file. */
      readonly rows: number;
      readonly problems: readonly Problem[];
      readonly committee?: CommitteeCode;
      readonly quarter?: Quarter;
      readonly submittedAt?: string;
      readonly loggedChanges?: number;
      /** Why the whole file is refused, when it is. */
      readonly rejected?: LocalText;
      /** The raw measure ID and the A1 address of the ID cell, per body row. */
      readonly ids: readonly string[];
      readonly cells: readonly (string | undefined)[];
      /** For an accepted file that may still win its committee: each row parsed, the rows with errors, its feedback. */
      readonly entries?: readonly StatusEntry[];
      readonly withErrors?: ReadonlySet<number>;
      readonly feedback?: Feedback;
      /** For an accepted file that cannot win: its status and progress per measure, for the Changes sheet. */
      readonly digest?: SubmissionDigest;
    };

/** Problems that make a whole file unusable for this report (the others are noted on its rows). */
const REJECTING = new Set(["meta.missing", "meta.quarter", "meta.quarter-mismatch", "meta.committee", "meta.catalogue-unknown"]);

/** Checks files against the catalogue, the quarter and last quarter's figures. */
export function fileChecker(options: CheckOptions): (f: SubmissionFile) => CheckedFile {
  const { quarter, catalogue } = options;
  const previous = new Map<MeasureId, { status?: StatusCode; progress?: number }>(
    (options.previous ?? []).map((p) => [p.id, { status: p.status === "not-reported" ? undefined : p.status, progress: p.progress }] as const),
  );
  return (f) => {
    if ("unreadable" in f) return f;
    const input = f.input;
    const verdict = checkSubmission(input, { catalogues: [catalogue], expectedQuarter: quarter, previous });
    const fatal = verdict.problems.find((p) => REJECTING.has(p.code));
    // (An accepted file always has its entries: the rules ran, its quarter being known.)
    const rejected = fatal || !verdict.committee || !verdict.entries ? (fatal?.message ?? { en: "no committee", km: "គ្មានគណៈកម្មាធិការ" }) : undefined;
    const submittedAt = input.meta.submittedAt;
    const accepted = !rejected && verdict.committee && verdict.entries;
    return {
      file: f.file,
      sheet: input.sheet,
      rows: input.rows.length,
      problems: verdict.problems,
      ...(verdict.committee ? { committee: verdict.committee } : {}),
      ...(verdict.quarter ? { quarter: verdict.quarter } : {}),
      ...(submittedAt ? { submittedAt } : {}),
      ...(input.auditLog?.present ? { loggedChanges: changesSinceLastSubmission(input.auditLog.rows, submittedAt) } : {}),
      ...(rejected ? { rejected } : {}),
      ids: verdict.entries ? verdict.entries.map((e) => e.rawId) : input.rows.map((r) => parseText(r.cells.id)),
      cells: input.rows.map((_, i) => input.locate(i, "id")),
      ...(accepted
        ? {
            entries: verdict.entries,
            withErrors: verdict.rowsWithErrors,
            feedback: submissionFeedback(input, verdict.findings ?? [], { committee: verdict.committee, quarter, catalogue, file: f.file, ...(submittedAt ? { submittedAt } : {}) }),
          }
        : {}),
    };
  };
}

/**
 * For a checker that sees some of the files, in their order: keeps only a digest of each accepted
 * file whose stamp is earlier than that of a file of its committee it saw before — such a file
 * cannot win, and consolidation then needs no more of it. Equal stamps keep everything: who wins a
 * tie depends on the names the report gives the files, which only the consolidation knows.
 */
export function rowsThatMayWin(catalogue: Catalogue): (c: CheckedFile) => CheckedFile {
  const latest = new Map<CommitteeCode, number>();
  return (c) => {
    if ("unreadable" in c || c.rejected || !c.committee || !c.entries) return c;
    const at = stampInstant(c.submittedAt) ?? -Infinity;
    const best = latest.get(c.committee);
    if (best === undefined || at >= best) {
      latest.set(c.committee, at);
      return c;
    }
    const { entries, withErrors: _withErrors, feedback: _feedback, ...rest } = c;
    return { ...rest, digest: digest(entries, catalogue) };
  };
}
