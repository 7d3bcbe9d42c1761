import type { Lang } from "../domain/text/lang";
import {
  TableSnapshot,
  changeRows,
  diffCells,
  diffTable,
  entryColumnAt,
  notYetLogged,
  rowsTakenBack,
  sameValue,
  type CellChange,
  type ChangeStamp,
  type RowValues,
  type TableLayout,
} from "../domain/statusSheet/auditChanges";
import { AUDIT_SHEET, foldRows, rowsToFold, type AuditRow } from "../domain/statusSheet/auditLog";
import { parseBlocks, type Block } from "./addresses";
import { logSheetRow, planFold, planRows, queueHeader, queueLogTail, queueNewLogSheet, readOldest, tailRead, type TailRead } from "./auditLogSheet";
import { queueTableRows, type RowsWanted, type TableRowsRead } from "./auditTableRead";
import { WritePlan } from "./writePlan";

/** A change event as the trail heard it: when, from whom, and Excel's details where it gave them. */
export interface HeardChange {
  readonly address: string;
  readonly changeType: string;
  readonly details?: { readonly before: unknown; readonly after: unknown };
  readonly stamp: ChangeStamp;
}

/** What the trail keeps between bursts. */
export interface TrailMemory {
  snapshot?: TableSnapshot;
  log: { exists: boolean; rows: number };
  lang: Lang;
  /** A co-author's changes waiting to see whether their own add-in logs them. */
  pending: { readonly row: AuditRow; readonly due: number }[];
  /** The rows this trail wrote last, where it wrote them (to notice an Undo taking them back). */
  written: { readonly sheetRow: number; readonly row: AuditRow }[];
}

export interface BurstOptions {
  readonly now: number;
  /** Write the co-author changes still waiting (before a submission is stamped). */
  readonly flushAll: boolean;
  readonly graceMs: number;
  readonly budget: number;
}

const WRITTEN_KEPT = 32;

function blocksOf(heard: readonly HeardChange[]): Block[] | undefined {
  try {
    return heard.flatMap((h) => parseBlocks(h.address));
  } catch {
    return undefined;
  }
}

function wantedRows(heard: readonly HeardChange[]): RowsWanted {
  const blocks = blocksOf(heard);
  if (!blocks || heard.some((h) => h.changeType !== "RangeEdited")) return "all";
  return blocks.map((b) => [b.row0, Math.min(b.row1, b.row0 + 1_048_575)] as const);
}

const sameLayout = (a: TableLayout, b: TableLayout): boolean =>
  a.bodyRow0 === b.bodyRow0 && a.col0 === b.col0 && a.positions.size === b.positions.size && [...a.positions].every(([k, p]) => b.positions.get(k) === p);

const oneCell = (h: HeardChange): Block | undefined => {
  const blocks = blocksOf([h]);
  const b = blocks?.length === 1 ? blocks[0]! : undefined;
  return b && b.row0 === b.row1 && b.col0 === b.col1 ? b : undefined;
};

/** Changes from Excel's details, one per event, in the order Excel raised them. */
function fromDetails(table: TableRowsRead, heard: readonly HeardChange[]): CellChange[] {
  const { layout } = table;
  const idAt = layout.positions.get("id");
  return heard.flatMap((h) => {
    const b = oneCell(h)!;
    const bodyIndex = b.row0 - layout.bodyRow0;
    const column = entryColumnAt(layout, b.col0 - layout.col0);
    const { before, after } = h.details!;
    if (!column || sameValue(before, after)) return [];
    const id = idAt === undefined ? "" : String(table.rows.get(bodyIndex)?.[idAt] ?? "").trim().toUpperCase();
    return [{ ...h.stamp, bodyIndex, column, measureId: id, before, after }];
  });
}

/** Changes from the table read now against the snapshot; the snapshot then holds what was read. */
function fromSnapshot(memory: TrailMemory, table: TableRowsRead, heard: readonly HeardChange[], wanted: RowsWanted): CellChange[] {
  const snapshot = memory.snapshot && sameLayout(memory.snapshot.layout, table.layout) ? memory.snapshot : undefined;
  if (wanted === "all") {
    const rows: RowValues[] = Array.from({ length: table.rowCount }, (_, i) => table.rows.get(i) ?? []);
    memory.snapshot = new TableSnapshot(table.layout, rows);
    return snapshot ? diffTable(snapshot, rows, heard.at(-1)!.stamp) : [];
  }
  // Each cell once, stamped by the last event that touched it.
  const cells = new Map<string, { bodyIndex: number; tableColumn: number; stamp: ChangeStamp }>();
  for (const h of heard) {
    for (const b of blocksOf([h]) ?? []) {
      for (let r = b.row0; r <= b.row1 && r - table.layout.bodyRow0 < table.rowCount; r++) {
        for (let c = b.col0; c <= b.col1 && c - table.layout.col0 < 64; c++) {
          const cell = { bodyIndex: r - table.layout.bodyRow0, tableColumn: c - table.layout.col0, stamp: h.stamp };
          if (cell.bodyIndex >= 0 && cell.tableColumn >= 0) cells.set(`${cell.bodyIndex}:${cell.tableColumn}`, cell);
        }
      }
    }
  }
  const changes = snapshot ? diffCells(snapshot, table.rows, cells.values()) : [];
  const next = snapshot ?? new TableSnapshot(table.layout);
  for (const [i, values] of table.rows) next.set(i, values);
  memory.snapshot = next;
  return changes;
}

