import type { Catalogue } from "../catalogue/catalogue";
import { measureIndex } from "../catalogue/catalogueBuild";
import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { Quarter } from "../periods/periods";
import { problem, type Problem } from "../rules/problems";
import type { Feedback } from "./feedback";
import type { StatusEntry } from "../statusSheet/statusRow";
import { fileChecker, type CheckedFile } from "./checkedFile";
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
  /** A file checked already (by fileChecker, elsewhere): the same as `add` of that file. */
  addChecked(file: CheckedFile): void;
  /**
   * Settles superseded submissions (the later stamp of a committee wins; see compareSubmissions)
   * and builds the model. Call once, after the last file.
   */
  finish(): ReportModel;
}

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
  const check = fileChecker(options);
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
  const setAside = (kept: Kept, digestOf: () => SubmissionDigest): void => {
    kept.slot.problems = [];
    delete kept.rows;
    delete kept.cells;
    delete kept.feedback;
    const runnerUp = replaced.get(kept.committee);
    if (runnerUp && compareSubmissions(runnerUp, kept) > 0) return;
    if (runnerUp) delete runnerUp.digest;
    kept.digest = digestOf();
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

  function addChecked(picked: CheckedFile): void {
    const f: CheckedFile = { ...picked, file: distinctName(picked.file) };
    const slot: Slot = { file: f.file, summary: { file: f.file, status: "rejected", rows: 0 }, problems: [] };
    slots.push(slot);
    if ("unreadable" in f) {
      slot.summary = { file: f.file, status: "rejected", reason: f.unreadable, rows: 0 };
      slot.problems.push(problem("read.unreadable", f.unreadable, { file: f.file }));
      return;
    }
    for (const p of f.problems) slot.problems.push(f.file === picked.file ? p : { ...p, where: { ...p.where, file: f.file } });
    const logged = f.loggedChanges !== undefined ? { loggedChanges: f.loggedChanges } : {};
    const base = { file: f.file, ...(f.committee ? { committee: f.committee } : {}), ...(f.quarter ? { quarter: f.quarter } : {}), ...(f.submittedAt ? { submittedAt: f.submittedAt } : {}), ...logged };
    if (f.rejected || !f.committee) {
      const reason = f.rejected ?? text("no committee", "គ្មានគណៈកម្មាធិការ");
      slot.summary = { ...base, status: "rejected", reason, rows: f.rows };
      f.ids.forEach((id, i) => exclude(slot, f.sheet, i, id, f.cells[i], reason));
      return;
    }
    slot.summary = { ...base, status: "accepted", rows: f.rows };
    const entry: Kept = { slot, file: f.file, sheet: f.sheet, committee: f.committee, ids: f.ids, cells: f.cells, added: slots.length - 1, ...(f.submittedAt ? { submittedAt: f.submittedAt } : {}) };
    accepted.push(entry);
    const current = latest.get(entry.committee);
    const { entries, withErrors, feedback } = f;
    if (current && compareSubmissions(entry, current) < 0) return setAside(entry, () => f.digest ?? digest(entries!, catalogue));
    // A file known to lose (checkSession: a later accepted file of its committee is among the
    // files) comes with a digest instead of its rows, whether or not that file was added yet.
    if (!entries && f.digest) {
      const lost = f.digest;
      return setAside(entry, () => lost);
    }
    if (!entries || !withErrors || !feedback) throw new Error(`${f.file}: the winning submission so far came without its rows`);
    if (current) {
      const replacedEntries = current.rows!.entries;
      setAside(current, () => digest(replacedEntries, catalogue));
    }
    entry.rows = { entries, withErrors };
    entry.feedback = f.file === picked.file ? feedback : { ...feedback, header: { ...feedback.header, file: f.file } };
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

  return { add: (f) => addChecked(check(f)), addChecked, finish };
}
