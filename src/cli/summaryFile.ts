import { writeFileSync } from "node:fs";
import { reportSummary, type ReportSummary } from "../domain/consolidation/summary";
import type { ReportModel } from "../domain/consolidation/types";

/** Writes the `--summary` JSON (DESIGN §6) and returns the summary. */
export function writeSummaryFile(file: string, model: ReportModel): ReportSummary {
  const summary = reportSummary(model);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
