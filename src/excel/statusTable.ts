import { a1, type Cell } from "../domain/cells";
import { META_KEYS, META_SHEET, STATUS_COLUMNS, STATUS_TABLE, mapHeader, type ColumnKey, type MetaKey, type WorkbookMeta } from "../domain/layout";
import type { SubmissionInput } from "../domain/rules/submissionCheck";
import { META_SHEET_ROWS } from "../domain/sheetContract";
import type { StatusRow } from "../domain/statusRow";
import { cellFromExcel } from "./cellIO";

/** Where the standard layout puts the blocks we read beside the values. */
const ENTRY_INDEXES = STATUS_COLUMNS.flatMap((c, i) => (c.kind === "entry" ? [i] : []));
const FORMATTED_INDEXES = STATUS_COLUMNS.flatMap((c, i) => (c.type === "percent" || c.type === "date" ? [i] : []));
const span = (indexes: number[]): { first: number; count: number } => ({
  first: Math.min(...indexes),
  count: Math.max(...indexes) - Math.min(...indexes) + 1,
});
/** Entry columns (formulas are read there: the rules forbid formulas in entry cells). */
export const ENTRY_BLOCK = span(ENTRY_INDEXES);
/** Progress and date columns (number formats are read there: 45% vs 0.45, dates vs numbers). */
export const FORMAT_BLOCK = span(FORMATTED_INDEXES);
/** Metadata rows read: the keys and some slack for keys a later layout may add. */
export const META_READ_ROWS = META_SHEET_ROWS.firstKey + META_KEYS.length + 20;

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
}

export interface TableReadOptions {
  /** Read the body's values, formulas and formats (otherwise only where it is). */
  readonly body: boolean;
  /** The table to read (default: the status table). */
  readonly table?: string;
}

export interface StatusTableRead {
  readonly data: StatusTableData;
  readonly sheet: Excel.Worksheet;
  readonly metaSheet: Excel.Worksheet;
}

/**
 * Reads the status table and the metadata in one sync (a second one only for a table whose header
 * was rearranged by hand). Fails with ItemNotFound when the workbook has no status table or no
 * metadata sheet.
 */
export async function readStatusTable(context: Excel.RequestContext, options: TableReadOptions): Promise<StatusTableRead> {
  const workbook = context.workbook;
  workbook.load("name");
  const tableName = options.table ?? STATUS_TABLE;
  const sheet = workbook.tables.getItem(tableName).worksheet;
  sheet.load("name,protection/protected");
  const header = workbook.tables.getItem(tableName).getHeaderRowRange();
  header.load("values");
  const body = workbook.tables.getItem(tableName).getDataBodyRange();
  body.load("rowIndex,columnIndex,rowCount,columnCount");
  if (options.body) body.load("values");
  // Where the standard layout has them (offsets work even if the table is narrower than that).
  const block = (b: { first: number; count: number }): Excel.Range =>
    body
      .getColumn(0)
      .getOffsetRange(0, b.first)
      .getResizedRange(0, b.count - 1);
  const formulas = options.body ? block(ENTRY_BLOCK) : undefined;
  formulas?.load("formulas");
  const formats = options.body ? block(FORMAT_BLOCK) : undefined;
  formats?.load("numberFormat");
  const metaSheet = workbook.worksheets.getItem(META_SHEET);
  metaSheet.load("protection/protected");
  const meta = metaSheet.getRange(`A1:B${META_READ_ROWS}`);
  meta.load("values");
  await context.sync();

  const headerValues = (header.values[0] ?? []).map((v) => String(v ?? ""));
  const { positions, missing } = mapHeader(headerValues);
  const standard = STATUS_COLUMNS.every((c, i) => positions.get(c.key) === i);
  const formulaBlock: unknown[][] = formulas && standard ? formulas.formulas : [];
  const formatBlock: unknown[][] = formats && standard ? formats.numberFormat : [];
  let formulaAt = (row: number, col: number): unknown => formulaBlock[row]?.[col - ENTRY_BLOCK.first];
  let formatAt = (row: number, col: number): unknown => formatBlock[row]?.[col - FORMAT_BLOCK.first];
  if (options.body && !standard) {
    // A rearranged header: read formulas and formats column by column where the columns are.
    const byColumn = new Map<number, Excel.Range>();
    for (const c of STATUS_COLUMNS) {
      const p = positions.get(c.key);
      const wanted = c.kind === "entry" || c.type === "percent" || c.type === "date";
      if (p === undefined || p >= body.columnCount || !wanted || byColumn.has(p)) continue;
      const column = body.getColumn(p);
      column.load("formulas,numberFormat");
      byColumn.set(p, column);
    }
    await context.sync();
    const entryColumns = new Set(STATUS_COLUMNS.flatMap((c) => (c.kind === "entry" && positions.has(c.key) ? [positions.get(c.key)!] : [])));
    const formatColumns = new Set(
      STATUS_COLUMNS.flatMap((c) => ((c.type === "percent" || c.type === "date") && positions.has(c.key) ? [positions.get(c.key)!] : [])),
    );
    const columns = new Map([...byColumn].map(([p, range]) => [p, { formulas: range.formulas, formats: range.numberFormat }]));
    formulaAt = (row, col) => (entryColumns.has(col) ? columns.get(col)?.formulas[row]?.[0] : undefined);
    formatAt = (row, col) => (formatColumns.has(col) ? columns.get(col)?.formats[row]?.[0] : undefined);
  }

  const rows: StatusRow[] = [];
  const bodyIndexes: number[] = [];
  const values: unknown[][] = options.body ? body.values : [];
  values.forEach((rowValues, i) => {
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    let any = false;
    for (const [key, p] of positions) {
      const cell = cellFromExcel(rowValues[p], formulaAt(i, p), formatAt(i, p));
      if (cell.value !== null || cell.formula !== undefined || cell.error !== undefined) any = true;
      cells[key] = cell;
    }
    if (!any) return;
    rows.push({ index: rows.length, cells });
    bodyIndexes.push(i);
  });

  const data: StatusTableData = {
    workbookName: workbook.name,
    sheetName: sheet.name,
    sheetProtected: sheet.protection.protected,
    bodyRow0: body.rowIndex,
    col0: body.columnIndex,
    rowCount: body.rowCount,
    columnCount: body.columnCount,
    header: headerValues,
    positions,
    missingColumns: missing,
    rows,
    bodyIndexes,
    ...parseMeta(meta.values),
    metaProtected: metaSheet.protection.protected,
  };
  return { data, sheet, metaSheet };
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
    locate(row, column) {
      const p = data.positions.get(column);
      const bodyIndex = data.bodyIndexes[row];
      return p === undefined || bodyIndex === undefined ? undefined : a1(data.bodyRow0 + bodyIndex, data.col0 + p);
    },
  };
}
