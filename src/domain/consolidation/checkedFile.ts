import type { Catalogue } from "../catalogue/catalogue";
import type { StatusCode } from "../entries/status";
import type { CommitteeCode, MeasureId } from "../ids";
import type { Quarter } from "../periods/periods";
import { stampInstant } from "../periods/stamp";
import type { Problem } from "../rules/problems";
import { checkSubmission, checkWorkbook, type SubmissionInput, type WorkbookVerdict } from "../rules/submissionCheck";
import { changesSinceLastSubmission } from "../statusSheet/auditLog";
import { rowRawId, type StatusEntry } from "../statusSheet/statusRow";
import type { LocalText } from "../text/lang";
import { submissionFeedback, type Feedback } from "./feedback";
import { digestRows, type SubmissionDigest } from "./resubmissions";
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
      /**
       * For an accepted file certain to lose (a later accepted file of its committee is among the
       * files: checkSession): its status and progress per measure, for the Changes sheet.
       */
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
    const rejected = rejection(verdict);
    const submittedAt = input.meta.submittedAt;
    return {
      ...fileLine(f.file, input, verdict),
      ...(rejected ? { rejected } : {}),
      // (An accepted file always has its entries: the rules ran, its quarter being known.)
      ...(!rejected && verdict.committee && verdict.entries
        ? {
            entries: verdict.entries,
            withErrors: verdict.rowsWithErrors,
            feedback: submissionFeedback(input, verdict.findings ?? [], { committee: verdict.committee, quarter, catalogue, file: f.file, ...(submittedAt ? { submittedAt } : {}) }),
          }
        : {}),
    };
  };
}

/** Why the whole file is refused for this report, when it is: judged on its metadata alone. */
function rejection(verdict: WorkbookVerdict): LocalText | undefined {
  const fatal = verdict.problems.find((p) => REJECTING.has(p.code));
  return fatal || !verdict.committee || !verdict.quarter ? (fatal?.message ?? { en: "no committee", km: "គ្មានគណៈកម្មាធិការ" }) : undefined;
}

/** What consolidation keeps of every file read, accepted or not: its line, and each row's ID and the ID's cell. */
function fileLine(file: string, input: SubmissionInput, verdict: WorkbookVerdict) {
  const submittedAt = input.meta.submittedAt;
  return {
    file,
    sheet: input.sheet,
    rows: input.rows.length,
    problems: verdict.problems,
    ...(verdict.committee ? { committee: verdict.committee } : {}),
    ...(verdict.quarter ? { quarter: verdict.quarter } : {}),
    ...(submittedAt ? { submittedAt } : {}),
    ...(input.auditLog?.present ? { loggedChanges: changesSinceLastSubmission(input.auditLog.rows, submittedAt) } : {}),
    ids: input.rows.map(rowRawId),
    cells: input.rows.map((_, i) => input.locate(i, "id")),
  };
}

type ReadCheck = Exclude<CheckedFile, { readonly unreadable: LocalText }>;

/** A checked file and its place among the files consolidated (0-based). */
export interface IndexedCheck {
  readonly index: number;
  readonly checked: CheckedFile;
}

/** An accepted file the rules have not run over yet, held while it may still win its committee. */
interface Held {
  readonly index: number;
  readonly file: SubmissionFile & { readonly input: SubmissionInput };
  readonly stamp: number;
  /** What the file comes to should it lose. */
  readonly losing: ReadCheck;
}

/**
 * Ties held per committee before the next tie is checked at once: files without a stamp all tie,
 * and holding each would hold all their cells.
 */
const MAX_HELD_TIES = 8;

