import { CATALOGUE_TABLE, META_SHEET, STATUS_COLUMNS, STATUS_TABLE, mapHeader } from "../domain/statusSheet/columns";
import { DAYS_FROM_1900_TO_1904_SYSTEM } from "../domain/entries/dateSystem";
import { blockAddress } from "./addresses";
import { RESPONSE_BUDGET_BYTES, type ExcelHost } from "./host";
import { cellFromExcel } from "./cellIO";
import { readInRowBlocks, responseTooLarge } from "./rowBlocks";
import { ID_COLUMN, META_READ_ROWS, assembleRows, parseMeta, type StatusTableData, type StatusTableRead } from "./statusTable";
import {
  BodyStore,
  STANDARD_COLUMNS,
  bodyOrigin,
  columnsAt,
  mergeSpans,
  queueWindow,
  rowsAddress,
  sheetOrigin,
  type Window,
  type WindowColumns,
} from "./tableWindows";

/**
 * The one reader of the status table, for validation, live validation, submission, the next
 * quarter and set-up.
 *
 * One request reads where the table is, its header, the metadata and the rows asked for — lean:
 * values, the number formats of the progress and date columns, and where formulas are. That is
 * about 180 bytes of response per row of a fresh table and ~350 with every entry filled in, so a
 * table fits Excel on the web's 5 MB response up to ~14,000 fully filled rows (20,000 and more
 * with shorter entries). Beyond what fits, Excel refuses the response; the reader then reads where
 * the table is and the rows in blocks sized from the bytes the previous block carried: extra
 * requests driven by bytes, never by rows (about one per 4 MB, plus the refused one).
 */

export type TableScope =
  /** Where the table is, its header and the metadata. */
  | { readonly kind: "frame" }
  /** And every body row. */
  | { readonly kind: "body" }
  /** And the body rows on these 0-based sheet rows (inclusive spans), with every row's measure ID. */
  | { readonly kind: "rows"; readonly spans: readonly (readonly [number, number])[] };

export interface TableReadOptions {
  readonly scope: TableScope;
  /** The table to read (default: the status table). */
  readonly table?: string;
  /** Read the text of every formula found (set-up writes the cells back); otherwise only that one is there. */
  readonly formulaTexts?: boolean;
  /** Most bytes a block's response should carry when the rows do not fit one response (default 4 MB). */
  readonly responseBudgetBytes?: number;
  /** Also read the catalogue sheet's table (the catalogue the workbook carries), in the same request. */
  readonly catalogueSheet?: boolean;
  /**
   * The caller's own loads, queued with the frame of every request that reads it: a request Excel
   * refused delivers none of its loads, and the reader may send the frame again.
   */
  readonly alsoLoad?: (context: Excel.RequestContext) => void;
}

export interface TableRead extends StatusTableRead {
  /** Body indexes read in full: every row, or for `rows` the asked rows that are in the body. */
  readonly fullRows: readonly number[];
  /** True when a `rows` read found an unusual layout and read the whole body instead. */
  readonly widened: boolean;
}

/**
 * Reads the table (see the file's comment). ItemNotFound when the workbook has no such table or
 * no metadata sheet. getSpecialCells is used where ExcelApi 1.9 is; should a host refuse it all
 * the same (it is not documented on protected sheets), the read is made once more without it.
 */
export async function readStatusTable(context: Excel.RequestContext, host: ExcelHost, options: TableReadOptions): Promise<TableRead> {
  const specialCells = host.isSetSupported("ExcelApi", "1.9");
  try {
    return await readTable(context, options, specialCells);
  } catch (error) {
    // A workbook whose catalogue sheet was deleted: read it as one that carries no catalogue.
    if (options.catalogueSheet && codeOf(error) === "ItemNotFound") return readStatusTable(context, host, { ...options, catalogueSheet: false });
    if (!specialCells || !retryWithoutSpecialCells(error)) throw error;
    return readTable(context, options, false);
  }
}

const codeOf = (error: unknown): unknown => (error && typeof error === "object" ? (error as { code?: unknown }).code : undefined);
const retryWithoutSpecialCells = (error: unknown): boolean =>
  !["ItemNotFound", "ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"].includes(String(codeOf(error)));

interface Frame {
  readonly workbook: Excel.Workbook;
  readonly table: Excel.Table;
  /** Whether a filter hides rows (ExcelApi 1.9); undefined where Excel cannot say. */
  readonly autoFilter?: Excel.AutoFilter;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
  readonly metaSheet: Excel.Worksheet;
  readonly meta: Excel.Range;
  readonly ids?: Excel.Range;
  readonly catalogue?: { readonly sheet: Excel.Worksheet; readonly range: Excel.Range };
  /** DATE(2000,1,1) in this workbook: 36526 in the 1900 date system, 1,462 less in the 1904 one. */
  readonly date2000: Excel.FunctionResult<number>;
}

