import type { Catalogue } from "../domain/catalogue/catalogue";
import { checkFeedback, feedbackMismatch, type Feedback, type ItemState } from "../domain/consolidation/feedback";
import { baseName } from "../domain/consolidation/fileNames";
import type { CommitteeCode } from "../domain/ids";
import type { Quarter } from "../domain/periods/periods";
import type { SubmissionInput } from "../domain/rules/submissionCheck";
import { columnDef } from "../domain/statusSheet/columns";
import type { LocalText } from "../domain/text/lang";
import { readFeedback } from "../xlsx/read/feedbackReader";
import { readBytes } from "./files";
import { readErrorLine, type Io } from "./output";

/** One feedback item as `validate --feedback` reports it. */
export interface ItemReport {
  readonly measureId: string;
  readonly column: string;
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly state: ItemState;
  /** Where the measure's cell is now ("Status!G7"); null when the measure has no row. */
  readonly cell: string | null;
  readonly message: string;
  readonly comment: string;
}

export interface FeedbackReport {
  readonly feedback: string;
  readonly madeFrom: string;
  /** Why the feedback does not apply to this workbook (another committee or quarter). */
  readonly refused?: LocalText;
  readonly items: readonly ItemReport[];
  readonly openErrors: number;
}

/** The feedback file named on the command line, or undefined after saying why it cannot be read. */
export function loadFeedback(path: string, io: Io): Feedback | undefined {
  try {
    return readFeedback(readBytes(path), path);
  } catch (e) {
    io.err(readErrorLine(e, path));
    return undefined;
  }
}

/** Each item of `feedback` against the workbook as it is now, or why the feedback does not apply to it. */
export function feedbackReport(
  feedback: Feedback,
  path: string,
  input: SubmissionInput,
  workbook: { readonly committee?: CommitteeCode; readonly quarter?: Quarter; readonly catalogue?: Catalogue },
): FeedbackReport {
  const base = { feedback: baseName(path), madeFrom: feedback.header.file };
  const refused = feedbackMismatch(feedback.header, workbook);
  if (refused || !workbook.quarter) return { ...base, refused: refused!, items: [], openErrors: 0 };
  const checks = checkFeedback(feedback, input.rows, { quarter: workbook.quarter, ...(workbook.committee ? { committee: workbook.committee } : {}), ...(workbook.catalogue ? { catalogue: workbook.catalogue } : {}) });
  const items = checks.map(({ item, state, row }): ItemReport => {
    const cell = row === undefined ? undefined : input.locate(row, item.column);
    return {
      measureId: item.measureId,
      column: columnDef(item.column).label.en,
      rule: item.rule,
      severity: item.severity,
      state,
      cell: cell ? `${input.sheet}!${cell}` : null,
      message: item.message,
      comment: item.comment,
    };
  });
  return { ...base, items, openErrors: items.filter((i) => i.state === "open" && i.severity === "error").length };
}

const STATE_WORDS: Record<ItemState, string> = { open: "open   ", fixed: "fixed  ", gone: "gone   ", unchecked: "not re-checked" };

/** The report's lines under the file's own verdict: a count, then each item not fixed. */
export function printFeedback(file: string, report: FeedbackReport, io: Io): void {
  if (report.refused) return;
  const count = (s: ItemState) => report.items.filter((i) => i.state === s).length;
  const parts = [`${count("open")} open (${report.openErrors} errors)`, `${count("fixed")} fixed`];
  if (count("gone")) parts.push(`${count("gone")} measures no longer in the table`);
  if (count("unchecked")) parts.push(`${count("unchecked")} not re-checked (they compare with last quarter)`);
  io.out(`${file}: feedback ${report.feedback} (made from ${report.madeFrom}): ${report.items.length} items — ${parts.join(", ")}`);
  for (const i of report.items) {
    if (i.state === "fixed") continue;
    const comment = i.comment ? ` — secretariat: ${i.comment}` : "";
    io.out(`  ${STATE_WORDS[i.state]} ${i.cell ?? "-"} ${i.measureId || "(no ID)"} (${i.column}): ${i.severity} ${i.message} [${i.rule}]${comment}`);
  }
}
