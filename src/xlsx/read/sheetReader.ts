import type { Cell, NumberFormatClass } from "../../domain/entries/cells";
import { WorkbookReadError } from "./errors";
import { SheetBuilder } from "./sheetBuilder";
import type { GuardedZip } from "./zip";
import type { SaxesParser } from "saxes";
import { xmlParser } from "./xml";

export interface SheetLimits {
  /** A status sheet has a few thousand rows at most; beyond this the file is refused, not read on. */
  readonly maxRows: number;
  /** Columns past this are not read (and `ignoredCells` says how many had content). */
  readonly maxCols: number;
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = { maxRows: 20_000, maxCols: 64 };

export interface SheetData {
  readonly name: string;
  /** rows[r][c], 0-based; absent cells are undefined. */
  readonly rows: readonly (readonly (Cell | undefined)[])[];
  /** Merged ranges as "A1:B2"; only their top-left cell holds a value, as in the file. */
  readonly merges: readonly string[];
  readonly ignoredCells: number;
}

/** The workbook's shared strings, by the index a cell of type "s" holds. */
export interface SharedStrings {
  get(index: number): string | undefined;
}

export const listedStrings = (strings: readonly string[]): SharedStrings => ({ get: (index) => strings[index] });

export interface SheetContext {
  readonly zip: GuardedZip;
  readonly sheetName: string;
  readonly part: string;
  readonly sharedStrings: SharedStrings;
  readonly styles: readonly NumberFormatClass[];
  readonly limits: SheetLimits;
}

// The row and column (0-based) of the last cell reference read by cellRef.
let refRow = 0;
let refCol = 0;

/**
 * Reads an A1 reference ("AB12", "$AB$12") into refRow / refCol; false when it is not one. What
 * domain/cells parseA1 does, without a regular expression and a result object for every cell.
 */
function cellRef(ref: string): boolean {
  let i = 0;
  const n = ref.length;
  if (i < n && ref.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const colStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  const letters = i - colStart;
  if (letters < 1 || letters > 3) return false;
  if (i < n && ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const rowStart = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  const digits = i - rowStart;
  if (digits < 1 || digits > 7) return false;
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** A cell's `r` attribute read as the reference reader reads it: [row, col] (0-based), or undefined. */
export function cellRefOf(ref: string): [number, number] | undefined {
  return ref !== "" && cellRef(ref) ? [refRow, refCol] : undefined;
}

/** saxes events into a SheetBuilder. */
function sheetParser(sheet: SheetBuilder): SaxesParser {
  return xmlParser({
    open(name, attrs) {
      switch (name) {
        case "row":
          sheet.openRow(Number(attrs.r));
          break;
        case "c": {
          const ref = attrs.r;
          const hasRef = ref !== undefined && ref !== "" && cellRef(ref);
          sheet.openCell(hasRef, refRow, refCol, attrs.t ?? "n", Number(attrs.s ?? 0));
          break;
        }
        case "v":
          sheet.openValue();
          break;
        case "f":
          sheet.openFormula();
          break;
        case "is":
          sheet.openInline();
          break;
        case "mergeCell":
          sheet.merge(attrs.ref);
          break;
      }
    },
    text: (t) => sheet.text(t),
    close(name) {
      if (name === "v") sheet.closeValue();
      else if (name === "f") sheet.closeFormula();
      else if (name === "is") sheet.closeInline();
      else if (name === "c") sheet.closeCell();
    },
  });
}

const notXml = (ctx: SheetContext, e: unknown): WorkbookReadError =>
  new WorkbookReadError("corrupt", ctx.zip.file, { en: `sheet "${ctx.sheetName}" is not valid XML (${(e as Error).message})`, km: `សន្លឹក "${ctx.sheetName}" ខូច` });

/** The reference reader: streams one sheet part through fflate and saxes. */
export function readSheetPart(ctx: SheetContext): SheetData {
  const sheet = new SheetBuilder(ctx);
  const parser = sheetParser(sheet);
  const decoder = new TextDecoder("utf-8");
  ctx.zip.stream(ctx.part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  try {
    parser.write(decoder.decode()).close();
  } catch (e) {
    throw notXml(ctx, e);
  }
  return sheet.result();
}

/** One sheet part's whole XML, already inflated, through saxes. */
export function parseSheetXml(ctx: SheetContext, xml: string): SheetData {
  const sheet = new SheetBuilder(ctx);
  try {
    sheetParser(sheet).write(xml).close();
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw notXml(ctx, e);
  }
  return sheet.result();
}
