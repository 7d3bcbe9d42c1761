/**
 * The workbook the fake holds: plain data that tests can seed and inspect. Proxies (objects.ts)
 * read and write it only when a batch is synced, the way Excel applies a request.
 *
 * Deliberately independent of src/: addresses and value coercion are written again here, so a
 * bug in the gateway's helpers cannot be cancelled out by the same bug in the fake.
 */

import type { ChartState } from "./charts";
import { officeError } from "./errors";
import { FORMULA_PLACEHOLDER, parseInput, type ParseOptions } from "./numberParsing";

export type Scalar = string | number | boolean;

export interface ValidationState {
  readonly rule: Excel.DataValidationRule;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface CellState {
  /** What `values` returns: "" for an empty cell; a formula's cached result. */
  value: Scalar;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** Text entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
  numberFormat: string;
  /** "#RRGGBB" upper case; undefined when the cell has no fill. */
  fill?: string;
  /** Excel's default: every cell is locked (it matters once the sheet is protected). */
  locked: boolean;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  validation?: ValidationState;
}

/** 0-based, inclusive. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface ConditionalFormatState {
  readonly id: string;
  rect: Rect;
  readonly type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  dataBar?: {
    lower?: Excel.ConditionalDataBarRule;
    upper?: Excel.ConditionalDataBarRule;
    fillColor?: string;
    gradientFill?: boolean;
  };
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: Visibility;
  readonly cells: Map<number, CellState>;
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions };
  conditionalFormats: ConditionalFormatState[];
  readonly columnWidths: Map<number, number>;
  frozen?: string;
  /** Charts added with worksheet.charts.add (charts.ts). */
  charts?: ChartState[];
}

export type TableHandler = (args: Excel.TableChangedEventArgs) => Promise<unknown>;

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  rect: Rect;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  readonly handlers: Set<TableHandler>;
}

export interface NameState {
  readonly name: string;
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly comment?: string;
}

export interface WorkbookState {
  name: string;
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  /** Keyed by upper-case name: Excel names are case-insensitive. */
  readonly names: Map<string, NameState>;
  activeSheetId?: string;
  selection?: { sheetId: string; rect: Rect };
  /** Serials count from 1904-01-01 (Excel's "1904 date system"), not 1899-12-30. */
  date1904?: boolean;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** Excel's limit on the characters of a cell. */
export const MAX_CELL_CHARS = 32_767;

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function emptyCell(): CellState {
  return { value: "", numberFormat: "General", locked: true };
}

export function readCell(sheet: SheetState, row: number, col: number): CellState {
  return sheet.cells.get(cellKey(row, col)) ?? emptyCell();
}

export function cellFor(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : undefined;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function forEachCell(rect: Rect, fn: (row: number, col: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
}

// ---------------------------------------------------------------------------------------------
// Addresses, the way Excel writes and reads them.

export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "A1:B2" (no sheet); a single cell prints as "A1". */
export function rectAddress(rect: Rect): string {
  const first = `${colLetters(rect.c0)}${rect.r0 + 1}`;
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? first : `${first}:${colLetters(rect.c1)}${rect.r1 + 1}`;
}

/** Excel quotes sheet names that are not plain identifiers. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function fullAddress(sheet: SheetState, rect: Rect): string {
  return `${sheetPrefix(sheet.name)}${rectAddress(rect)}`;
}

/** Parses "A1", "$A$1:B2", "Sheet1!A1:B2", "'My sheet'!A1". Whole rows/columns are not modelled. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } {
  let rest = address.trim();
  let sheet: string | undefined;
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(rest);
  const plain = /^([^!']+)!(.*)$/.exec(rest);
  if (quoted) {
    sheet = quoted[1]!.replace(/''/g, "'");
    rest = quoted[2]!;
  } else if (plain) {
    sheet = plain[1]!;
    rest = plain[2]!;
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(rest);
  if (!m) throw officeError("InvalidArgument", "Worksheet.getRange", `address "${address}" (whole rows/columns and multiple areas are not modelled)`);
  const a = { r: Number(m[2]) - 1, c: colNumber(m[1]!) };
  const b = m[3] ? { r: Number(m[4]) - 1, c: colNumber(m[3]) } : a;
  const rect = {
    r0: Math.min(a.r, b.r),
    c0: Math.min(a.c, b.c),
    r1: Math.max(a.r, b.r),
    c1: Math.max(a.c, b.c),
  };
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLS)
    throw officeError("InvalidArgument", "Worksheet.getRange", `address "${address}" is outside the sheet`);
  return sheet === undefined ? { rect } : { sheet, rect };
}

// ---------------------------------------------------------------------------------------------
// What Excel stores when a value is written (through `values`/`formulas`, or typed).

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return Math.round((t - EXCEL_EPOCH) / 86_400_000);
}

export interface StoredInput {
  readonly value: Scalar;
  readonly formula?: string;
  readonly quotePrefix?: boolean;
  /** A number format Excel picks for the input when the cell's format is General. */
  readonly autoFormat?: string;
}

/** What a cell stores for a written or typed value: see numberParsing.ts (Range.values parses as en-US). */
export function storeInput(input: Scalar, options: ParseOptions = { culture: "en-US" }): StoredInput {
  return parseInput(input, options);
}

export { FORMULA_PLACEHOLDER };

/** What `formulas` returns for a cell: the formula, else the value. */
export function formulaOf(cell: CellState): Scalar {
  return cell.formula ?? cell.value;
}

export function normaliseColor(color: string): string {
  const hex = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return `#${hex[1]!.toUpperCase()}`;
  const named: Record<string, string> = {
    red: "#FF0000",
    white: "#FFFFFF",
    black: "#000000",
    yellow: "#FFFF00",
    green: "#008000",
    blue: "#0000FF",
  };
  const found = named[color.trim().toLowerCase()];
  if (!found) throw officeError("InvalidArgument", "RangeFill.color", `colour "${color}"`);
  return found;
}
