import type { Catalogue } from "../catalogue/catalogue";
import { measureIndex } from "../catalogue/catalogueBuild";
import { parseText } from "../entries/entryParse";
import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { Quarter } from "../periods/periods";
import { problem, type Problem } from "../rules/problems";
import { checkSubmission } from "../rules/submissionCheck";
import { submissionFeedback, type Feedback } from "./feedback";
import type { StatusEntry } from "../statusSheet/statusRow";
import { changesSinceLastSubmission } from "../statusSheet/auditLog";
import { COMMITTEE_CODES } from "../catalogue/committees";
import { disagreement } from "./disagreement";
import { compareSubmissions, digest, movesBetween, type Resubmission, type Stamped, type SubmissionDigest } from "./resubmissions";
import type { CommitteeEntry, MeasureLine, PreviousMeasure, ReportModel, ReportStatus, RowDisposition, SubmissionFile, SubmissionSummary } from "./types";

export interface ConsolidationOptions {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  /** Where each measure stood last quarter, for change tracking and the progress-decrease warning. */
  readonly previous?: readonly PreviousMeasure[];
}

/**
 * Consolidation one file at a time, so that a caller (the CLI) can read a file, add it and drop it:
 * memory then holds what the report needs, not every file's cells.
 */
export interface Consolidation {
  /** Checks the file now and keeps its summary, its issues and each row's measure ID and cell. */
  add(file: SubmissionFile): void;
  /**
   * Settles superseded submissions (the later stamp of a committee wins; see compareSubmissions)
   * and builds the model. Call once, after the last file.
   */
  finish(): ReportModel;
}

/** Problems that make a whole file unusable for this report (the others are noted on its rows). */
const REJECTING = new Set(["meta.missing", "meta.quarter", "meta.quarter-mismatch", "meta.committee", "meta.catalogue-unknown"]);

const text = (en: string, km: string): LocalText => ({ en, km });

/** One file handed to add(): its line in the submissions list and its problems, in the order found. */
interface Slot {
  readonly file: string;
  summary: SubmissionSummary;
  problems: Problem[];
}

/**
 * What is kept of an accepted file: its measure IDs (each row's disposition, should a later
 * submission supersede it), and only while it may still be used, its parsed rows and ID cells; once
 * superseded, at most a digest of status and progress for the Changes sheet (the latest one
 * replaced of its committee only).
 */
interface Kept extends Stamped {
  readonly slot: Slot;
  readonly sheet: string;
  readonly committee: CommitteeCode;
  readonly ids: readonly string[];
  cells?: readonly (string | undefined)[];
  rows?: { readonly entries: readonly StatusEntry[]; readonly withErrors: ReadonlySet<number> };
  /** What to send back to the committee, should this submission be the one used. */
  feedback?: Feedback;
  digest?: SubmissionDigest;
}

