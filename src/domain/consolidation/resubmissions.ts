import type { Catalogue, Measure } from "../catalogue/catalogue";
import { measureIndex } from "../catalogue/catalogueBuild";
import type { StatusCode } from "../entries/status";
import { asMeasureId, type CommitteeCode, type MeasureId } from "../ids";
import { stampInstant } from "../periods/stamp";
import { rowProgress, rowRawId, rowStatus, type StatusEntry, type StatusRow } from "../statusSheet/statusRow";

/** A submission as ordering needs it: its stamp, its file name, and when it was handed to consolidation. */
export interface Stamped {
  readonly file: string;
  readonly submittedAt?: string;
  /** Place among the files added (0-based). */
  readonly added: number;
}

/**
 * Positive when `a` is the later submission: the later stamp as an instant (a missing or unreadable
 * stamp is earlier than any), then the later file name (by code unit, the same everywhere), then
 * the file added last, as a stable sort by stamp would.
 */
export function compareSubmissions(a: Stamped, b: Stamped): number {
  const ta = stampInstant(a.submittedAt) ?? -Infinity;
  const tb = stampInstant(b.submittedAt) ?? -Infinity;
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.added - b.added;
}

/** What a submission said of one measure, as far as the Changes sheet compares two of them. */
export interface MeasureReport {
  readonly status?: StatusCode;
  readonly progress?: number;
}

/** A submission reduced to status and progress per measure of the catalogue (first row of a measure). */
export type SubmissionDigest = ReadonlyMap<MeasureId, MeasureReport>;

export function digest(entries: readonly StatusEntry[], catalogue: Catalogue): SubmissionDigest {
  const index = measureIndex(catalogue);
  const out = new Map<MeasureId, MeasureReport>();
  for (const e of entries) {
    if (!e.measureId || !index.has(e.measureId) || out.has(e.measureId)) continue;
    out.set(e.measureId, { ...(e.status ? { status: e.status } : {}), ...(e.progress !== undefined ? { progress: e.progress } : {}) });
  }
  return out;
}

/**
 * The same digest straight from the rows, without parsing every cell of each (digest of the rows'
 * parseEntry gives the same): for a submission known to lose, nothing else of its rows is needed.
 */
export function digestRows(rows: readonly StatusRow[], catalogue: Catalogue): SubmissionDigest {
  const index = measureIndex(catalogue);
  const out = new Map<MeasureId, MeasureReport>();
  for (const row of rows) {
    const measureId = asMeasureId(rowRawId(row));
    if (!measureId || !index.has(measureId) || out.has(measureId)) continue;
    // (Built key by key, not with spreads of small objects: this runs for every row of every file.)
    const report: { status?: StatusCode; progress?: number } = {};
    const status = rowStatus(row);
    if (status) report.status = status;
    const progress = rowProgress(row);
    if (progress !== undefined) report.progress = progress;
    out.set(measureId, report);
  }
  return out;
}

/** A measure whose status or progress differs between the replaced and the used submission. */
export interface ResubmissionMove {
  readonly measure: Measure;
  /** Absent: the file had no row for the measure. */
  readonly replaced?: MeasureReport;
  readonly used?: MeasureReport;
}

/** A committee that sent more than one submission: the one used, the latest one it replaced, what moved. */
export interface Resubmission {
  readonly committee: CommitteeCode;
  readonly used: { readonly file: string; readonly submittedAt?: string };
  readonly replaced: { readonly file: string; readonly submittedAt?: string };
  /** Every superseded file of the committee, the replaced one included. */
  readonly supersededFiles: number;
  /** In catalogue order. */
  readonly moves: readonly ResubmissionMove[];
}

const same = (a: MeasureReport | undefined, b: MeasureReport | undefined): boolean => a?.status === b?.status && a?.progress === b?.progress;

/** Measures whose status or progress moved from `replaced` to `used`, in catalogue order. */
export function movesBetween(replaced: SubmissionDigest, used: SubmissionDigest, catalogue: Catalogue): ResubmissionMove[] {
  return catalogue.measures.flatMap((measure) => {
    const before = replaced.get(measure.id);
    const after = used.get(measure.id);
    if ((!before && !after) || same(before, after)) return [];
    return [{ measure, ...(before ? { replaced: before } : {}), ...(after ? { used: after } : {}) }];
  });
}
