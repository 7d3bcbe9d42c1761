import type { Catalogue } from "../catalogue/catalogue";
import { measureIndex } from "../catalogue/catalogueBuild";
import { parseText } from "../entries/entryParse";
import type { CommitteeCode, MeasureId } from "../ids";
import type { LocalText } from "../text/lang";
import type { Quarter } from "../periods/periods";
import { problem, type Problem } from "../rules/problems";
import { checkSubmission } from "../rules/submissionCheck";
import type { StatusEntry } from "../statusSheet/statusRow";
import { changesSinceLastSubmission } from "../statusSheet/auditLog";
import { disagreement } from "./disagreement";
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
  /** Settles superseded submissions and builds the model. Call once, after the last file. */
  finish(): ReportModel;
}

/** Problems that make a whole file unusable for this report (the others are noted on its rows). */
const REJECTING = new Set(["meta.missing", "meta.quarter", "meta.quarter-mismatch", "meta.committee", "meta.catalogue-unknown"]);

const text = (en: string, km: string): LocalText => ({ en, km });

/**
 * What is kept of an accepted file: enough to list its rows as excluded should a later submission
 * supersede it, plus, while it is its committee's latest, its parsed rows (dropped once it is not).
 */
interface Kept {
  readonly file: string;
  readonly sheet: string;
  readonly committee: CommitteeCode;
  readonly submittedAt: string;
  /** The raw measure ID and the A1 address of the ID cell, per body row. */
  readonly ids: readonly string[];
  readonly cells: readonly (string | undefined)[];
  rows?: { readonly entries: readonly StatusEntry[]; readonly withErrors: ReadonlySet<number> };
}

/** Two submissions for one committee and quarter: the later stamp wins (then the later file name). */
const later = (a: Kept, b: Kept): number => a.submittedAt.localeCompare(b.submittedAt) || a.file.localeCompare(b.file);

export function startConsolidation(options: ConsolidationOptions): Consolidation {
  const { quarter, catalogue } = options;
  const previousMap = new Map(
    (options.previous ?? []).map((p) => [p.id, { status: p.status === "not-reported" ? undefined : p.status, progress: p.progress }] as const),
  );
  const issues: Problem[] = [];
  const rows: RowDisposition[] = [];
  const order: string[] = [];
  const summaries = new Map<string, SubmissionSummary>();
  const accepted: Kept[] = [];
  /** Per committee, the accepted submission that wins so far: the only one whose entries are kept. */
  const latest = new Map<CommitteeCode, Kept>();

  const exclude = (at: { file: string; sheet: string }, index: number, measureId: string, cell: string | undefined, why: LocalText): void => {
    rows.push({ file: at.file, sheet: at.sheet, row: index, measureId, outcome: "excluded" });
    issues.push(
      problem("row.excluded", { en: `Row of ${measureId || "(no ID)"} left out: ${why.en}`, km: `ជួរ ${measureId || ""} មិនត្រូវបានប្រើ៖ ${why.km}` }, { file: at.file, sheet: at.sheet, ...(cell ? { cell } : {}) }),
    );
  };
  const excludeAll = (kept: Pick<Kept, "file" | "sheet" | "ids" | "cells">, why: LocalText): void => kept.ids.forEach((id, i) => exclude(kept, i, id, kept.cells[i], why));

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
    order.push(f.file);
    if ("unreadable" in f) {
      summaries.set(f.file, { file: f.file, status: "rejected", reason: f.unreadable, rows: 0 });
      issues.push(problem("read.unreadable", f.unreadable, { file: f.file }));
      return;
    }
    const input = f.input;
    const verdict = checkSubmission(input, { catalogues: [catalogue], expectedQuarter: quarter, previous: previousMap });
    for (const p of verdict.problems) issues.push(f.file === picked.file ? p : { ...p, where: { ...p.where, file: f.file } });
    const kept = {
      file: f.file,
      sheet: input.sheet,
      ids: verdict.entries ? verdict.entries.map((e) => e.rawId) : input.rows.map((r) => parseText(r.cells.id)),
      cells: input.rows.map((_, i) => input.locate(i, "id")),
    };
    const submittedAt = input.meta.submittedAt;
    const logged = input.auditLog?.present ? { loggedChanges: changesSinceLastSubmission(input.auditLog.rows, submittedAt) } : {};
    const base = { file: f.file, ...(verdict.committee ? { committee: verdict.committee } : {}), ...(verdict.quarter ? { quarter: verdict.quarter } : {}), ...(submittedAt ? { submittedAt } : {}), ...logged };
    const fatal = verdict.problems.find((p) => REJECTING.has(p.code));
    // (An accepted file always has its entries: the rules ran, its quarter being known.)
    if (fatal || !verdict.committee || !verdict.entries) {
      const reason = fatal?.message ?? text("no committee", "គ្មានគណៈកម្មាធិការ");
      summaries.set(f.file, { ...base, status: "rejected", reason, rows: input.rows.length });
      excludeAll(kept, reason);
      return;
    }
    summaries.set(f.file, { ...base, status: "accepted", rows: input.rows.length });
    const entry: Kept = { ...kept, committee: verdict.committee, submittedAt: submittedAt ?? "" };
    accepted.push(entry);
    const current = latest.get(entry.committee);
    // Ties go to the file added last, as in a stable sort by stamp.
    if (!current || later(entry, current) >= 0) {
      if (current) delete current.rows;
      entry.rows = { entries: verdict.entries, withErrors: verdict.rowsWithErrors };
      latest.set(entry.committee, entry);
    }
  }

  function finish(): ReportModel {
    // The latest stamp of each committee wins; every earlier one is listed, naming the file used
    // instead (what the secretariat needs to know), and its rows are excluded.
    const byStamp = [...accepted].sort(later);
    const winners = new Map<CommitteeCode, Kept>(byStamp.map((a) => [a.committee, a] as const));
    for (const earlier of byStamp) {
      const winner = winners.get(earlier.committee)!;
      if (winner === earlier) continue;
      const why = text(`superseded by the later submission ${winner.file}`, `ត្រូវបានជំនួសដោយ ${winner.file}`);
      issues.push(problem("submission.superseded", why, { file: earlier.file }, "warning"));
      summaries.set(earlier.file, { ...summaries.get(earlier.file)!, status: "rejected", reason: why, rows: earlier.ids.length });
      excludeAll(earlier, why);
    }

    const index = measureIndex(catalogue);
    const entries = new Map<MeasureId, CommitteeEntry[]>();
    for (const w of winners.values()) {
      const seen = new Set<MeasureId>();
      w.rows!.entries.forEach((entry, i) => {
        const id = entry.measureId;
        if (!id || !index.has(id)) return exclude(w, i, entry.rawId, w.cells[i], text("the measure ID is not in the catalogue", "លេខសម្គាល់មិនមាននៅក្នុងកាតាឡុក"));
        if (seen.has(id)) return exclude(w, i, entry.rawId, w.cells[i], text("the measure appears twice in the file", "វិធានការមានពីរដងក្នុងឯកសារ"));
        seen.add(id);
        const isLead = index.get(id)!.lead === w.committee;
        rows.push({ file: w.file, sheet: w.sheet, row: i, measureId: id, outcome: isLead ? "used" : "supporting" });
        const list = entries.get(id) ?? [];
        list.push({ committee: w.committee, entry, file: w.file, hasErrors: w.rows!.withErrors.has(i) });
        entries.set(id, list);
      });
    }

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

    return { quarter, catalogue, submissions: order.map((f) => summaries.get(f)!), measures, issues, rows, hasPrevious: options.previous !== undefined };
  }

  return { add, finish };
}
