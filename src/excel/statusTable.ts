import type { CatalogueSheetCells } from "../domain/catalogue/carried";
import { a1, type Cell } from "../domain/entries/cells";
import { META_KEYS, STATUS_COLUMNS, type ColumnKey, type MetaKey, type WorkbookMeta } from "../domain/statusSheet/columns";
import type { SubmissionInput } from "../domain/rules/submissionCheck";
import { META_SHEET_ROWS } from "../domain/statusSheet/sheetContract";
import type { StatusRow } from "../domain/statusSheet/statusRow";
import { cellFromExcel } from "./cellIO";

/** Metadata rows read: the keys and some slack for keys a later layout may add. */
export const META_READ_ROWS = META_SHEET_ROWS.firstKey + META_KEYS.length + 20;

/** Table columns (0-based) of the standard layout whose number format the rules need: 45% vs 0.45, dates vs numbers. */
export const FORMAT_COLUMNS: readonly number[] = STATUS_COLUMNS.flatMap((c, i) => (c.type === "percent" || c.type === "date" ? [i] : []));
/** Table columns of the standard layout where a formula is an error (entry columns). */
export const ENTRY_COLUMNS: readonly number[] = STATUS_COLUMNS.flatMap((c, i) => (c.kind === "entry" ? [i] : []));
export const ID_COLUMN = STATUS_COLUMNS.findIndex((c) => c.key === "id");

/**
 * A formula found without its text being read (getSpecialCells gives where formulas are, not what
 * they say). The rules only need to know one is there; set-up, which writes entries back, reads the text.
 */
export const UNREAD_FORMULA = "=";

/** The status table as the rules see it, with where each body row sits on the sheet. */
export interface StatusTableData {
  readonly workbookName: string;
  readonly sheetName: string;
  readonly sheetProtected: boolean;
  /** 0-based sheet row of the first body row, and the table's first column. */
  readonly bodyRow0: number;
  readonly col0: number;
  /** Body rows in the table (empty ones included). */
  readonly rowCount: number;
  readonly columnCount: number;
  readonly header: readonly string[];
  readonly positions: ReadonlyMap<ColumnKey, number>;
  readonly missingColumns: readonly ColumnKey[];
  /** Rows holding anything, as the rules see them; `index` is the place in this list. */
  readonly rows: readonly StatusRow[];
  /** Body index (0-based) of each row in `rows`. */
  readonly bodyIndexes: readonly number[];
  readonly meta: WorkbookMeta;
  /** 1-based metadata sheet row of each key present. */
  readonly metaRows: ReadonlyMap<MetaKey, number>;
  readonly metaProtected: boolean;
  /** The catalogue sheet's values, when the read asked for them. */
  readonly catalogueSheet?: CatalogueSheetCells;
  /** The workbook counts dates from 1904 (tableReader finds out with the DATE function). */
  readonly date1904: boolean;
  /** A filter hides rows of the table; undefined where Excel cannot say (before ExcelApi 1.9). */
  readonly filtered?: boolean;
}

export interface StatusTableRead {
  readonly data: StatusTableData;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly metaSheet: Excel.Worksheet;
}

/** What was read of the body, by body index (0-based) and table column (0-based). */
export interface BodyCells {
  /** The row's values, table column by table column; undefined for a row not read in full. */
  values(row: number): readonly unknown[] | undefined;
  /** The number format where it was read. */
  format(row: number, col: number): unknown;
  /** The text `formulas` gave where it was read (a formula, or the value when there is none). */
  formulaText(row: number, col: number): string | undefined;
  /** True where getSpecialCells found a formula. */
  hasFormula(row: number, col: number): boolean;
}

/** One cell as the rules see it, from what was read of it. */
function cellAt(body: BodyCells, row: number, col: number, value: unknown): Cell {
  const text = body.formulaText(row, col);
  const cell = cellFromExcel(value, text, body.format(row, col));
  return body.hasFormula(row, col) && cell.formula === undefined ? { ...cell, formula: text ?? UNREAD_FORMULA } : cell;
}

/**
 * The rows the rules see: every body row read in full, and for the other rows (a live check of
 * some rows) just their measure ID, which the duplicate rule needs. Rows holding nothing are left out.
 */
export function assembleRows(
  positions: ReadonlyMap<ColumnKey, number>,
  rowCount: number,
  body: BodyCells,
  ids?: readonly (readonly unknown[])[],
): { rows: StatusRow[]; bodyIndexes: number[] } {
  const rows: StatusRow[] = [];
  const bodyIndexes: number[] = [];
  const idAt = positions.get("id");
  for (let i = 0; i < rowCount; i++) {
    const values = body.values(i);
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    if (values) for (const [key, p] of positions) cells[key] = cellAt(body, i, p, values[p]);
    else if (ids && idAt !== undefined) cells.id = cellFromExcel(ids[i]?.[0]);
    else continue;
    if (!Object.values(cells).some((c) => c.value !== null || c.formula !== undefined || c.error !== undefined)) continue;
    rows.push({ index: rows.length, cells });
    bodyIndexes.push(i);
  }
  return { rows, bodyIndexes };
}

/** Key/value rows of the metadata sheet (keys not in the contract are ignored), and where each key sits. */
export function parseMeta(values: readonly (readonly unknown[])[]): {
  meta: WorkbookMeta;
  metaRows: Map<MetaKey, number>;
} {
  const meta: Partial<Record<MetaKey, string>> = {};
  const metaRows = new Map<MetaKey, number>();
  values.forEach((row, i) => {
    const key = String(row[0] ?? "").trim();
    if (!(META_KEYS as readonly string[]).includes(key) || metaRows.has(key as MetaKey)) return;
    meta[key as MetaKey] = String(row[1] ?? "").trim();
    metaRows.set(key as MetaKey, i + 1);
  });
  return { meta, metaRows };
}

/** The table as the shared submission check takes it: the same checks as the CLI. */
export function submissionInput(data: StatusTableData): SubmissionInput {
  return {
    file: data.workbookName,
    sheet: data.sheetName,
    meta: data.meta,
    hasMeta: true,
    missingColumns: data.missingColumns,
    rows: data.rows,
    ...(data.catalogueSheet ? { catalogueSheet: data.catalogueSheet } : {}),
    ...(data.date1904 ? { date1904: true } : {}),
    locate(row, column) {
      const p = data.positions.get(column);
      const bodyIndex = data.bodyIndexes[row];
      return p === undefined || bodyIndex === undefined ? undefined : a1(data.bodyRow0 + bodyIndex, data.col0 + p);
    },
  };
}