const DATE_2000_IN_1900_SYSTEM = 36_526;

function queueFrame(context: Excel.RequestContext, tableName: string, ids: boolean, catalogue: boolean, filterState: boolean): Frame {
  const workbook = context.workbook.load("name");
  const table = workbook.tables.getItem(tableName);
  const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const metaSheet = workbook.worksheets.getItem(META_SHEET).load("protection/protected");
  return {
    workbook,
    table,
    ...(filterState ? { autoFilter: table.autoFilter.load("isDataFiltered") } : {}),
    sheet: table.worksheet.load("name,protection/protected"),
    header: table.getHeaderRowRange().load("values"),
    body,
    metaSheet,
    meta: metaSheet.getRange(`A1:B${META_READ_ROWS}`).load("values"),
    ...(ids ? { ids: body.getColumn(ID_COLUMN).load("values") } : {}),
    ...(catalogue ? { catalogue: queueCatalogue(workbook) } : {}),
    // No released API says which date system a workbook uses (Workbook.use1904DateSystem is a
    // preview API); the serial the DATE function returns does (functions: ExcelApi 1.2).
    date2000: workbook.functions.date(2000, 1, 1).load("value"),
  };
}

/** The catalogue sheet's table, header and body (ItemNotFound when the workbook has none). */
function queueCatalogue(workbook: Excel.Workbook): NonNullable<Frame["catalogue"]> {
  const table = workbook.tables.getItem(CATALOGUE_TABLE);
  return { sheet: table.worksheet.load("name"), range: table.getRange().load("values,rowIndex") };
}

interface Place {
  readonly bodyRow0: number;
  readonly col0: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly header: string[];
  readonly positions: ReturnType<typeof mapHeader>["positions"];
  readonly missing: ReturnType<typeof mapHeader>["missing"];
  /** Every column where the layout puts it. */
  readonly standard: boolean;
}

function placeOf(frame: Frame): Place {
  const header = (frame.header.values[0] ?? []).map((v) => String(v ?? ""));
  const { positions, missing } = mapHeader(header);
  return {
    bodyRow0: frame.body.rowIndex,
    col0: frame.body.columnIndex,
    rowCount: frame.body.rowCount,
    columnCount: frame.body.columnCount,
    header,
    positions,
    missing,
    standard: STATUS_COLUMNS.every((c, i) => positions.get(c.key) === i),
  };
}

async function readTable(context: Excel.RequestContext, options: TableReadOptions, specialCells: boolean): Promise<TableRead> {
  const { scope } = options;
  const frame = queueFrame(context, options.table ?? STATUS_TABLE, scope.kind === "rows", options.catalogueSheet === true, specialCells);
  options.alsoLoad?.(context);
  const parts = { values: true, columns: STANDARD_COLUMNS, specialCells, formulas: true };
  const windows: Window[] =
    scope.kind === "body"
      ? [queueWindow(frame.body, bodyOrigin(0), parts)]
      : scope.kind === "rows"
        ? mergeSpans(scope.spans).map((span) => queueWindow(frame.sheet.getRange(rowsAddress(span)), sheetOrigin(span[0]), parts))
        : [];
  try {
    await context.sync();
  } catch (error) {
    if (windows.length > 0 && responseTooLarge(error)) return readInBlocks(context, options, specialCells);
    throw error;
  }
  const place = placeOf(frame);
  if (scope.kind === "rows" && !(place.standard && place.col0 === 0)) {
    // A table moved or rearranged by hand: the rows' sheet ranges may miss it; read it all.
    return { ...(await readTable(context, { ...options, scope: { kind: "body" } }, specialCells)), widened: true };
  }
  const store = new BodyStore();
  if (place.standard) for (const w of windows) store.add(w, place);
  else if (windows.length > 0) {
    // Formats and formulas were read where the layout puts them: read them again where they are.
    store.add({ ...windows[0]!, formats: [], formulas: [] }, place);
    const again = queueWindow(frame.body, bodyOrigin(0), { values: false, columns: columnsAt(place.positions), specialCells, formulas: !specialCells });
    try {
      await context.sync();
    } catch (error) {
      if (responseTooLarge(error)) return readInBlocks(context, options, specialCells);
      throw error;
    }
    store.add(again, place);
  }
  if (options.formulaTexts) await readFormulaTexts(context, frame, store, place);
  return result(frame, place, store, false);
}

