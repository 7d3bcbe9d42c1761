import { feedbackFileName } from "../../domain/consolidation/feedback";
import type { ReportModel } from "../../domain/consolidation/types";
import type { FeedbackFile } from "./protocol";

/** The feedback file of each committee whose submission used has issues, written as the CLI writes them. */
export async function writeFeedbackFiles(model: ReportModel, generatedAt: Date): Promise<FeedbackFile[]> {
  if (model.feedback.length === 0) return [];
  // In the report writer's chunk: ExcelJS is loaded once for both.
  const { writeFeedback } = await import(/* webpackChunkName: "report-writer" */ "../../xlsx/write/feedbackWriter");
  const files: FeedbackFile[] = [];
  for (const feedback of model.feedback) {
    files.push({
      committee: feedback.header.committee,
      fileName: feedbackFileName(feedback.header),
      items: feedback.items.length,
      bytes: await writeFeedback(feedback, { generatedAt }),
    });
  }
  return files;
}
