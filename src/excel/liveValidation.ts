import type { Catalogue } from "../domain/catalogue";
import { parseA1, type Cell } from "../domain/cells";
import { META_SHEET, STATUS_COLUMNS, STATUS_TABLE, mapHeader, type ColumnKey } from "../domain/layout";
import type { Problem } from "../domain/problems";
import type { StatusRow } from "../domain/statusRow";
import { columnLetters, parseBlocks } from "./addresses";
import { cellFromExcel } from "./cellIO";
import { attempt, describeExcelError, type ExcelFailure, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { queueClearMarks, queueMarks } from "./issueMarks";
import { ownWriteInProgress } from "./ownWrites";
import { whileUnprotected } from "./sheetProtection";
import { ENTRY_BLOCK, FORMAT_BLOCK, META_READ_ROWS, parseMeta, readStatusTable, type StatusTableData } from "./statusTable";
import { queueRemark, verdictFor } from "./validateStatusTable";

export interface LiveUpdate {
  /** True when the whole table was checked again (rows inserted or deleted, or an unusual layout). */
  readonly full: boolean;
  /** Body rows (0-based) whose issues `problems` replaces; every row when `full`. */
  readonly rows: readonly number[];
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

const ID_INDEX = STATUS_COLUMNS.findIndex((c) => c.key === "id");

/**
 * Live validation: on every change to the status table, re-checks only the changed rows (the ID
 * column is read too, for duplicates) and updates their marks. The event is a hint — the rows are
 * read again, so a paste of any size is one check. Changes made by the add-in itself are ignored.
 * Two syncs per check.
 */
export async function startLiveValidation(onIssues: (update: LiveUpdate) => void, options: LiveValidationOptions): Promise<ExcelOutcome<LiveValidationHandle>> {
  const host = options.host ?? officeHost();
  const counts = { events: 0, ignored: 0, runs: 0 };
  const pending: { rows: [number, number][]; full: boolean } = {
    rows: [],
    full: false,
  };
  let running: Promise<void> | undefined;

  const report = (error: unknown): void => options.onError?.(describeExcelError(error));

  const drain = async (): Promise<void> => {
    while (pending.full || pending.rows.length > 0) {
      const full = pending.full;
      const rows = pending.rows.splice(0);
      pending.full = false;
      counts.runs += 1;
      try {
        const update = full ? await checkAll(host, options.catalogues) : await checkRows(host, options.catalogues, rows);
        if (update) onIssues(update);
      } catch (error) {
        report(error);
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

async function checkAll(host: ExcelHost, catalogues: readonly Catalogue[]): Promise<LiveUpdate> {
  return runBatch(host, (context) => checkAllInContext(context, catalogues));
}

async function checkAllInContext(context: Excel.RequestContext, catalogues: readonly Catalogue[]): Promise<LiveUpdate> {
  const { data, sheet } = await readStatusTable(context, { body: true });
  const verdict = verdictFor(data, { catalogues });
  queueRemark(sheet, data, verdict.problems);
  await context.sync();
  return { full: true, rows: Array.from({ length: data.rowCount }, (_, i) => i), problems: verdict.problems };
}

/** Checks the body rows inside the given sheet-row spans (0-based sheet rows). */
async function checkRows(host: ExcelHost, catalogues: readonly Catalogue[], spans: readonly [number, number][]): Promise<LiveUpdate | undefined> {
  const first = Math.min(...spans.map((s) => s[0]));
  const last = Math.max(...spans.map((s) => s[1]));
  return runBatch(host, async (context) => {
    // One read: where the table is, its header, the whole ID column (for duplicates), every column
    // of the changed rows (values, formulas, formats), and the metadata.
    const workbook = context.workbook;
    workbook.load("name");
    const sheet = workbook.tables.getItem(STATUS_TABLE).worksheet;
    sheet.load("name,protection/protected");
    const header = workbook.tables.getItem(STATUS_TABLE).getHeaderRowRange();
    header.load("values");
    const body = workbook.tables.getItem(STATUS_TABLE).getDataBodyRange();
    body.load("rowIndex,columnIndex,rowCount,columnCount");
    const ids = body.getColumn(ID_INDEX);
    ids.load("values");
    const changed = body.getIntersectionOrNullObject(sheet.getRange(`A${first + 1}:${columnLetters(16_383)}${last + 1}`));
    changed.load("rowIndex,rowCount,values,formulas,numberFormat");
    const meta = workbook.worksheets.getItem(META_SHEET).getRange(`A1:B${META_READ_ROWS}`);
    meta.load("values");
    await context.sync();

    const headerValues = (header.values[0] ?? []).map((v) => String(v ?? ""));
    const { positions, missing } = mapHeader(headerValues);
    if (!STATUS_COLUMNS.every((c, i) => positions.get(c.key) === i)) return checkAllInContext(context, catalogues);
    if (changed.isNullObject) return undefined;

    const bodyRow0 = body.rowIndex;
    const inSpans = (sheetRow: number): boolean => spans.some(([a, b]) => sheetRow >= a && sheetRow <= b);
    const changedIndexes: number[] = [];
    for (let r = 0; r < changed.rowCount; r++) if (inSpans(changed.rowIndex + r)) changedIndexes.push(changed.rowIndex + r - bodyRow0);
    const changedSet = new Set(changedIndexes);
    const rows: StatusRow[] = [];
    const bodyIndexes: number[] = [];
    for (let i = 0; i < body.rowCount; i++) {
      const cells: Partial<Record<ColumnKey, Cell>> = {};
      if (changedSet.has(i)) {
        const r = i + bodyRow0 - changed.rowIndex;
        STATUS_COLUMNS.forEach((c, p) => {
          const inEntries = p >= ENTRY_BLOCK.first && p < ENTRY_BLOCK.first + ENTRY_BLOCK.count;
          const inFormats = p >= FORMAT_BLOCK.first && p < FORMAT_BLOCK.first + FORMAT_BLOCK.count;
          cells[c.key] = cellFromExcel(
            changed.values[r]?.[p],
            inEntries ? changed.formulas[r]?.[p] : undefined,
            inFormats ? changed.numberFormat[r]?.[p] : undefined,
          );
        });
      } else {
        cells.id = cellFromExcel(ids.values[i]?.[0]);
      }
      if (Object.values(cells).every((c) => c.value === null && c.formula === undefined && c.error === undefined)) continue;
      rows.push({ index: rows.length, cells });
      bodyIndexes.push(i);
    }
    const data: StatusTableData = {
      workbookName: workbook.name,
      sheetName: sheet.name,
      sheetProtected: sheet.protection.protected,
      bodyRow0,
      col0: body.columnIndex,
      rowCount: body.rowCount,
      columnCount: body.columnCount,
      header: headerValues,
      positions,
      missingColumns: missing,
      rows,
      bodyIndexes,
      ...parseMeta(meta.values),
      metaProtected: true,
    };
    const verdict = verdictFor(data, { catalogues });
    const changedRows = new Set(changedIndexes.map((i) => bodyRow0 + i));
    const problems = verdict.problems.filter((p) => {
      const at = p.where.cell ? parseA1(p.where.cell) : undefined;
      return at !== undefined && changedRows.has(at.row);
    });
    whileUnprotected(sheet, data.sheetProtected, () => {
      queueClearMarks(sheet, data, changedIndexes);
      queueMarks(sheet, problems);
    });
    await context.sync();
    return { full: false, rows: changedIndexes, problems };
  });
}
