import type { Catalogue } from "../domain/catalogue/catalogue";
import { checkFeedback, feedbackMismatch, type Feedback, type FeedbackItem, type ItemState } from "../domain/consolidation/feedback";
import type { LocalText } from "../domain/text/lang";
import type { Problem } from "../domain/rules/problems";
import { checkSubmission } from "../domain/rules/submissionCheck";
import { attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { submissionInput } from "./statusTable";
import { readStatusTable } from "./tableReader";
import { queueRemark } from "./validateStatusTable";

export interface FeedbackCheckOptions {
  readonly feedback: Feedback;
  /** Catalogues the workbook may have been made from (matched by hash). */
  readonly catalogues: readonly Catalogue[];
  /**
   * Mark the cells with issues, as "Check my table" does (every issue of the table, so the marks
   * agree with the issue list; the open items are among them). Off when live validation marks
   * the rows as they change and the items only need re-checking.
   */
  readonly mark: boolean;
  readonly host?: ExcelHost;
}

/** One item where it stands now, and where its measure's cell is now. */
export interface FeedbackItemView {
  readonly item: FeedbackItem;
  readonly state: ItemState;
  readonly sheet?: string;
  readonly cell?: string;
}

export type FeedbackCheck =
  | { readonly refused: LocalText }
  | {
      readonly items: readonly FeedbackItemView[];
      /** Every issue of the table now (what was marked). */
      readonly problems: readonly Problem[];
      readonly marked: number;
    };

/**
 * "Apply the secretariat's feedback to my workbook": reads the table and its metadata in one sync,
 * refuses feedback for another committee or quarter, matches each item to its measure's row by
 * measure ID (wherever the row is now), re-runs the rules and, when asked, marks the cells in a
 * second sync. One or two syncs whatever the number of items or rows.
 */
export async function checkFeedbackInWorkbook(options: FeedbackCheckOptions): Promise<ExcelOutcome<FeedbackCheck>> {
  const host = options.host ?? officeHost();
  return attempt(() =>
    runBatch(host, async (context) => {
      const read = await readStatusTable(context, host, { scope: { kind: "body" } });
      const { data } = read;
      const input = submissionInput(data);
      const verdict = checkSubmission(input, { catalogues: options.catalogues });
      const refused = feedbackMismatch(options.feedback.header, verdict);
      if (refused || !verdict.quarter) return { refused: refused! };
      const checks = checkFeedback(options.feedback, data.rows, {
        quarter: verdict.quarter,
        ...(verdict.committee ? { committee: verdict.committee } : {}),
        ...(verdict.catalogue ? { catalogue: verdict.catalogue } : {}),
      });
      const items = checks.map(({ item, state, row }): FeedbackItemView => {
        const cell = row === undefined ? undefined : input.locate(row, item.column);
        return { item, state, ...(cell ? { sheet: data.sheetName, cell } : {}) };
      });
      let marked = 0;
      let problems = verdict.problems;
      if (options.mark) {
        ({ marked, problems } = queueRemark(read, verdict.problems));
        await context.sync();
      }
      return { items, problems, marked };
    }),
  );
}