/**
 * Checks files as fileChecker does, but runs the rules only over files that may be used. Most of
 * the work of checking is the rules over every row; of a committee's files only the latest
 * accepted one is used, and of the others consolidation keeps a line, each row's ID and a digest.
 * So each accepted file is judged on its metadata first (checkWorkbook), and held while it is the
 * latest of its committee this session has seen; the others are done with at once. Once every
 * session has seen its files (the CLI runs one per thread), `settle` is given the latest stamp of
 * each committee over all of them, and the rules run over the held files that still may win.
 * Together the sessions' results are what fileChecker gives for every file, except that a file
 * certain to lose carries a digest instead of its rows, rules and feedback — which consolidation
 * drops of a losing file anyway.
 */
export interface CheckSession {
  /** A file read: the checks now final (this file's, or held files it outdated), in no particular order. */
  offer(file: SubmissionFile, index: number): IndexedCheck[];
  /** The latest stamp of each committee among the files accepted so far (stampInstant; -Infinity: none). */
  latestStamps(): ReadonlyMap<CommitteeCode, number>;
  /** After the last offer of every session: the held files, checked or set aside against the latest stamps of all. */
  settle(latest: ReadonlyMap<CommitteeCode, number>): IndexedCheck[];
}

export function checkSession(options: CheckOptions): CheckSession {
  const check = fileChecker(options);
  const latest = new Map<CommitteeCode, number>();
  const held = new Map<CommitteeCode, Held[]>();
  return {
    offer(file, index) {
      if ("unreadable" in file) return [{ index, checked: file }];
      const losing = losingCheck(file.file, file.input, options);
      if (!losing?.committee) return [{ index, checked: check(file) }];
      const committee = losing.committee;
      const stamp = stampInstant(losing.submittedAt) ?? -Infinity;
      const best = latest.get(committee);
      if (best !== undefined && stamp < best) return [{ index, checked: losing }];
      const h: Held = { index, file, stamp, losing };
      if (best === undefined || stamp > best) {
        const outdated = held.get(committee) ?? [];
        latest.set(committee, stamp);
        held.set(committee, [h]);
        return outdated.map((o) => ({ index: o.index, checked: o.losing }));
      }
      const ties = held.get(committee)!;
      if (ties.length >= MAX_HELD_TIES) return [{ index, checked: check(file) }];
      ties.push(h);
      return [];
    },
    latestStamps: () => latest,
    settle(all) {
      const out: IndexedCheck[] = [];
      for (const [committee, files] of held) {
        const best = all.get(committee) ?? -Infinity;
        for (const h of files) out.push({ index: h.index, checked: h.stamp >= best ? check(h.file) : h.losing });
      }
      held.clear();
      return out;
    },
  };
}

/** The latest stamp of each committee over several sessions' latestStamps. */
export function mergeLatestStamps(all: Iterable<ReadonlyMap<CommitteeCode, number>>): Map<CommitteeCode, number> {
  const out = new Map<CommitteeCode, number>();
  for (const stamps of all) for (const [committee, stamp] of stamps) out.set(committee, Math.max(stamp, out.get(committee) ?? -Infinity));
  return out;
}

/** Every file checked by one session, in the files' order. */
export function checkFiles(files: readonly SubmissionFile[], options: CheckOptions): CheckedFile[] {
  const session = checkSession(options);
  const out: CheckedFile[] = [];
  const place = ({ index, checked }: IndexedCheck): void => void (out[index] = checked);
  files.forEach((f, i) => session.offer(f, i).forEach(place));
  session.settle(session.latestStamps()).forEach(place);
  return out;
}

/**
 * An accepted file as consolidation keeps it when it loses: its line, each row's ID and cell, and
 * a digest; undefined for a file refused on its metadata (its rules and problems are reported).
 */
function losingCheck(file: string, input: SubmissionInput, options: CheckOptions): (ReadCheck & { readonly committee: CommitteeCode }) | undefined {
  const verdict = checkWorkbook(input, { catalogues: [options.catalogue], expectedQuarter: options.quarter });
  if (rejection(verdict) || !verdict.committee) return undefined;
  return { ...fileLine(file, input, verdict), committee: verdict.committee, digest: digestRows(input.rows, options.catalogue) };
}
