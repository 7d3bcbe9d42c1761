import type { Cell, CellValue, NumberFormatClass } from "../../domain/entries/cells";
import { detach } from "./detach";
import { WorkbookReadError } from "./errors";
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

export interface SheetContext {
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

/** A cell's `r` attribute read as the reference reader reads it: [row, col] (0-based), or undefined. */
export function cellRefOf(ref: string): [number, number] | undefined {
  return ref !== "" && cellRef(ref) ? [refRow, refCol] : undefined;
}

/**
 * What a sheet's XML events make: the cells, row by row, with formulas' cached values (never the
 * formula as the value). One definition for both readers: saxes events (readSheetPart) and the
 * byte scanner (read/sheetScan.ts) call the same methods in the same order.
 */
export class SheetBuilder {
  readonly rows: (Cell | undefined)[][] = [];
  readonly merges: string[] = [];
  ignoredCells = 0;
  private rowIndex = -1;
  private colIndex = -1;
  // The cell being read.
  private type = "n";
  private style = 0;
  private inValue = false;
  private inFormula = false;
  private inInline = false;
  private valueText = "";
  private formulaText = "";
  private hasFormula = false;

  constructor(private readonly ctx: SheetContext) {}

  /** `r` as Number(attrs.r): NaN when absent. */
  openRow(r: number): void {
    this.rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : this.rowIndex + 1;
    this.colIndex = -1;
    if (this.rowIndex >= this.ctx.limits.maxRows) throw this.tooMany();
  }

  /** `hasRef`: the cell's `r` is an A1 reference, at row `row` and column `col` (0-based). */
  openCell(hasRef: boolean, row: number, col: number, type: string, style: number): void {
    if (hasRef) {
      this.colIndex = col;
      if (row !== this.rowIndex) {
        this.rowIndex = row;
        if (row >= this.ctx.limits.maxRows) throw this.tooMany();
      }
    } else this.colIndex++;
    this.type = type;
    this.style = style;
    this.valueText = "";
    this.formulaText = "";
    this.hasFormula = false;
  }

  openValue(): void {
    this.inValue = true;
  }
  openFormula(): void {
    this.inFormula = true;
    this.hasFormula = true;
  }
  openInline(): void {
    this.inInline = true;
  }
  merge(ref: string | undefined): void {
    if (ref) this.merges.push(ref);
  }
  /** Whether text now would be kept: the scanner decodes only what is. */
  get wantsText(): boolean {
    return this.inValue || this.inInline || this.inFormula;
  }
  text(t: string): void {
    if (this.inValue || (this.inInline && !this.inFormula)) this.valueText += t;
    else if (this.inFormula) this.formulaText += t;
  }
  closeValue(): void {
    this.inValue = false;
  }
  closeFormula(): void {
    this.inFormula = false;
  }
  closeInline(): void {
    this.inInline = false;
  }

  closeCell(): void {
    const { valueText, type, hasFormula } = this;
    if (this.colIndex >= this.ctx.limits.maxCols) {
      if (valueText !== "") this.ignoredCells++;
      return;
    }
    const format = this.ctx.styles[this.style];
    let value: CellValue = null;
    let error: string | undefined;
    switch (type) {
      case "s":
        value = this.ctx.sharedStrings[Number(valueText)] ?? null;
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
    if (hasFormula) cell.formula = this.formulaText;
    if (error) cell.error = error;
    if (type === "d") cell.format = "date";
    else if (format && format !== "other") cell.format = format;
    (this.rows[this.rowIndex] ??= [])[this.colIndex] = cell;
  }

  result(): SheetData {
    return { name: this.ctx.sheetName, rows: this.rows, merges: this.merges, ignoredCells: this.ignoredCells };
  }

  private tooMany(): WorkbookReadError {
    const { ctx } = this;
    return new WorkbookReadError("too-many-cells", ctx.zip.file, {
      en: `sheet "${ctx.sheetName}" has more than ${ctx.limits.maxRows} rows; a status sheet never does`,
      km: `សន្លឹក "${ctx.sheetName}" មានជួរលើសពី ${ctx.limits.maxRows}`,
    });
  }
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
