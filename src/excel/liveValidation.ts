import type { Catalogue } from "../domain/catalogue/catalogue";
import type { CatalogueSheetCells } from "../domain/catalogue/carried";
import { parseA1 } from "../domain/entries/cells";
import { STATUS_TABLE } from "../domain/statusSheet/columns";
import type { Problem } from "../domain/rules/problems";
import { parseBlocks } from "./addresses";
import { attempt, describeExcelError, type ExcelFailure, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { markRunsWithin, queueClearMarks, queueMarks } from "./issueMarks";
import { unsplitRequestBudget } from "./requestCost";
import { ownWriteInProgress } from "./ownWrites";
import { recoverAfterFailedWrite } from "./protectionRecovery";
import { FILL_READ_ROWS, queueFillRead, rowsWithChangedMarks } from "./markChanges";
import { queueShowAllRows } from "./tableFilter";
import { keepProtected, whileUnprotected } from "./sheetProtection";
import { readStatusTable } from "./tableReader";
import { queueRemark, verdictFor } from "./validateStatusTable";

export interface LiveUpdate {
  /** True when the whole table was checked again (rows inserted or deleted, or an unusual layout). */
  readonly full: boolean;
  /** The status sheet's name: the problems on it name it in `where.sheet`. */
  readonly sheet: string;
  /** Body rows (0-based) whose issues `problems` replaces; every row when `full`. */
  readonly rows: readonly number[];
  /** The same rows as 0-based sheet rows (the row `parseA1` gives for the problems' cells). */
  readonly sheetRows: readonly number[];
  /** The issues of those rows (for `full`, every issue including workbook-level ones). */
  readonly problems: readonly Problem[];
}

export interface LiveValidationOptions {
  readonly catalogues: readonly Catalogue[];
  readonly host?: ExcelHost;
  readonly onError?: (failure: ExcelFailure) => void;
}

export interface LiveValidationHandle {
  /** Unregisters the handler. */
  stop(): Promise<ExcelOutcome<void>>;
  /** Events seen, events ignored as the add-in's own writes, and checks run. */
  readonly counts: {
    readonly events: number;
    readonly ignored: number;
    readonly runs: number;
  };
}

/**
 * Live validation: on every change to the status table, re-checks only the changed rows (the ID
 * column is read too, for duplicates) and updates their marks. The event is a hint — the rows are
 * read again, so a paste of any size is one check. Changes made by the add-in itself are ignored.
 * Two syncs per check while the changed rows fit one response (see tableReader); starting
 * takes two (the catalogue the workbook carries is read then, and again by full checks only).
 */
export async function startLiveValidation(onIssues: (update: LiveUpdate) => void, options: LiveValidationOptions): Promise<ExcelOutcome<LiveValidationHandle>> {
  const host = options.host ?? officeHost();
  const counts = { events: 0, ignored: 0, runs: 0 };
  const pending: { rows: [number, number][]; full: boolean } = {
    rows: [],
    full: false,
  };
  let running: Promise<void> | undefined;
  // The catalogue sheet is read when watching starts and by full checks; a row check reuses it (the
  // sheet is locked, and a check per keystroke should not carry the whole catalogue back).
  const carried: { read: boolean; cells?: CatalogueSheetCells } = { read: false };

  const report = (error: unknown): void => options.onError?.(describeExcelError(error));

  const drain = async (): Promise<void> => {
    while (pending.full || pending.rows.length > 0) {
      const full = pending.full;
      const rows = pending.rows.splice(0);
      pending.full = false;
      counts.runs += 1;
      try {
        const update = await check(host, options.catalogues, carried, full ? undefined : rows);
        if (update) onIssues(update);
      } catch (error) {
        report(error);
        await recoverAfterFailedWrite(host);
      }
    }
  };

  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    counts.events += 1;
    if (ownWriteInProgress()) {
      counts.ignored += 1;
      return;
    }
    if (event.changeType !== "RangeEdited") pending.full = true;
    else {
      try {
        for (const b of parseBlocks(event.address)) pending.rows.push([b.row0, b.row1]);
      } catch {
        pending.full = true;
      }
    }
    if (!running) {
      running = drain().finally(() => {
        running = undefined;
      });
    }
    await running;
  };

  return attempt(async () => {
    const registration = await runBatch(host, async (context) => {
      carried.cells = (await readStatusTable(context, host, { scope: { kind: "frame" }, catalogueSheet: true })).data.catalogueSheet;
      carried.read = true;
      const result = context.workbook.tables.getItem(STATUS_TABLE).onChanged.add(handler);
      await context.sync();
      return result;
    });
    return {
      counts,
      stop: () =>
        attempt(() =>
          host.run(registration.context, async (context) => {
            registration.remove();
            await context.sync();
          }),
        ),
    };
  });
}

