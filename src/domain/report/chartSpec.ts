import { columnLetters } from "../entries/cells";
import type { Lang } from "../text/lang";

/**
 * A chart of cells on a sheet, described once for whoever draws it: the Office.js gateway
 * (worksheet.charts.add in Excel) and the xlsx writers (DrawingML chart parts in the file). Plain
 * data: which cells hold the categories and each series, where the chart sits, how it looks.
 */

/** A block of cells on a named sheet; rows and columns 0-based, both ends included. */
export interface CellBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type ChartKind = "stackedBar" | "line";

export interface ChartSeries {
  /** The cell holding the series' name. */
  readonly name: CellBlock;
  /** One row or one column of figures, one per category. */
  readonly values: CellBlock;
  /** RGB hex, no "#". */
  readonly colour: string;
  /** What the cells hold, when the writer knows it: saved with the chart for readers that do not recalculate. */
  readonly cached?: { readonly name: string; readonly values: readonly (number | null)[] };
}

export interface ChartSpec {
  /** The chart's name in Excel (stable across languages, for whoever looks it up). */
  readonly name: string;
  readonly kind: ChartKind;
  /** In the report's language. */
  readonly title: string;
  /** The language of the labels: decides the fonts. */
  readonly lang: Lang;
  readonly categories: CellBlock;
  readonly cachedCategories?: readonly string[];
  readonly series: readonly ChartSeries[];
  /** The cells the chart covers, top-left to bottom-right (0-based, both included). */
  readonly placement: { readonly from: CellPosition; readonly to: CellPosition };
  /** Fixed bounds and a number format for the value axis (percentages: 0 to 100). */
  readonly valueAxis?: { readonly min?: number; readonly max?: number; readonly numberFormat?: string };
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** A single cell as a block. */
export function cellBlock(sheet: string, row: number, col: number): CellBlock {
  return { sheet, top: row, left: col, bottom: row, right: col };
}

/** "C5:I10" (no sheet): what Office.js ranges take on their own sheet. */
export function blockAddress(block: CellBlock): string {
  const start = `${columnLetters(block.left)}${block.top + 1}`;
  const end = `${columnLetters(block.right)}${block.bottom + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** "'Summary'!$C$5:$C$10": the absolute reference a chart part stores (the sheet name always quoted). */
export function blockFormula(block: CellBlock): string {
  const abs = (row: number, col: number) => `$${columnLetters(col)}$${row + 1}`;
  const start = abs(block.top, block.left);
  const end = abs(block.bottom, block.right);
  return `'${block.sheet.replace(/'/g, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

/** The smallest block holding every series' name and figures: the source range Office.js charts are made from. */
export function seriesSource(spec: ChartSpec): CellBlock {
  const blocks = spec.series.flatMap((s) => [s.name, s.values]);
  const first = blocks[0];
  if (!first) throw new Error(`chart ${spec.name} has no series`);
  return {
    sheet: first.sheet,
    top: Math.min(...blocks.map((b) => b.top)),
    left: Math.min(...blocks.map((b) => b.left)),
    bottom: Math.max(...blocks.map((b) => b.bottom)),
    right: Math.max(...blocks.map((b) => b.right)),
  };
}
