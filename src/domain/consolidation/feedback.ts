import type { Catalogue } from "../catalogue/catalogue";
import type { Cell } from "../entries/cells";
import { cellText } from "../entries/cells";
import { parseText, serialToIso } from "../entries/entryParse";
import type { CommitteeCode } from "../ids";
import type { Quarter } from "../periods/periods";
import type { Severity } from "../rules/problems";
import type { SubmissionInput } from "../rules/submissionCheck";
import { checkRows } from "../rules/tableRules";
import type { Finding, RuleContext } from "../rules/types";
import type { ColumnKey } from "../statusSheet/columns";
import type { StatusRow } from "../statusSheet/statusRow";
import { pick, type Lang, type LocalText } from "../text/lang";

/**
 * Return for correction: what the secretariat found in a committee's submission, sent back to the
 * committee in its own language, one item per cell that broke a rule. Items name the measure, never
 * the row: the official may have re-sorted the table since.
 */
export interface FeedbackItem {
  /** The measure ID as written in the row ("" when the row had none). */
  readonly measureId: string;
  readonly column: ColumnKey;
  /** What the cell held, as text. */
  readonly value: string;
  readonly rule: string;
  readonly severity: Severity;
  /** The rule's message in the committee's language. */
  readonly message: string;
  /** The secretariat's comment ("" when none). */
  readonly comment: string;
}

/** Whose submission the feedback is about: what a tool checks before applying it to a workbook. */
export interface FeedbackHeader {
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly language: Lang;
  readonly catalogueVersion: string;
  readonly catalogueHash: string;
  /** The submission's file name (never its path) and stamp. */
  readonly file: string;
  readonly submittedAt?: string;
}

export interface Feedback {
  readonly header: FeedbackHeader;
  readonly items: readonly FeedbackItem[];
}

/**
 * Where an item stands against the table as it is now: the rule still fires on the measure's cell
 * ("open"), no longer does ("fixed"), the measure has no row any more ("gone"), or the rule needs
 * what is not at hand here — last quarter's figures — and was not re-run ("unchecked").
 */
export type ItemState = "open" | "fixed" | "gone" | "unchecked";

export interface ItemCheck {
  readonly item: FeedbackItem;
  readonly state: ItemState;
  /** The body row (0-based) the measure is on now; absent when it is gone. */
  readonly row?: number;
}

/** Rules that compare with last quarter: without it they cannot fire, which would not mean "fixed". */
const NEEDS_PREVIOUS = new Set(["progress.decrease"]);

/** The conventional file name: feedback-2026-Q3-DGC.xlsx. */
export function feedbackFileName(header: Pick<FeedbackHeader, "quarter" | "committee">): string {
  return `feedback-${header.quarter}-${header.committee}.xlsx`;
}

/** A cell as the official saw it: the formula when there is one, a percent as a percent, a date as a date. */
export function seenText(cell: Cell | undefined): string {
  if (!cell) return "";
  if (cell.formula !== undefined) return `=${cell.formula.replace(/^=/, "")}`;
  if (typeof cell.value === "number" && cell.format === "percent") return `${Math.round(cell.value * 10000) / 100}%`;
  if (typeof cell.value === "number" && cell.format === "date") return serialToIso(cell.value) ?? String(cell.value);
  return cellText(cell);
}

/** A measure ID as rows are matched on it: as the rules read it, upper case. */
const idKey = (raw: string): string => raw.toUpperCase();

/** The findings on a table's rows as feedback items in `lang`. */
export function feedbackItems(findings: readonly Finding[], rows: readonly StatusRow[], lang: Lang): FeedbackItem[] {
  return findings.map((f) => ({
    measureId: f.measureId ?? "",
    column: f.column,
    value: seenText(rows[f.row]?.cells[f.column]),
    rule: f.rule,
    severity: f.severity,
    message: pick(f.message, lang),
    comment: "",
  }));
}

/** What to send back to a committee about its submission: the rules' findings, in the workbook's language. */
export function submissionFeedback(
  input: Pick<SubmissionInput, "meta" | "rows">,
  findings: readonly Finding[],
  at: { readonly committee: CommitteeCode; readonly quarter: Quarter; readonly catalogue: Catalogue; readonly file: string; readonly submittedAt?: string },
): Feedback {
  const language: Lang = input.meta.language === "km" ? "km" : "en";
  return {
    header: {
      committee: at.committee,
      quarter: at.quarter,
      language,
      catalogueVersion: at.catalogue.version,
      catalogueHash: at.catalogue.hash,
      file: at.file,
      ...(at.submittedAt ? { submittedAt: at.submittedAt } : {}),
    },
    items: feedbackItems(findings, input.rows, language),
  };
}

/**
 * Each item against the table as it is now, run through the same rules: matched to its measure's
 * row by measure ID, wherever that row is now.
 */
export function checkFeedback(feedback: Feedback, rows: readonly StatusRow[], ctx: RuleContext): ItemCheck[] {
  const { findings } = checkRows(rows, ctx);
  const rowsOf = new Map<string, number[]>();
  for (const row of rows) {
    const key = idKey(parseText(row.cells.id));
    rowsOf.set(key, [...(rowsOf.get(key) ?? []), row.index]);
  }
  const firing = new Set(findings.map((f) => `${f.row}|${f.column}|${f.rule}`));
  return feedback.items.map((item) => {
    const at = rowsOf.get(idKey(item.measureId));
    if (!at) return { item, state: "gone" };
    const hit = at.find((row) => firing.has(`${row}|${item.column}|${item.rule}`));
    const row = hit ?? at[0]!;
    if (NEEDS_PREVIOUS.has(item.rule) && !ctx.previous) return { item, state: "unchecked", row };
    return { item, state: hit === undefined ? "fixed" : "open", row };
  });
}

/** Why a feedback file cannot be applied to a workbook of `committee` and `quarter`; undefined when it can. */
export function feedbackMismatch(header: FeedbackHeader, workbook: { readonly committee?: CommitteeCode; readonly quarter?: Quarter }): LocalText | undefined {
  if (header.committee === workbook.committee && header.quarter === workbook.quarter) return undefined;
  const theirs = `${workbook.committee ?? "?"} ${workbook.quarter ?? "?"}`;
  return {
    en: `This feedback is for ${header.committee} ${header.quarter} (made from ${header.file}), but this workbook is ${theirs}: open the feedback in the workbook it was made for.`,
    km: `មតិកែលម្អនេះសម្រាប់ ${header.committee} ${header.quarter} (បង្កើតពី ${header.file}) ប៉ុន្តែសៀវភៅការងារនេះជារបស់ ${theirs}៖ សូមបើកមតិកែលម្អនៅក្នុងសៀវភៅការងារដែលវាត្រូវបានបង្កើតសម្រាប់។`,
  };
}
