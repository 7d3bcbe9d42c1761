import { Workbook } from "exceljs";
import type { Feedback } from "../../domain/consolidation/feedback";
import { writeFeedbackWith, type FeedbackOptions } from "./feedbackBook";

export type { FeedbackOptions } from "./feedbackBook";

/** A committee's feedback file, as xlsx bytes (feedbackBook.ts). Browser-safe: the task pane writes these too. */
export function writeFeedback(feedback: Feedback, options: FeedbackOptions): Promise<Uint8Array> {
  return writeFeedbackWith(Workbook, feedback, options);
}
