import type { Catalogue } from "../catalogue";
import { measureIndex } from "../catalogueBuild";
import type { CommitteeCode, LocalText, MeasureId } from "../ids";
import { previousQuarter, type Quarter } from "../periods";
import { problem, type Problem } from "../problems";
import { checkSubmission, type SubmissionInput } from "../rules/submissionCheck";
import { statusLabel } from "../status";
import { parseEntry } from "../statusRow";
import type { CommitteeEntry, MeasureLine, ReportModel, ReportStatus, RowDisposition, SubmissionFile, SubmissionSummary } from "./types";

export interface ConsolidateOptions {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  /** Last quarter's submissions, for change tracking and the progress-decrease warning. */
  readonly previous?: readonly SubmissionFile[];
}

/** Problems that make a whole file unusable for this report (the others are noted on its rows). */
const REJECTING = new Set(["meta.missing", "meta.quarter", "meta.quarter-mismatch", "meta.committee", "meta.catalogue-unknown"]);

interface Accepted {
  readonly input: SubmissionInput;
  readonly committee: CommitteeCode;
  readonly submittedAt: string;
  readonly rowsWithErrors: ReadonlySet<number>;
}

const text = (en: string, km: string): LocalText => ({ en, km });

export function consolidate(files: readonly SubmissionFile[], options: ConsolidateOptions): ReportModel {
  const { quarter, catalogue } = options;
  const previousLines = options.previous ? consolidate(options.previous, { quarter: previousQuarter(quarter), catalogue }).measures : undefined;
  const previousMap = new Map(
    (previousLines ?? []).map((l) => [l.measure.id, { status: l.status === "not-reported" ? undefined : l.status, progress: l.lead?.entry.progress }] as const),
  );
  const issues: Problem[] = [];
  const rows: RowDisposition[] = [];
  const summaries = new Map<string, SubmissionSummary>();
  const accepted: Accepted[] = [];

  const exclude = (input: SubmissionInput, index: number, why: LocalText): void => {
    const row = input.rows[index]!;
    const measureId = parseEntry(row).rawId;
    const cell = input.locate(index, "id");
    rows.push({ file: input.file, sheet: input.sheet, row: index, measureId, outcome: "excluded" });
    issues.push(
      problem("row.excluded", { en: `Row of ${measureId || "(no ID)"} left out: ${why.en}`, km: `ជួរ ${measureId || ""} មិនត្រូវបានប្រើ៖ ${why.km}` }, { file: input.file, sheet: input.sheet, ...(cell ? { cell } : {}) }),
    );
  };
  const reject = (input: SubmissionInput, summary: Omit<SubmissionSummary, "status" | "rows">, reason: LocalText): void => {
    summaries.set(input.file, { ...summary, status: "rejected", reason, rows: input.rows.length });
    input.rows.forEach((_, i) => exclude(input, i, reason));
  };

  for (const f of files) {
    if ("unreadable" in f) {
      summaries.set(f.file, { file: f.file, status: "rejected", reason: f.unreadable, rows: 0 });
      issues.push(problem("read.unreadable", f.unreadable, { file: f.file }));
      continue;
    }
    const verdict = checkSubmission(f.input, { catalogues: [catalogue], expectedQuarter: quarter, previous: previousMap });
    issues.push(...verdict.problems);
    const base = { file: f.file, ...(verdict.committee ? { committee: verdict.committee } : {}), ...(verdict.quarter ? { quarter: verdict.quarter } : {}), ...(f.input.meta.submittedAt ? { submittedAt: f.input.meta.submittedAt } : {}) };
    const fatal = verdict.problems.find((p) => REJECTING.has(p.code));
    if (fatal || !verdict.committee) {
      reject(f.input, base, fatal?.message ?? text("no committee", "គ្មានគណៈកម្មាធិការ"));
      continue;
    }
    summaries.set(f.file, { ...base, status: "accepted", rows: f.input.rows.length });
    accepted.push({ input: f.input, committee: verdict.committee, submittedAt: f.input.meta.submittedAt ?? "", rowsWithErrors: verdict.rowsWithErrors });
  }

  // Two submissions for one committee and quarter: the later stamp wins, the other is listed.
  const winners = new Map<CommitteeCode, Accepted>();
  const byStamp = [...accepted].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.input.file.localeCompare(b.input.file));
  for (const a of byStamp) {
    const earlier = winners.get(a.committee);
    if (earlier) {
      const why = text(`superseded by the later submission ${a.input.file}`, `ត្រូវបានជំនួសដោយ ${a.input.file}`);
      const summary = summaries.get(earlier.input.file)!;
      issues.push(problem("submission.superseded", why, { file: earlier.input.file }, "warning"));
      reject(earlier.input, summary, why);
    }
    winners.set(a.committee, a);
  }

  const index = measureIndex(catalogue);
  const entries = new Map<MeasureId, CommitteeEntry[]>();
  for (const { input, committee, rowsWithErrors } of winners.values()) {
    const seen = new Set<MeasureId>();
    input.rows.forEach((row, i) => {
      const entry = parseEntry(row);
      const id = entry.measureId;
      if (!id || !index.has(id)) return exclude(input, i, text("the measure ID is not in the catalogue", "លេខសម្គាល់មិនមាននៅក្នុងកាតាឡុក"));
      if (seen.has(id)) return exclude(input, i, text("the measure appears twice in the file", "វិធានការមានពីរដងក្នុងឯកសារ"));
      seen.add(id);
      const hasErrors = rowsWithErrors.has(i);
      const isLead = index.get(id)!.lead === committee;
      rows.push({ file: input.file, sheet: input.sheet, row: i, measureId: id, outcome: isLead ? "used" : "supporting" });
      const list = entries.get(id) ?? [];
      list.push({ committee, entry, file: input.file, hasErrors });
      entries.set(id, list);
    });
  }

  const previousById = new Map((previousLines ?? []).map((l) => [l.measure.id, l] as const));
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
      ...(prev ? { previous: { status: prev.status, ...(prev.lead?.entry.progress !== undefined ? { progress: prev.lead.entry.progress } : {}) } } : {}),
    };
  });

  return {
    quarter,
    catalogue,
    submissions: files.map((f) => summaries.get(f.file)!),
    measures,
    issues,
    rows,
    hasPrevious: previousLines !== undefined,
  };
}

/** Progress this far apart between lead and supporting committee counts as a disagreement. */
export const PROGRESS_DISAGREEMENT_POINTS = 25;

function disagreement(lead: CommitteeEntry, other: CommitteeEntry): LocalText[] {
  const out: LocalText[] = [];
  const a = lead.entry.status;
  const b = other.entry.status;
  if (a && b && a !== b) {
    out.push({
      en: `${other.committee} reports "${statusLabel(b, "en")}", ${lead.committee} (lead) "${statusLabel(a, "en")}"`,
      km: `${other.committee} រាយការណ៍ "${statusLabel(b, "km")}" ខណៈ ${lead.committee} (ដឹកនាំ) "${statusLabel(a, "km")}"`,
    });
  }
  const p = lead.entry.progress;
  const q = other.entry.progress;
  if (p !== undefined && q !== undefined && Math.abs(p - q) >= PROGRESS_DISAGREEMENT_POINTS) {
    out.push({ en: `${other.committee} reports ${q}% progress, ${lead.committee} (lead) ${p}%`, km: `${other.committee} រាយការណ៍វឌ្ឍនភាព ${q}% ខណៈ ${lead.committee} ${p}%` });
  }
  return out;
}
