/**
 * The CLI's feedback writer: ExcelJS's in-memory workbook on its own. `require("exceljs")` also
 * loads its stream reader and CSV support: ~150 ms more than lib/doc/workbook after the report's
 * stream writer (measured), on the main thread while it checks files, or before anything at N < 200.
 * Node only (ExcelJS's lib/, not the browser build the task pane bundles).
 */
import Workbook from "exceljs/lib/doc/workbook";
import type { Feedback } from "../../domain/consolidation/feedback";
import { writeFeedbackWith, type FeedbackOptions } from "./feedbackBook";

export function writeFeedback(feedback: Feedback, options: FeedbackOptions): Promise<Uint8Array> {
  return writeFeedbackWith(Workbook, feedback, options);
}
