import type { Lang } from "../domain/text/lang";
import { notYetLogged, rowsTakenBack, type TableSnapshot } from "../domain/statusSheet/auditChanges";
import { AUDIT_SHEET, foldRows, rowsToFold, type AuditRow } from "../domain/statusSheet/auditLog";
import { heardRows, wantedRows, type HeardChange } from "./auditHeard";
import { logSheetRow, planFold, planRows, queueHeader, queueLogTail, queueNewLogSheet, readOldest, tailRead, type TailRead } from "./auditLogSheet";
import { queueTableRows, readTableRowsInBlocks, type TableRowsRead } from "./auditTableRead";
import { responseTooLarge } from "./rowBlocks";
import { WritePlan } from "./writePlan";

export type { HeardChange } from "./auditHeard";

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
const NO_TAIL: TailRead = { rows: 0, headerIntact: true, byRow: new Map(), blank: new Set() };
const byTime = (a: AuditRow, b: AuditRow): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/**
 * One burst of changes, in one Excel.run: a request reading the changed rows and the end of the
 * log, then a request writing the new log rows (one more reads the oldest rows when the log must
 * be folded, or the end of a log a co-author's add-in made meanwhile; more only when the rows'
 * bytes exceed one request). The trail's memory changes only once the rows are written, so a
 * burst that failed can be run again. Returns the rows written.
 */
export async function runBurst(context: Excel.RequestContext, memory: TrailMemory, heard: readonly HeardChange[], options: BurstOptions): Promise<AuditRow[]> {
  const wanted = heard.length > 0 ? wantedRows(heard) : undefined;
  let readTable: (() => TableRowsRead) | undefined = wanted ? queueTableRows(context, wanted) : undefined;
  const queueLog = () => {
    const known = memory.log.exists ? context.workbook.worksheets.getItem(AUDIT_SHEET) : undefined;
    const maybe = known ? undefined : context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET).load("name");
    return { known, maybe, tail: known ? queueLogTail(known, memory.log.rows) : undefined };
  };
  let { known, maybe, tail } = queueLog();
  try {
    await context.sync();
  } catch (error) {
    // Excel on the web would not send the changed rows at once: the log's end again, then the rows in blocks.
    if (!wanted || !responseTooLarge(error)) throw error;
    ({ known, maybe, tail } = queueLog()); // read with the table's place, the blocks' first request
    const rows = await readTableRowsInBlocks(context, wanted);
    readTable = () => rows;
  }
  const existingSheet = known ?? (maybe && !maybe.isNullObject ? maybe : undefined);
  if (existingSheet && !tail) {
    tail = queueLogTail(existingSheet, 0);
    await context.sync();
  }

  const heardNow = readTable && wanted ? heardRows(memory.snapshot, readTable(), heard, wanted) : { rows: [], snapshot: memory.snapshot };
  const waiting = [...memory.pending, ...heardNow.rows.filter((r) => r.source === "co-author").map((row) => ({ row, due: options.now + options.graceMs }))];
  const due = waiting.filter((p) => options.flushAll || p.due <= options.now);
  const read = tail ? tailRead(tail) : NO_TAIL;
  const theirs = notYetLogged(
    due.map((p) => p.row),
    [...read.byRow.values()],
  );
  const back = takenBack(memory, read, tail !== undefined);
  const toWrite = [...back.rows, ...[...heardNow.rows.filter((r) => r.source === "local"), ...theirs].sort(byTime)];
  const commit = (log: TrailMemory["log"], written: TrailMemory["written"]): void => {
    if (heardNow.snapshot) memory.snapshot = heardNow.snapshot;
    memory.pending = waiting.filter((p) => !due.includes(p));
    memory.log = log;
    memory.written = written.slice(-WRITTEN_KEPT);
  };
  if (toWrite.length === 0) {
    commit(tail ? { exists: true, rows: read.rows } : memory.log, back.kept);
    return [];
  }

  const sheet = existingSheet ?? queueNewLogSheet(context.workbook);
  if (!read.headerIntact) queueHeader(sheet);
  const plan = new WritePlan(options.budget);
  const fold = rowsToFold(read.rows, toWrite.length);
  let at = read.rows;
  let appended = toWrite;
  let written = back.kept;
  if (fold > 0) {
    const fromLog = Math.min(fold, read.rows);
    const oldest = await readOldest(context, sheet, fromLog);
    const summary = foldRows([...oldest, ...toWrite.slice(0, fold - fromLog)], memory.lang);
    if (fromLog > 0) planFold(plan, sheet, fromLog, summary);
    else planRows(plan, sheet, 0, [summary], options.budget);
    at = read.rows - fromLog + 1;
    appended = toWrite.slice(fold - fromLog);
    written = [];
  }
  planRows(plan, sheet, at, appended, options.budget);
  await plan.run(context);
  commit({ exists: true, rows: at + appended.length }, [...written, ...appended.map((row, i) => ({ sheetRow: logSheetRow(at + i), row }))]);
  return toWrite;
}

/**
 * Rows of ours an Undo took back (blank again at the log's end), to write again, and the rows of
 * ours still in place. When the log shrank by more than we wrote lately (a co-author folded it),
 * our rows moved: nothing is redone.
 */
function takenBack(memory: TrailMemory, read: TailRead, haveTail: boolean): { rows: AuditRow[]; kept: TrailMemory["written"] } {
  if (!haveTail || memory.log.rows - read.rows > memory.written.length) return { rows: [], kept: [] };
  const rows = rowsTakenBack(memory.written, read.blank);
  return { rows, kept: memory.written.filter((w) => !rows.includes(w.row)) };
}
