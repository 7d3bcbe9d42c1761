import { columnLetters } from "../domain/entries/cells";
import { STATUS_COLUMNS, type ColumnKey } from "../domain/statusSheet/columns";
import { parseBlocks, type Block } from "./addresses";
import { runsOf } from "./issueMarks";
import { jsonBytes } from "./payload";
import { ENTRY_COLUMNS, FORMAT_COLUMNS, type BodyCells } from "./statusTable";

/**
 * A window is a block of whole table rows read in one request: its values, the number formats of
 * the columns whose rules depend on them, and where formulas are. Formulas are found with
 * getSpecialCells (ExcelApi 1.9), whose answer is a short list of addresses; without it, the
 * entry columns' `formulas` are read, which costs as much again as their values.
 */

/** Table columns (0-based) whose formats, and whose formulas, a window reads. */
export interface WindowColumns {
  readonly formats: readonly number[];
  readonly entries: readonly number[];
}

export const STANDARD_COLUMNS: WindowColumns = { formats: FORMAT_COLUMNS, entries: ENTRY_COLUMNS };

/** The columns to read where a header rearranged by hand put them. */
export function columnsAt(positions: ReadonlyMap<ColumnKey, number>): WindowColumns {
  const at = (wanted: (c: (typeof STATUS_COLUMNS)[number]) => boolean): number[] =>
    STATUS_COLUMNS.flatMap((c) => (wanted(c) && positions.has(c.key) ? [positions.get(c.key)!] : [])).sort((a, b) => a - b);
  return { formats: at((c) => c.type === "percent" || c.type === "date"), entries: at((c) => c.kind === "entry") };
}

/** Where a window starts, known once the table's place is: the 0-based sheet row of its first row. */
export type Origin = (table: { readonly bodyRow0: number }) => { readonly row0: number };

export const bodyOrigin =
  (first: number): Origin =>
  (t) => ({ row0: t.bodyRow0 + first });
export const sheetOrigin =
  (row0: number): Origin =>
  () => ({ row0 });

export interface WindowParts {
  readonly values: boolean;
  readonly columns: WindowColumns;
  /** Find formulas with getSpecialCells; otherwise read the entry columns' `formulas`. */
  readonly specialCells: boolean;
  /** Look for formulas at all (a second pass over a rearranged table has already). */
  readonly formulas: boolean;
}

export interface Window {
  readonly origin: Origin;
  readonly values?: Excel.Range;
  readonly formats: readonly { readonly col: number; readonly range: Excel.Range }[];
  readonly formulas: readonly { readonly col: number; readonly range: Excel.Range }[];
  readonly probe?: Excel.RangeAreas;
}

/**
 * Queues the loads of a window. `base` spans the rows, from the table's first column; columns
 * are reached by offset from its first column, which works whatever the table's width.
 */
export function queueWindow(base: Excel.Range, origin: Origin, parts: WindowParts): Window {
  const columns = (cols: readonly number[], property: "numberFormat" | "formulas"): { col: number; range: Excel.Range }[] =>
    runsOf(cols).map(([c0, c1]) => ({
      col: c0,
      range: base
        .getColumn(0)
        .getOffsetRange(0, c0)
        .getResizedRange(0, c1 - c0)
        .load(property),
    }));
  return {
    origin,
    ...(parts.values ? { values: base.load("values") } : {}),
    formats: columns(parts.columns.formats, "numberFormat"),
    formulas: parts.formulas && !parts.specialCells ? columns(parts.columns.entries, "formulas") : [],
    ...(parts.formulas && parts.specialCells ? { probe: base.getSpecialCellsOrNullObject("Formulas").load("address") } : {}),
  };
}

const key = (row: number, col: number): number => row * 16_384 + col;

/** What the windows brought back, by body index and table column. */
export class BodyStore implements BodyCells {
  private readonly rows = new Map<number, readonly unknown[]>();
  private readonly formats = new Map<number, unknown>();
  private readonly texts = new Map<number, string>();
  private readonly found = new Set<number>();
  /** Sheet blocks holding formulas (for reading their text). */
  readonly formulaBlocks: Block[] = [];

  values(row: number): readonly unknown[] | undefined {
    return this.rows.get(row);
  }
  format(row: number, col: number): unknown {
    return this.formats.get(key(row, col));
  }
  formulaText(row: number, col: number): string | undefined {
    return this.texts.get(key(row, col));
  }
  hasFormula(row: number, col: number): boolean {
    return this.found.has(key(row, col));
  }
  /** Body indexes read in full, in order. */
  fullRows(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  /**
   * Keeps what a synced window read for the body rows [0, rowCount) it covers, and returns the
   * bytes it carried (the JSON Excel sent), which sizes the next block. Windows start at the
   * table's first column (the reader reads sheet ranges only for a table that starts in column A).
   */
  add(window: Window, table: { readonly bodyRow0: number; readonly col0: number; readonly rowCount: number }): number {
    const { row0 } = window.origin(table);
    const bodyRow = (r: number): number | undefined => {
      const i = row0 + r - table.bodyRow0;
      return i >= 0 && i < table.rowCount ? i : undefined;
    };
    let bytes = 0;
    if (window.values) {
      const values = window.values.values;
      bytes += jsonBytes(values);
      values.forEach((row, r) => {
        const i = bodyRow(r);
        if (i !== undefined) this.rows.set(i, row);
      });
    }
    const grid = (parts: Window["formats"], property: "numberFormat" | "formulas", put: (k: number, v: unknown) => void): void => {
      for (const { col, range } of parts) {
        const data = range[property];
        bytes += jsonBytes(data);
        data.forEach((row, r) => {
          const i = bodyRow(r);
          if (i !== undefined) row.forEach((v, c) => put(key(i, col + c), v));
        });
      }
    };
    grid(window.formats, "numberFormat", (k, v) => this.formats.set(k, v));
    grid(window.formulas, "formulas", (k, v) => {
      if (typeof v === "string") this.texts.set(k, v);
    });
    if (window.probe && !window.probe.isNullObject) {
      const address = window.probe.address;
      bytes += address.length;
      for (const b of parseBlocks(address)) {
        this.formulaBlocks.push(b);
        for (let r = b.row0; r <= b.row1; r++) {
          const i = r - table.bodyRow0;
          if (i < 0 || i >= table.rowCount) continue;
          for (let c = b.col0; c <= b.col1; c++) this.found.add(key(i, c - table.col0));
        }
      }
    }
    return bytes;
  }

  /** Keeps the formula texts read for the blocks getSpecialCells found. */
  addTexts(block: Block, formulas: readonly (readonly unknown[])[], table: { readonly bodyRow0: number; readonly col0: number }): void {
    formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string") this.texts.set(key(block.row0 + r - table.bodyRow0, block.col0 + c - table.col0), v);
      }),
    );
  }
}

/** Sorted spans, overlapping or touching ones merged. */
export function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [a, b] of [...spans].filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([Math.max(0, a), b]);
  }
  return merged;
}

/** A sheet range over whole rows of a standard table that starts in column A. */
export const rowsAddress = ([a, b]: readonly [number, number]): string => `A${a + 1}:${columnLetters(STATUS_COLUMNS.length - 1)}${b + 1}`;
