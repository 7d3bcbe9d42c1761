import type { Cell, CellValue } from "../domain/entries/cells";
import { classifyNumberFormat } from "../domain/statusSheet/sheetContract";

/** Error values Excel returns through `values` (as text). */
const EXCEL_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * A domain Cell from what Office.js returns for one cell: `values`, and where loaded `formulas`
 * (the formula, or the value when there is none) and `numberFormat`.
 */
export function cellFromExcel(value: unknown, formula?: unknown, numberFormat?: unknown): Cell {
  const format = typeof numberFormat === "string" ? classifyNumberFormat(numberFormat) : "other";
  const extra = {
    // A formula reads back as "=…" and differs from its result; text that merely starts with "=" reads back equal.
    ...(typeof formula === "string" && formula.startsWith("=") && formula !== value ? { formula } : {}),
    ...(format !== "other" ? { format } : {}),
  };
  if (typeof value === "string" && EXCEL_ERRORS.has(value.trim().toUpperCase())) return { value: null, error: value.trim(), ...extra };
  if (value === "" || value === null || value === undefined) return { value: null, ...extra };
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { value, ...extra };
  return { value: String(value), ...extra };
}

export type ExcelInput = string | number | boolean;

/**
 * What to write through Range.values so Excel stores exactly this value. Excel parses written text
 * as if it were typed — with US settings, whatever the user's (office-js #1559) — so "Dec 2025",
 * "2-Mar", "9 AM", "1 1/2", "1e5", "00123" and "TRUE" become dates, times, numbers and booleans, and
 * "=…" a formula. A leading apostrophe makes Excel keep the rest as text (it is not part of the
 * value, and `values` reads the text back without it), so every text gets one: guessing which texts
 * Excel converts misses some. Cell formats are left as they are, so an entry cell still reads what
 * officials type there as numbers and dates.
 */
export function excelInput(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return value === "" ? "" : `'${value}`;
}

/** Writes a cell back as it was: its formula if it had one, its error literal, else its value. */
export function cellInput(cell: Cell | undefined): ExcelInput {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.error !== undefined) return cell.error;
  return excelInput(cell.value);
}
