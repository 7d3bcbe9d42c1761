import type { Worksheet } from "exceljs";
import type { Lang } from "../../../domain/text/lang";
import { DEFAULT_ROW_HEIGHT_PT } from "../../../domain/report/printLayout";
import { KHMER, cellHeight } from "../sheetStyle";
import { rowWriterOf, type RowCell, type RowWriter } from "./book";
import type { CellStyle } from "./styles";

/**
 * What a report cell may hold. There is deliberately no formula here: the report computes every
 * figure itself, and text from submissions (even "=HYPERLINK(…)" or "+cmd|…") goes in as a string,
 * which ExcelJS writes as a string cell — never as a formula.
 */
export type CellValue = string | number | Date | null;

export interface Put {
  readonly v: CellValue;
  readonly s: CellStyle;
  /** Columns the cell spans (merged), 1 by default. */
  readonly span?: number;
}

/** Excel refuses cells longer than this; longer text makes it "repair" the file. */
const MAX_CELL_TEXT = 32_767;
/** Characters XML 1.0 cannot carry (ExcelJS drops C0 controls itself; these are the rest). */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any of the characters NOT_XML may have to replace: most texts have none, and skip the full pattern. */
const MAYBE_NOT_XML = /[\ud800-\udfff\ufffe\uffff]/;

/** Text exactly as given, minus what XML cannot carry, within Excel's limit for one cell. */
export function safeText(text: string): string {
  const clean = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, "\ufffd") : text;
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
}

/** What goes into the cell: text made safe for XML and Excel, and no NaN or infinite number. */
function cellValue(v: CellValue): CellValue {
  if (typeof v === "string") return safeText(v);
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

function displayText(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return "00/00/0000";
  return typeof v === "number" ? String(v) : v;
}

/**
 * Writes a sheet top to bottom, one row at a time, and sizes each row to its tallest cell so that
 * LibreOffice and print (which do not re-fit rows) show wrapped text whole.
 */
/**
 * The style of every report row: none (cells carry their own). ExcelJS gives each new row an empty
 * style object of its own and, writing the row, looks its style up by object identity: every row
 * missed that lookup and had its empty style rendered to XML to find the same style again (8,700
 * times in the Data issues sheet at N = 100). One shared object is found after the first row; frozen,
 * so that setting a row-level style (row.font = …) throws instead of styling every row.
 */
const ROW_STYLE: CellStyle = Object.freeze({});

/** Texts remembered per column and style: enough for every file name, sheet and rule code of a report. */
const MAX_SIZED_TEXTS = 2048;

export class Grid {
  private next = 1;
  /** Height (points) of the rows above `next`, skipped rows at the sheet's default height. */
  private written = 0;
  /**
   * Heights of wrapped one-column cells already measured, by column, style and text. The Data issues
   * sheet repeats the same file name, sheet and rule code on thousands of rows, and measuring wrapped
   * text was a quarter of the report's write time (0.13 of 0.48 s at N = 100). Once a column's map
   * is full (its texts do not repeat, like the messages) it is only read.
   */
  private readonly sized: Map<CellStyle, Map<string, number>>[] = [];

  private readonly rowWriter: RowWriter | undefined;

  constructor(
    readonly ws: Worksheet,
    readonly lang: Lang,
    readonly widths: readonly number[],
  ) {
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    this.rowWriter = rowWriterOf(ws);
  }

  /** The row the next `put` writes. */
  get row(): number {
    return this.next;
  }

  get columnCount(): number {
    return this.widths.length;
  }

  /**
   * One row of cells from column A; `undefined` leaves a cell empty. `filterButtons` keeps room
   * for the autofilter arrow beside header labels.
   */
  put(cells: readonly (Put | undefined)[], options: { minHeight?: number; filterButtons?: boolean } = {}): number {
    const r = this.next++;
    let height = options.minHeight ?? 0;
    // The row's cells, placed: what both the streaming book's row writer and ExcelJS's rows take.
    const out: RowCell[] = [];
    let col = 1;
    for (const c of cells) {
      if (!c) {
        col++;
        continue;
      }
      const span = c.span ?? 1;
      out.push({ col, value: cellValue(c.v), style: c.s, ...(span > 1 ? { span } : {}) });
      let spanned = 0;
      for (let i = col - 1; i < col - 1 + span && i < this.widths.length; i++) spanned += this.widths[i]!;
      const width = spanned - (c.s.alignment?.indent ?? 0) - (options.filterButtons ? 2 : 0);
      const f = c.s.font;
      const text = displayText(c.v);
      const wrap = c.s.alignment?.wrapText === true;
      // Width, size and weight follow from the column, the style and filterButtons; the language from the text.
      let sized: Map<string, number> | undefined;
      if (wrap && span === 1 && !options.filterButtons) {
        const byStyle = (this.sized[col - 1] ??= new Map());
        sized = byStyle.get(c.s);
        if (!sized) byStyle.set(c.s, (sized = new Map()));
      }
      let h = sized?.get(text);
      if (h === undefined) {
        // Khmer text (an official's entry) in an English report is drawn by a Khmer font, with its taller lines.
        const lang = KHMER.test(text) ? "km" : this.lang;
        h = cellHeight(lang, text, width, f?.size || undefined, f?.bold === true, wrap);
        if (sized && sized.size < MAX_SIZED_TEXTS) sized.set(text, h);
      }
      height = Math.max(height, h);
      col += span;
    }
    // (The total height up to here scales the Summary's print page: heightThrough.)
    this.written += height;
    // A book that writes finished rows itself (the streaming report) takes every row.
    if (this.rowWriter) {
      this.rowWriter.write(r, out, height);
      return r;
    }
    const row = this.ws.getRow(r);
    // Row.style is in ExcelJS's model (row.js) but not in its typings.
    (row as unknown as { style: CellStyle }).style = ROW_STYLE;
    for (const { col: at, value, style, span = 1 } of out) {
      const cell = row.getCell(at);
      cell.value = value;
      cell.style = style;
      if (span > 1) this.ws.mergeCells(r, at, r, at + span - 1);
    }
    row.height = height;
    // Hands the finished row to a streaming writer (written out and forgotten); a no-op in memory.
    row.commit();
    return r;
  }

  /** A text across every column (merged): titles, notes, block headings. */
  banner(text: string, style: CellStyle, minHeight = 0): number {
    return this.put([{ v: text, s: style, span: this.widths.length }], { minHeight });
  }

  skip(rows = 1): void {
    this.next += rows;
    this.written += rows * DEFAULT_ROW_HEIGHT_PT;
  }

  /** Height (points) of rows 1 to `lastRow`: those written, and any below them at the default height. */
  heightThrough(lastRow: number): number {
    if (lastRow < this.next - 1) throw new Error(`Grid.heightThrough(${lastRow}): rows up to ${this.next - 1} are written; only their total is kept`);
    return this.written + (lastRow - (this.next - 1)) * DEFAULT_ROW_HEIGHT_PT;
  }
}
