import type { Catalogue } from "../catalogue";
import { previousQuarter, type Quarter } from "../periods";
import { startConsolidation } from "./incremental";
import type { ReportModel, SubmissionFile } from "./types";

export { PROGRESS_DISAGREEMENT_POINTS } from "./disagreement";
export { startConsolidation, type Consolidation, type ConsolidationOptions } from "./incremental";

export interface ConsolidateOptions {
  readonly quarter: Quarter;
  readonly catalogue: Catalogue;
  /** Last quarter's submissions, for change tracking and the progress-decrease warning. */
  readonly previous?: readonly SubmissionFile[];
}

/**
 * The quarter's submissions, all in hand (the task pane, tests), consolidated into the report's
 * model: the incremental consolidation fed every file in order — the CLI feeds it one file at a time.
 */
export function consolidate(files: readonly SubmissionFile[], options: ConsolidateOptions): ReportModel {
  const { quarter, catalogue } = options;
  const previous = options.previous ? consolidate(options.previous, { quarter: previousQuarter(quarter), catalogue }).measures : undefined;
  const consolidation = startConsolidation({ quarter, catalogue, ...(previous ? { previous } : {}) });
  for (const f of files) consolidation.add(f);
  return consolidation.finish();
}
