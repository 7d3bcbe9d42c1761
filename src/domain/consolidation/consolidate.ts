import type { Catalogue } from "../catalogue/catalogue";
import { previousQuarter, type Quarter } from "../periods/periods";
import { checkFiles } from "./checkedFile";
import { startConsolidation } from "./incremental";
import type { MeasureLine, PreviousMeasure, ReportModel, SubmissionFile } from "./types";

export { PROGRESS_DISAGREEMENT_POINTS } from "./disagreement";
export { startConsolidation, type Consolidation, type ConsolidationOptions } from "./incremental";

export interface ConsolidateOptions {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  /** Last quarter's submissions, for change tracking and the progress-decrease warning. */
  readonly previous?: readonly SubmissionFile[];
}

/** Where each measure stood in a consolidated quarter: the baseline for the next quarter's report. */
export function previousMeasures(lines: readonly MeasureLine[]): PreviousMeasure[] {
  return lines.map((l) => ({ id: l.measure.id, status: l.status, ...(l.lead?.entry.progress !== undefined ? { progress: l.lead.entry.progress } : {}) }));
}

/**
 * One baseline from several sources of last quarter (its report, its submissions): a later source
 * wins for a measure it reports; "not reported" never hides what an earlier source knew.
 */
export function mergePrevious(...sources: readonly (readonly PreviousMeasure[])[]): PreviousMeasure[] {
  const byId = new Map<string, PreviousMeasure>();
  for (const source of sources) {
    for (const p of source) if (p.status !== "not-reported" || !byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()];
}

/**
 * The quarter's submissions, all in hand (the task pane, tests), consolidated into the report's
 * model: the incremental consolidation fed every file in order, the rules run only over the files
 * that may be used (checkFiles) — the CLI feeds it one file at a time.
 */
export function consolidate(files: readonly SubmissionFile[], options: ConsolidateOptions): ReportModel {
  const { quarter, catalogue } = options;
  const previous = options.previous ? previousMeasures(consolidate(options.previous, { quarter: previousQuarter(quarter), catalogue }).measures) : undefined;
  const checking = { quarter, catalogue, ...(previous ? { previous } : {}) };
  const consolidation = startConsolidation(checking);
  for (const checked of checkFiles(files, checking)) consolidation.addChecked(checked);
  return consolidation.finish();
}
