import type { Lang, LocalText } from "../text/lang";
import { asciiToKhmerDigits } from "../text/normalise";

/**
 * The status workbook's change log (a contract, README): a very hidden sheet that records each
 * change of an entry cell made while the add-in is open, and each submission. Written by the
 * Office.js gateway, read by the submission reader, covered by the submission's checksum.
 *
 * Row 1 holds the column keys (language-neutral, like PT_Meta's "key | value"); every later row
 * is one log row. Every cell is text except `changes`.
 */
export const AUDIT_SHEET = "PT_Audit";

export type AuditColumnKey = "at" | "source" | "officer" | "cell" | "measureId" | "column" | "before" | "after" | "changes" | "until";

export interface AuditColumn {
  readonly key: AuditColumnKey;
  readonly label: LocalText;
}

/** The log's columns, in sheet order. */
export const AUDIT_COLUMNS: readonly AuditColumn[] = [
  { key: "at", label: { en: "When (UTC)", km: "ពេលវេលា (UTC)" } },
  { key: "source", label: { en: "Made by", km: "ធ្វើដោយ" } },
  { key: "officer", label: { en: "Reporting officer", km: "មន្ត្រីរាយការណ៍" } },
  { key: "cell", label: { en: "Cell", km: "ក្រឡា" } },
  { key: "measureId", label: { en: "Measure ID", km: "លេខសម្គាល់វិធានការ" } },
  { key: "column", label: { en: "Column", km: "ជួរឈរ" } },
  { key: "before", label: { en: "Old value", km: "តម្លៃចាស់" } },
  { key: "after", label: { en: "New value", km: "តម្លៃថ្មី" } },
  { key: "changes", label: { en: "Changes", km: "ចំនួនការកែប្រែ" } },
  { key: "until", label: { en: "Until (UTC)", km: "រហូតដល់ (UTC)" } },
];

export const AUDIT_COLUMN_KEYS: readonly AuditColumnKey[] = AUDIT_COLUMNS.map((c) => c.key);

/**
 * Who made a row: the official named in the pane (`local`), a co-author whose edit Excel reported
 * as Remote, a submission stamp, or a summary of the oldest rows once the log reached its bound.
 */
export type AuditSource = "local" | "co-author" | "submission" | "summary";

export const AUDIT_SOURCE_LABELS: Readonly<Record<AuditSource, LocalText>> = {
  local: { en: "Reporting officer", km: "មន្ត្រីរាយការណ៍" },
  "co-author": { en: "A co-author", km: "អ្នករួមកែសម្រួល" },
  submission: { en: "Submission", km: "ការដាក់ជូន" },
  summary: { en: "Earlier changes", km: "ការកែប្រែមុននេះ" },
};

/** One row of the log as text, exactly as it sits in the sheet (the checksum covers this text). */
export type AuditRow = Readonly<Record<AuditColumnKey, string>>;

/** Rows the log holds at most; past it the oldest are folded into one summary row. */
export const AUDIT_LOG_LIMIT = 5_000;
/** Rows left after folding (the summary row included), so a fold happens once per ~1,000 changes, not on every one. */
export const AUDIT_LOG_KEEP = 4_000;
/** Old and new values are cut to this many characters (entries are capped at 2,000; a log of 5,000 rows stays small). */
export const AUDIT_TEXT_LIMIT = 500;

/** An empty row, to build others from. */
const BLANK: AuditRow = { at: "", source: "", officer: "", cell: "", measureId: "", column: "", before: "", after: "", changes: "", until: "" };

export function auditRow(fields: Partial<AuditRow>): AuditRow {
  return { ...BLANK, ...fields };
}

/** A cell value as the log records it: dates of date columns as yyyy-mm-dd, long text cut. */
export function auditText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return text.length > AUDIT_TEXT_LIMIT ? `${text.slice(0, AUDIT_TEXT_LIMIT - 1)}…` : text;
}

/** The row a submission stamp adds: when, and who submitted. */
export function submissionRow(at: string, officer: string): AuditRow {
  return auditRow({ at, source: "submission", officer, changes: "0" });
}

