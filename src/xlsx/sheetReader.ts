import { parseA1, type Cell, type CellValue, type NumberFormatClass } from "../domain/cells";
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
        value = valueText;
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
    const cell: Cell = {
      value,
      ...(hasFormula ? { formula: formulaText } : {}),
      ...(error ? { error } : {}),
      ...(type === "d" ? { format: "date" as const } : format && format !== "other" ? { format } : {}),
    };
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
          const ref = attrs.r ? parseA1(attrs.r) : undefined;
          if (ref) {
            colIndex = ref.col;
            if (ref.row !== rowIndex) {
              rowIndex = ref.row;
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
