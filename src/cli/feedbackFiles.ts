import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { feedbackFileName } from "../domain/consolidation/feedback";
import type { ReportModel } from "../domain/consolidation/types";
import { writeFeedback } from "../xlsx/write/feedbackWriterNode";

/**
 * One feedback file per committee whose submission used has issues, in `dir` (made if missing),
 * each written through a temporary file. Returns what was written, for the run's summary line.
 */
export async function writeFeedbackFiles(model: ReportModel, dir: string, generatedAt: Date): Promise<{ committee: string; items: number; path: string }[]> {
  if (model.feedback.length === 0) return [];
  mkdirSync(dir, { recursive: true });
  const written: { committee: string; items: number; path: string }[] = [];
  for (const feedback of model.feedback) {
    const path = join(dir, feedbackFileName(feedback.header));
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, await writeFeedback(feedback, { generatedAt }));
      renameSync(temporary, path);
    } catch (e) {
      rmSync(temporary, { force: true });
      throw e;
    }
    written.push({ committee: feedback.header.committee, items: feedback.items.length, path });
  }
  return written;
}