/**
 * Checks the whole table, or the body rows on the given 0-based sheet-row spans; undefined when no
 * body row changed. Marks are rewritten only on rows where they change (markChanges.ts).
 */
async function check(
  host: ExcelHost,
  catalogues: readonly Catalogue[],
  carried: { read: boolean; cells?: CatalogueSheetCells },
  spans?: readonly [number, number][],
): Promise<LiveUpdate | undefined> {
  return runBatch(host, async (context) => {
    // One read: where the table is, its header and metadata, the changed rows, and every row's
    // measure ID (for duplicates) — the same reader as the full check — and the rows' fills.
    const fills = spans ? queueFillRead(context, spans, host.isSetSupported("ExcelApi", "1.9")) : undefined;
    const catalogueSheet = !spans || !carried.read;
    const read = await readStatusTable(context, host, { scope: spans ? { kind: "rows", spans } : { kind: "body" }, catalogueSheet });
    if (catalogueSheet) {
      carried.read = true;
      carried.cells = read.data.catalogueSheet;
    }
    const data = carried.cells ? { ...read.data, catalogueSheet: carried.cells } : read.data;
    const { sheet, metaSheet } = read;
    const verdict = verdictFor(data, { catalogues });
    const sheetRows = (indexes: readonly number[]): number[] => indexes.map((i) => data.bodyRow0 + i);
    if (!spans || read.widened) {
      const marks = queueRemark(read, verdict.problems, markRunsWithin(unsplitRequestBudget(host)));
      keepProtected(metaSheet, data.metaProtected);
      await context.sync();
      const rows = Array.from({ length: data.rowCount }, (_, i) => i);
      return { full: true, sheet: data.sheetName, rows, sheetRows: sheetRows(rows), problems: marks.problems };
    }
    if (read.fullRows.length === 0) return undefined;
    const changed = new Set(sheetRows(read.fullRows));
    const problems = verdict.problems.filter((p) => {
      const at = p.where.cell ? parseA1(p.where.cell) : undefined;
      return at !== undefined && changed.has(at.row);
    });
    const current = fills?.rows();
    const remark = current ? rowsWithChangedMarks(current, data, read.fullRows, problems) : read.fullRows;
    if (remark.length > 0) {
      const remarked = new Set(remark.map((i) => data.bodyRow0 + i));
      // A filter may hide rows (tableFilter.ts): a few rows are written one by one, which keeps the
      // official's filter; more, and the filter is cleared first.
      const oneRowEach = data.filtered !== false && remark.length <= FILL_READ_ROWS;
      whileUnprotected(sheet, data.sheetProtected, () => {
        if (!oneRowEach) queueShowAllRows(read.table, data);
        queueClearMarks(sheet, data, remark, oneRowEach);
        queueMarks(
          sheet,
          problems.filter((p) => remarked.has(parseA1(p.where.cell!)!.row)),
          markRunsWithin(unsplitRequestBudget(host)),
          oneRowEach,
        );
      });
    } else keepProtected(sheet, data.sheetProtected);
    keepProtected(metaSheet, data.metaProtected);
    await context.sync();
    return { full: false, sheet: data.sheetName, rows: read.fullRows, sheetRows: [...changed], problems };
  });
}