function heardChanges(memory: TrailMemory, table: TableRowsRead, heard: readonly HeardChange[], wanted: RowsWanted): CellChange[] {
  const detailed = wanted !== "all" && heard.every((h) => h.details && oneCell(h));
  if (!detailed) return fromSnapshot(memory, table, heard, wanted);
  const changes = fromDetails(table, heard);
  fromSnapshot(memory, table, [], wanted); // the snapshot follows
  return changes;
}

const byTime = (a: AuditRow, b: AuditRow): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * One burst of changes, in one Excel.run: a request reading the changed rows and the end of the
 * log, then a request writing the new log rows (a third reads the oldest rows when the log must be
 * folded; more only when the rows' bytes exceed one request). Returns the rows written.
 */
export async function runBurst(context: Excel.RequestContext, memory: TrailMemory, heard: readonly HeardChange[], options: BurstOptions): Promise<AuditRow[]> {
  const wanted = heard.length > 0 ? wantedRows(heard) : undefined;
  const readTable = wanted ? queueTableRows(context, wanted) : undefined;
  // A log believed absent may have come meanwhile (a co-author's add-in made it): then one more read.
  const known = memory.log.exists ? context.workbook.worksheets.getItem(AUDIT_SHEET) : undefined;
  const maybe = known ? undefined : context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET).load("name");
  let tail = known ? queueLogTail(known, memory.log.rows) : undefined;
  await context.sync();
  const existingSheet = known ?? (maybe && !maybe.isNullObject ? maybe : undefined);
  if (existingSheet && !tail) {
    tail = queueLogTail(existingSheet, 0);
    await context.sync();
  }

  const rows = readTable && wanted ? changeRowsOf(memory, readTable(), heard, wanted) : [];
  for (const row of rows) if (row.source === "co-author") memory.pending.push({ row, due: options.now + options.graceMs });
  const due = memory.pending.filter((p) => options.flushAll || p.due <= options.now);
  memory.pending = memory.pending.filter((p) => !due.includes(p));
  const read: TailRead = tail ? tailRead(tail) : { rows: 0, headerIntact: true, byRow: new Map(), blank: new Set() };
  const theirs = notYetLogged(
    due.map((p) => p.row),
    [...read.byRow.values()],
  );
  const toWrite = [...takenBack(memory, read, tail !== undefined), ...[...rows.filter((r) => r.source === "local"), ...theirs].sort(byTime)];
  if (toWrite.length === 0) {
    if (tail) memory.log.rows = read.rows;
    return [];
  }

  const sheet = existingSheet ?? queueNewLogSheet(context.workbook);
  if (!read.headerIntact) queueHeader(sheet);
  const existing = read.rows;
  const plan = new WritePlan(options.budget);
  const fold = rowsToFold(existing, toWrite.length);
  let at = existing;
  let appended = toWrite;
  if (fold > 0) {
    const fromLog = Math.min(fold, existing);
    const oldest = await readOldest(context, sheet, fromLog);
    const summary = foldRows([...oldest, ...toWrite.slice(0, fold - fromLog)], memory.lang);
    if (fromLog > 0) planFold(plan, sheet, fromLog, summary);
    else planRows(plan, sheet, 0, [summary], options.budget);
    at = existing - fromLog + 1;
    appended = toWrite.slice(fold - fromLog);
    memory.written = [];
  }
  planRows(plan, sheet, at, appended, options.budget);
  await plan.run(context);
  memory.log = { exists: true, rows: at + appended.length };
  memory.written = [...memory.written, ...appended.map((row, i) => ({ sheetRow: logSheetRow(at + i), row }))].slice(-WRITTEN_KEPT);
  return toWrite;
}

function changeRowsOf(memory: TrailMemory, table: TableRowsRead, heard: readonly HeardChange[], wanted: RowsWanted): AuditRow[] {
  return changeRows(table.layout, heardChanges(memory, table, heard, wanted));
}

/**
 * Rows of ours an Undo took back (blank again at the log's end): written again. When the log
 * shrank by more than we wrote lately (a co-author folded it), our rows moved: nothing is redone.
 */
function takenBack(memory: TrailMemory, read: TailRead, haveTail: boolean): AuditRow[] {
  if (!haveTail) return [];
  const shrink = memory.log.rows - read.rows;
  if (shrink > memory.written.length) {
    memory.written = [];
    return [];
  }
  const back = rowsTakenBack(memory.written, read.blank);
  memory.written = memory.written.filter((w) => !back.includes(w.row));
  return back;
}
