import type { Cell, CellValue, NumberFormatClass } from "../../domain/entries/cells";
import { detach } from "./detach";
import { WorkbookReadError } from "./errors";
import type { SheetContext, SheetData } from "./sheetReader";

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

  /**
   * `keep` copies a text that outlives the part: detach() for saxes' texts, slices of the whole
   * decoded part; the byte scanner's are made from the bytes and kept as they are.
   */
  constructor(
    private readonly ctx: SheetContext,
    private readonly keep: (text: string) => string = detach,
  ) {}

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
        value = this.ctx.sharedStrings.get(Number(valueText)) ?? null;
        break;
      case "inlineStr":
      case "str":
        value = this.keep(valueText);
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