/**
 * The rows did not fit one response: where the table is first (a small request, with the catalogue
 * sheet when asked for), then the rows in blocks. The first block is half of what did not fit; the
 * rest is cut evenly into as few blocks as the budget allows at the bytes per row the last block
 * carried (plus 10%); a block refused all the same is halved. A catalogue sheet too large for one
 * response on its own is left unread (the workbook is then checked as one that carries none).
 */
async function readInBlocks(context: Excel.RequestContext, options: TableReadOptions, specialCells: boolean): Promise<TableRead> {
  const { scope } = options;
  const tableName = options.table ?? STATUS_TABLE;
  let frame = queueFrame(context, tableName, scope.kind === "rows", options.catalogueSheet === true, specialCells);
  options.alsoLoad?.(context);
  try {
    await context.sync();
  } catch (error) {
    if (!frame.catalogue || !responseTooLarge(error)) throw error;
    frame = queueFrame(context, tableName, scope.kind === "rows", false, specialCells);
    options.alsoLoad?.(context);
    await context.sync();
  }
  const place = placeOf(frame);
  const widened = scope.kind === "rows" && !(place.standard && place.col0 === 0);
  const wanted: [number, number][] =
    scope.kind === "rows" && !widened
      ? mergeSpans(scope.spans)
          .map(([a, b]): [number, number] => [Math.max(a - place.bodyRow0, 0), Math.min(b - place.bodyRow0, place.rowCount - 1)])
          .filter(([a, b]) => a <= b)
      : [[0, place.rowCount - 1]];
  const columns: WindowColumns = place.standard ? STANDARD_COLUMNS : columnsAt(place.positions);
  const budget = options.responseBudgetBytes ?? RESPONSE_BUDGET_BYTES;
  const store = new BodyStore();
  let remaining = wanted.reduce((n, [a, b]) => n + b - a + 1, 0);
  await readInRowBlocks(context, wanted, Math.ceil(remaining / 2), (first, count) => {
    const base = frame.body.getRow(first).getResizedRange(count - 1, 0);
    const window = queueWindow(base, bodyOrigin(first), { values: true, columns, specialCells, formulas: true });
    return () => {
      const perRow = (store.add(window, place) / count) * 1.1;
      remaining -= count;
      // The rest in as few blocks as the budget allows, evenly (no small tail block).
      const blocks = Math.max(1, Math.ceil((remaining * perRow) / budget));
      return Math.ceil(remaining / blocks);
    };
  });
  if (options.formulaTexts) await readFormulaTexts(context, frame, store, place);
  return result(frame, place, store, widened);
}

/** One request for the text of the formulas getSpecialCells found (rare: a formula in an entry is an error). */
async function readFormulaTexts(context: Excel.RequestContext, frame: Frame, store: BodyStore, place: Place): Promise<void> {
  if (store.formulaBlocks.length === 0) return;
  const blocks = store.formulaBlocks.map((block) => ({ block, range: frame.sheet.getRange(blockAddress(block)).load("formulas") }));
  await context.sync();
  for (const { block, range } of blocks) store.addTexts(block, range.formulas, place);
}

function result(frame: Frame, place: Place, store: BodyStore, widened: boolean): TableRead {
  const { rows, bodyIndexes } = assembleRows(place.positions, place.rowCount, store, frame.ids?.values);
  const data: StatusTableData = {
    workbookName: frame.workbook.name,
    sheetName: frame.sheet.name,
    sheetProtected: frame.sheet.protection.protected,
    bodyRow0: place.bodyRow0,
    col0: place.col0,
    rowCount: place.rowCount,
    columnCount: place.columnCount,
    header: place.header,
    positions: place.positions,
    missingColumns: place.missing,
    rows,
    bodyIndexes,
    ...parseMeta(frame.meta.values),
    metaProtected: frame.metaSheet.protection.protected,
    ...(frame.catalogue
      ? { catalogueSheet: { sheet: frame.catalogue.sheet.name, firstRow: frame.catalogue.range.rowIndex + 1, rows: frame.catalogue.range.values.map((row) => row.map((v) => cellFromExcel(v).value)) } }
      : {}),
    date1904: frame.date2000.value === DATE_2000_IN_1900_SYSTEM - DAYS_FROM_1900_TO_1904_SYSTEM,
    ...(frame.autoFilter ? { filtered: frame.autoFilter.isDataFiltered } : {}),
  };
  return { data, table: frame.table, sheet: frame.sheet, metaSheet: frame.metaSheet, fullRows: store.fullRows(), widened };
}
