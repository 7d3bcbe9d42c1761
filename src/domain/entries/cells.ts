/** A cell as read from a workbook (file or Excel), before any rule interprets it. */
export type CellValue = string | number | boolean | null;

export type NumberFormatClass = "percent" | "date" | "other";

export interface Cell {
  readonly value: CellValue;
  /** The formula text when the cell holds one; `value` is then its cached result. */
  readonly formula?: string;
  /** An error value such as "#DIV/0!"; `value` is then null. */
  readonly error?: string;
  readonly format?: NumberFormatClass;
}

export const EMPTY_CELL: Cell = { value: null };

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "AB12" → { row: 11, col: 27 }; undefined when not an A1 address. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** What a user sees in a cell, as plain text (numbers unformatted). */
export function cellText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return cell?.error ?? "";
  return typeof cell.value === "string" ? cell.value : String(cell.value);
}