/** How many changes a row stands for: one per change, N for a summary, none for a submission. */
export function changeCount(row: AuditRow): number {
  if (row.source === "submission") return 0;
  const n = Number(row.changes);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

/** The values of a row for the sheet, in column order (`changes` as a number when it is one). */
export function auditRowValues(row: AuditRow): (string | number)[] {
  return AUDIT_COLUMN_KEYS.map((k) => (k === "changes" && /^\d+$/.test(row.changes) ? Number(row.changes) : row[k]));
}

/**
 * Log rows from a sheet's cells, header row first: columns are found by their key, so a log
 * written by a later layout with more columns still reads. Cells are taken as their text.
 */
export function parseAuditRows(grid: readonly (readonly unknown[] | undefined)[]): AuditRow[] {
  const header = (grid[0] ?? []).map((v) => String(v ?? "").trim());
  const at = new Map(AUDIT_COLUMN_KEYS.map((k) => [k, header.indexOf(k)] as const));
  const rows: AuditRow[] = [];
  for (const values of grid.slice(1)) {
    if (!values || isBlankAuditRow(values)) continue;
    const fields: Partial<Record<AuditColumnKey, string>> = {};
    for (const [key, i] of at) fields[key] = i < 0 ? "" : textOf(values[i]);
    rows.push(auditRow(fields));
  }
  return rows;
}

/** One row from its cells in the standard column order (the add-in reading the log it writes). */
export function auditRowAt(values: readonly unknown[]): AuditRow {
  return auditRow(Object.fromEntries(AUDIT_COLUMN_KEYS.map((k, i) => [k, textOf(values[i])])));
}

export function isBlankAuditRow(values: readonly unknown[] | undefined): boolean {
  return !values || values.every((v) => v === null || v === undefined || v === "");
}

const textOf = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

/** What the checksum covers of the log: each row's cells as text, in column order. */
export function canonicalAuditRows(rows: readonly AuditRow[]): string[][] {
  return rows.map((r) => AUDIT_COLUMN_KEYS.map((k) => r[k]));
}

/** "1,204 earlier changes from … to …": the text of a summary row, in the workbook's language. */
export function summaryText(count: number, from: string, to: string, lang: Lang): string {
  const n = count.toLocaleString("en-US");
  return lang === "km" ? `ការកែប្រែមុននេះចំនួន ${asciiToKhmerDigits(n)} ពី ${from} ដល់ ${to}` : `${n} earlier changes from ${from} to ${to}`;
}

/** One summary row standing for `rows` (the oldest of the log, an earlier summary among them). */
export function foldRows(rows: readonly AuditRow[], lang: Lang): AuditRow {
  const count = rows.reduce((n, r) => n + changeCount(r), 0);
  const instants = rows.flatMap((r) => [r.at, r.until]).filter((t) => t !== "").sort();
  const from = instants[0] ?? "";
  const to = instants.at(-1) ?? "";
  return auditRow({ at: from, until: to, source: "summary", changes: String(count), after: summaryText(count, from, to, lang) });
}

/**
 * How many of the oldest rows to fold so that the log, with `adding` more rows and one summary
 * row, holds AUDIT_LOG_KEEP rows; 0 while it stays within AUDIT_LOG_LIMIT.
 */
export function rowsToFold(existing: number, adding: number): number {
  if (existing + adding <= AUDIT_LOG_LIMIT) return 0;
  return existing + adding + 1 - AUDIT_LOG_KEEP;
}

/**
 * The changes logged since the submission before this one: between the last two submission rows
 * when the workbook's stamp is the last of them, else since the last submission row (changes
 * still to be submitted). A summary row before that point counts in full when no earlier
 * submission row is left.
 */
export function changesSinceLastSubmission(rows: readonly AuditRow[], submittedAt?: string): number {
  const marks = rows.flatMap((r, i) => (r.source === "submission" ? [i] : []));
  const last = marks.at(-1);
  const stamped = submittedAt !== undefined && submittedAt !== "" && last !== undefined && rows[last]!.at === submittedAt;
  const end = stamped ? last : rows.length;
  const start = stamped ? (marks.at(-2) ?? -1) : (last ?? -1);
  let count = 0;
  for (let i = start + 1; i < end; i++) count += changeCount(rows[i]!);
  return count;
}