export function startConsolidation(options: ConsolidationOptions): Consolidation {
  const { quarter, catalogue } = options;
  const previousMap = new Map(
    (options.previous ?? []).map((p) => [p.id, { status: p.status === "not-reported" ? undefined : p.status, progress: p.progress }] as const),
  );
  const rows: RowDisposition[] = [];
  const slots: Slot[] = [];
  const accepted: Kept[] = [];
  /** Per committee, the accepted submission that wins so far: the only one whose entries are kept. */
  const latest = new Map<CommitteeCode, Kept>();
  /** Per committee, the latest submission that lost: what the Changes sheet compares the winner with. */
  const replaced = new Map<CommitteeCode, Kept>();

  const exclude = (slot: Slot, sheet: string, index: number, measureId: string, cell: string | undefined, why: LocalText): void => {
    rows.push({ file: slot.file, sheet, row: index, measureId, outcome: "excluded" });
    slot.problems.push(
      problem("row.excluded", { en: `Row of ${measureId || "(no ID)"} left out: ${why.en}`, km: `ជួរ ${measureId || ""} មិនត្រូវបានប្រើ៖ ${why.km}` }, { file: slot.file, sheet, ...(cell ? { cell } : {}) }),
    );
  };

  /** A submission that lost to a later one: its problems are not the report's, its entries are not needed. */
  const setAside = (kept: Kept, entries: readonly StatusEntry[]): void => {
    kept.slot.problems = [];
    delete kept.rows;
    delete kept.cells;
    delete kept.feedback;
    const runnerUp = replaced.get(kept.committee);
    if (runnerUp && compareSubmissions(runnerUp, kept) > 0) return;
    if (runnerUp) delete runnerUp.digest;
    kept.digest = digest(entries, catalogue);
    replaced.set(kept.committee, kept);
  };

  const names = new Set<string>();
  /** Files are known by name in the report: a second "DGC.xlsx" (from another folder) becomes "DGC.xlsx (2)". */
  const distinctName = (name: string): string => {
    let candidate = name;
    for (let n = 2; names.has(candidate); n++) candidate = `${name} (${n})`;
    names.add(candidate);
    return candidate;
  };

  function add(picked: SubmissionFile): void {
    const f: SubmissionFile = { ...picked, file: distinctName(picked.file) };
    const slot: Slot = { file: f.file, summary: { file: f.file, status: "rejected", rows: 0 }, problems: [] };
    slots.push(slot);
    if ("unreadable" in f) {
      slot.summary = { file: f.file, status: "rejected", reason: f.unreadable, rows: 0 };
      slot.problems.push(problem("read.unreadable", f.unreadable, { file: f.file }));
      return;
    }
    const input = f.input;
    const verdict = checkSubmission(input, { catalogues: [catalogue], expectedQuarter: quarter, previous: previousMap });
    for (const p of verdict.problems) slot.problems.push(f.file === picked.file ? p : { ...p, where: { ...p.where, file: f.file } });
    const ids = verdict.entries ? verdict.entries.map((e) => e.rawId) : input.rows.map((r) => parseText(r.cells.id));
    const cells = input.rows.map((_, i) => input.locate(i, "id"));
    const submittedAt = input.meta.submittedAt;
    const logged = input.auditLog?.present ? { loggedChanges: changesSinceLastSubmission(input.auditLog.rows, submittedAt) } : {};
    const base = { file: f.file, ...(verdict.committee ? { committee: verdict.committee } : {}), ...(verdict.quarter ? { quarter: verdict.quarter } : {}), ...(submittedAt ? { submittedAt } : {}), ...logged };
    const fatal = verdict.problems.find((p) => REJECTING.has(p.code));
    // (An accepted file always has its entries: the rules ran, its quarter being known.)
    if (fatal || !verdict.committee || !verdict.entries) {
      const reason = fatal?.message ?? text("no committee", "គ្មានគណៈកម្មាធិការ");
      slot.summary = { ...base, status: "rejected", reason, rows: input.rows.length };
      ids.forEach((id, i) => exclude(slot, input.sheet, i, id, cells[i], reason));
      return;
    }
    slot.summary = { ...base, status: "accepted", rows: input.rows.length };
    const entry: Kept = { slot, file: f.file, sheet: input.sheet, committee: verdict.committee, ids, cells, added: slots.length - 1, ...(submittedAt ? { submittedAt } : {}) };
    accepted.push(entry);
    const current = latest.get(entry.committee);
    if (current && compareSubmissions(entry, current) < 0) return setAside(entry, verdict.entries);
    if (current) setAside(current, current.rows!.entries);
    entry.rows = { entries: verdict.entries, withErrors: verdict.rowsWithErrors };
    entry.feedback = submissionFeedback(input, verdict.findings ?? [], { ...entry, quarter, catalogue });
    latest.set(entry.committee, entry);
  }

  function finish(): ReportModel {
    // Each superseded submission is one line, naming the file used instead (what the secretariat
    // needs to know); its rows are accounted for as superseded, not listed one by one.
    for (const earlier of accepted) {
      const winner = latest.get(earlier.committee)!;
      if (winner === earlier) continue;
      const why = text(`superseded by the later submission ${winner.file}`, `ត្រូវបានជំនួសដោយរបាយការណ៍ក្រោយ ${winner.file}`);
      earlier.slot.summary = { ...earlier.slot.summary, status: "rejected", reason: why, supersededBy: winner.file };
      earlier.ids.forEach((measureId, row) => rows.push({ file: earlier.file, sheet: earlier.sheet, row, measureId, outcome: "superseded" }));
    }

    const index = measureIndex(catalogue);
    const entries = new Map<MeasureId, CommitteeEntry[]>();
    const winners = [...latest.values()].sort(compareSubmissions);
    for (const w of winners) {
      const seen = new Set<MeasureId>();
      const cells = w.cells!;
      w.rows!.entries.forEach((entry, i) => {
        const id = entry.measureId;
        if (!id || !index.has(id)) return exclude(w.slot, w.sheet, i, entry.rawId, cells[i], text("the measure ID is not in the catalogue", "លេខសម្គាល់មិនមាននៅក្នុងកាតាឡុក"));
        if (seen.has(id)) return exclude(w.slot, w.sheet, i, entry.rawId, cells[i], text("the measure appears twice in the file", "វិធានការមានពីរដងក្នុងឯកសារ"));
        seen.add(id);
        const isLead = index.get(id)!.lead === w.committee;
        rows.push({ file: w.file, sheet: w.sheet, row: i, measureId: id, outcome: isLead ? "used" : "supporting" });
        const list = entries.get(id) ?? [];
        list.push({ committee: w.committee, entry, file: w.file, hasErrors: w.rows!.withErrors.has(i) });
        entries.set(id, list);
      });
    }

    const resubmissions: Resubmission[] = COMMITTEE_CODES.flatMap((committee) => {
      const used = latest.get(committee);
      const before = replaced.get(committee);
      if (!used || !before) return [];
      const stamped = (k: Kept) => ({ file: k.file, ...(k.submittedAt ? { submittedAt: k.submittedAt } : {}) });
      return [
        {
          committee,
          used: stamped(used),
          replaced: stamped(before),
          supersededFiles: accepted.filter((a) => a.committee === committee).length - 1,
          moves: movesBetween(before.digest!, digest(used.rows!.entries, catalogue), catalogue),
        },
      ];
    });

    const previousById = new Map((options.previous ?? []).map((p) => [p.id, p] as const));
    const measures: MeasureLine[] = catalogue.measures.map((measure) => {
      const all = entries.get(measure.id) ?? [];
      const lead = all.find((e) => e.committee === measure.lead);
      const supporting = all.filter((e) => e !== lead);
      const status: ReportStatus = lead?.entry.status ?? "not-reported";
      const prev = previousById.get(measure.id);
      return {
        measure,
        status,
        ...(lead ? { lead } : {}),
        supporting,
        disagreements: lead ? supporting.flatMap((s) => disagreement(lead, s)) : [],
        ...(prev ? { previous: { status: prev.status, ...(prev.progress !== undefined ? { progress: prev.progress } : {}) } } : {}),
      };
    });

    return {
      quarter,
      catalogue,
      submissions: slots.map((s) => s.summary),
      measures,
      issues: slots.flatMap((s) => s.problems),
      rows,
      hasPrevious: options.previous !== undefined,
      resubmissions,
      feedback: COMMITTEE_CODES.flatMap((c) => {
        const f = latest.get(c)?.feedback;
        return f && f.items.length > 0 ? [f] : [];
      }),
    };
  }

  return { add, finish };
}
