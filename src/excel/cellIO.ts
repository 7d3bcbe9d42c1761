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

/**
 * Text Excel would not keep as typed when written through `values`: formulas (= + - @), numbers,
 * percentages, dates, times, booleans and error literals — and a leading apostrophe, which Excel
 * would swallow.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (/^['=+\-@]/.test(text)) return true;
  const t = text.trim();
  if (/\d/.test(t) && /^[-+(]?[$€£¥៛]?\s*[\d.,]+\s*%?\)?$/.test(t)) return true;
  if (/^[-+]?\d+(\.\d+)?e[-+]?\d+$/i.test(t)) return true;
  if (/^\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?([ T].*)?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#[A-Z0-9/!?_]+[!?]?$/i.test(t)) return true;
  return false;
}

export type ExcelInput = string | number | boolean;

/** What to write through Range.values so Excel stores exactly this value (text stays text). */
export function excelInput(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/** Writes a cell back as it was: its formula if it had one, its error literal, else its value. */
export function cellInput(cell: Cell | undefined): ExcelInput {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.formula;
  if (cell.error !== undefined) return cell.error;
  return excelInput(cell.value);
}
