import type { Cell, CellValue, NumberFormatClass } from "../../domain/entries/cells";
import { detach } from "./detach";
import { WorkbookReadError } from "./errors";
import type { GuardedZip } from "./zip";
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

interface SheetContext {
  readonly zip: GuardedZip;
  readonly sheetName: string;
  readonly part: string;
  readonly sharedStrings: readonly string[];
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

/** Streams one sheet part, keeping formulas' cached values (never the formula as the value). */
export function readSheetPart(ctx: SheetContext): SheetData {
  const rows: (Cell | undefined)[][] = [];
  const merges: string[] = [];
  let ignoredCells = 0;
  let rowIndex = -1;
  let colIndex = -1;
  // The cell being read.
  let type = "n";
  let style = 0;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  let valueText = "";
  let formulaText = "";
  let hasFormula = false;

  const tooMany = (): WorkbookReadError =>
    new WorkbookReadError("too-many-cells", ctx.zip.file, {
      en: `sheet "${ctx.sheetName}" has more than ${ctx.limits.maxRows} rows; a status sheet never does`,
      km: `សន្លឹក "${ctx.sheetName}" មានជួរលើសពី ${ctx.limits.maxRows}`,
    });

  const finishCell = (): void => {
    if (colIndex >= ctx.limits.maxCols) {
      if (valueText !== "") ignoredCells++;
      return;
    }
    const format = ctx.styles[style];
    let value: CellValue = null;
    let error: string | undefined;
    switch (type) {
      case "s":
        value = ctx.sharedStrings[Number(valueText)] ?? null;
        break;
      case "inlineStr":
      case "str":
        value = detach(valueText);
        break;
      case "b":
        value = valueText === "1" || valueText === "true";
        break;
      case "e":
        error = valueText;
        break;
      case "d":
        value = valueText || null;
        break;
      default:
        value = valueText === "" ? null : Number(valueText);
        if (typeof value === "number" && Number.isNaN(value)) value = valueText;
    }
    if (value === null && !error && !hasFormula) return;
    // Built field by field, not with object spreads: this runs for every cell of every file.
    const cell: { value: CellValue; formula?: string; error?: string; format?: NumberFormatClass } = { value };
    if (hasFormula) cell.formula = formulaText;
    if (error) cell.error = error;
    if (type === "d") cell.format = "date";
    else if (format && format !== "other") cell.format = format;
    (rows[rowIndex] ??= [])[colIndex] = cell;
  };

  const parser = xmlParser({
    open(name, attrs) {
      switch (name) {
        case "row": {
          const r = Number(attrs.r);
          rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
          colIndex = -1;
          if (rowIndex >= ctx.limits.maxRows) throw tooMany();
          break;
        }
        case "c": {
          const ref = attrs.r;
          if (ref && cellRef(ref)) {
            colIndex = refCol;
            if (refRow !== rowIndex) {
              rowIndex = refRow;
              if (rowIndex >= ctx.limits.maxRows) throw tooMany();
            }
          } else colIndex++;
          type = attrs.t ?? "n";
          style = Number(attrs.s ?? 0);
          valueText = "";
          formulaText = "";
          hasFormula = false;
          break;
        }
        case "v":
          inValue = true;
          break;
        case "f":
          inFormula = true;
          hasFormula = true;
          break;
        case "is":
          inInline = true;
          break;
        case "mergeCell":
          if (attrs.ref) merges.push(attrs.ref);
          break;
      }
    },
    text(t) {
      if (inValue || (inInline && !inFormula)) valueText += t;
      else if (inFormula) formulaText += t;
    },
    close(name) {
      if (name === "v") inValue = false;
      else if (name === "f") inFormula = false;
      else if (name === "is") inInline = false;
      else if (name === "c") finishCell();
    },
  });

  const decoder = new TextDecoder("utf-8");
  ctx.zip.stream(ctx.part, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
  try {
    parser.write(decoder.decode()).close();
  } catch (e) {
    throw new WorkbookReadError("corrupt", ctx.zip.file, { en: `sheet "${ctx.sheetName}" is not valid XML (${(e as Error).message})`, km: `សន្លឹក "${ctx.sheetName}" ខូច` });
  }
  return { name: ctx.sheetName, rows, merges, ignoredCells };
}
