import { columnLetters } from "../domain/entries/cells";
import {
  AUDIT_COLUMN_KEYS,
  AUDIT_LOG_LIMIT,
  AUDIT_SHEET,
  auditRowAt,
  auditRowValues,
  isBlankAuditRow,
  parseAuditRows,
  type AuditRow,
} from "../domain/statusSheet/auditLog";
import { excelInput } from "./cellIO";
import { WritePlan } from "./writePlan";

/**
 * The change log's very hidden sheet through Office.js. It is not protected: protect() and
 * unprotect() are among the APIs that clear the user's undo stack ("Undo support with the Excel
 * JavaScript API"), and the official must be able to undo their typing. Very hidden already keeps
 * it out of Excel's menus; the submission's checksum shows any edit made to it all the same.
 */

const LAST_COLUMN = columnLetters(AUDIT_COLUMN_KEYS.length - 1);
/** 1-based sheet row of log row `i` (0-based): row 1 is the header. */
export const logSheetRow = (i: number): number => i + 2;
const rowsAddress = (first: number, last: number): string => `A${first}:${LAST_COLUMN}${last}`;

/** How far around the expected end of the log a burst reads: the rows it wrote lately, and a co-author's. */
export const TAIL_ROWS = 64;

/** The log's row count (header aside) from its used range; 0 when only the header, or nothing, is there. */
export function logRowsFrom(used: Excel.Range): number {
  return used.isNullObject ? 0 : Math.max(0, used.rowIndex + used.rowCount - 1);
}

export interface LogTail {
  readonly header: Excel.Range;
  readonly used: Excel.Range;
  readonly window: Excel.Range;
  /** 1-based sheet row of the window's first row. */
  readonly first: number;
}

/** Queues a read of the rows around where the log is expected to end, and of where it really ends. */
export function queueLogTail(sheet: Excel.Worksheet, expectedRows: number): LogTail {
  const first = Math.max(2, logSheetRow(expectedRows - TAIL_ROWS));
  const last = logSheetRow(expectedRows + TAIL_ROWS);
  return {
    header: sheet.getRange(rowsAddress(1, 1)).load("values"),
    used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount"),
    window: sheet.getRange(rowsAddress(first, last)).load("values"),
    first,
  };
}

export interface TailRead {
  readonly rows: number;
  /** False when row 1 no longer holds the column keys (an Undo took back the write that made the sheet). */
  readonly headerIntact: boolean;
  /** The log rows read, by 1-based sheet row. */
  readonly byRow: ReadonlyMap<number, AuditRow>;
  /** Sheet rows of the window that are blank. */
  readonly blank: ReadonlySet<number>;
}

export function tailRead(tail: LogTail): TailRead {
  const byRow = new Map<number, AuditRow>();
  const blank = new Set<number>();
  tail.window.values.forEach((values, i) => {
    if (isBlankAuditRow(values)) blank.add(tail.first + i);
    else byRow.set(tail.first + i, auditRowAt(values));
  });
  const headerIntact = AUDIT_COLUMN_KEYS.every((k, i) => tail.header.values[0]?.[i] === k);
  return { rows: logRowsFrom(tail.used), headerIntact, byRow, blank };
}

/** Queues the header row (again). */
export function queueHeader(sheet: Excel.Worksheet): void {
  sheet.getRange(rowsAddress(1, 1)).values = [AUDIT_COLUMN_KEYS.map(excelInput)];
}

/** Queues a new log sheet: very hidden, with its header row. */
export function queueNewLogSheet(workbook: Excel.Workbook): Excel.Worksheet {
  const sheet = workbook.worksheets.add(AUDIT_SHEET);
  queueHeader(sheet);
  sheet.visibility = "VeryHidden";
  return sheet;
}

const cellsOf = (row: AuditRow): (string | number | boolean)[] => auditRowValues(row).map((v) => (typeof v === "number" ? v : excelInput(v)));

/**
 * Plans rows written from log row `at` (0-based) on: one write per request's worth of bytes, so a
 * paste of long texts stays under Excel on the web's 5 MB request (syncs follow bytes, not rows).
 */
export function planRows(plan: WritePlan, sheet: Excel.Worksheet, at: number, rows: readonly AuditRow[], budget: number): void {
  let start = 0;
  while (start < rows.length) {
    let bytes = 0;
    let end = start;
    const values: (string | number | boolean)[][] = [];
    while (end < rows.length && (end === start || bytes < budget / 2)) {
      const cells = cellsOf(rows[end]!);
      bytes += JSON.stringify(cells).length * 3;
      values.push(cells);
      end += 1;
    }
    const first = logSheetRow(at + start);
    plan.add(() => {
      sheet.getRange(rowsAddress(first, first + values.length - 1)).values = values;
    }, bytes);
    start = end;
  }
}

/**
 * Plans the fold of the `count` oldest rows into `summary` (row 2): the rows after the first are
 * deleted upwards, and the summary takes the first's place.
 */
export function planFold(plan: WritePlan, sheet: Excel.Worksheet, count: number, summary: AuditRow): void {
  plan.add(() => {
    if (count >= 2) sheet.getRange(rowsAddress(logSheetRow(1), logSheetRow(count - 1))).delete("Up");
    sheet.getRange(rowsAddress(logSheetRow(0), logSheetRow(0))).values = [cellsOf(summary)];
  });
}

/** The most rows the whole log is read as (a log past its bound by a co-author's appends included). */
const READ_ROWS = AUDIT_LOG_LIMIT * 2;

const tooLarge = (error: unknown): boolean =>
  !!error && typeof error === "object" && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";

/**
 * Reads sheet rows `first`..`last` (1-based) in as few requests as Excel's 5 MB response allows:
 * all at once, else halves, and so on. Requests follow the bytes, not the rows.
 */
export async function readRows(context: Excel.RequestContext, sheet: Excel.Worksheet, first: number, last: number): Promise<unknown[][]> {
  const out: unknown[][] = [];
  const blocks: [number, number][] = [[first, last]];
  while (blocks.length > 0) {
    const [a, b] = blocks.shift()!;
    const range = sheet.getRange(rowsAddress(a, b)).load("values");
    try {
      // One request per response's worth of rows (Excel on the web refuses a response over 5 MB).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!tooLarge(error) || a === b) throw error;
      const mid = Math.floor((a + b) / 2);
      blocks.unshift([a, mid], [mid + 1, b]);
      continue;
    }
    out.push(...range.values);
  }
  return out;
}

/**
 * The whole log for the checksum (rows as the submission reader will see them), and where it ends
 * (the index after its last row, blank rows within counted): one request while it fits a response.
 */
export async function readWholeLog(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<{ rows: AuditRow[]; end: number }> {
  const grid = await readRows(context, sheet, 1, logSheetRow(READ_ROWS - 1));
  let end = grid.length - 1;
  while (end > 0 && isBlankAuditRow(grid[end])) end -= 1;
  return { rows: parseAuditRows(grid), end };
}

/** The log rows 0..count-1 (the oldest), as they are. */
export async function readOldest(context: Excel.RequestContext, sheet: Excel.Worksheet, count: number): Promise<AuditRow[]> {
  if (count <= 0) return [];
  return (await readRows(context, sheet, logSheetRow(0), logSheetRow(count - 1))).map(auditRowAt);
}
