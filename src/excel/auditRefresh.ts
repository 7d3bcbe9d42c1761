import { TableSnapshot, type RowValues } from "../domain/statusSheet/auditChanges";
import { AUDIT_SHEET } from "../domain/statusSheet/auditLog";
import { META_SHEET, STATUS_TABLE } from "../domain/statusSheet/columns";
import type { TrailMemory } from "./auditBurst";
import { logRowsFrom } from "./auditLogSheet";
import { queueTableRows, readTableRowsInBlocks, type TableRowsRead } from "./auditTableRead";
import { responseTooLarge } from "./rowBlocks";
import { runBatch, type ExcelHost } from "./host";
import { META_READ_ROWS, parseMeta } from "./statusTable";

/** The trail's handler on the status table, and which table it is on. */
export interface Registration {
  readonly tableId: string;
  readonly result: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs>;
}

/**
 * When the pane opens and after each of the add-in's own writes: a snapshot of the whole table (for
 * hosts and pastes without change details), where the log ends, the workbook's language, and the
 * handler on the status table (again, once set-up has made the table afresh). Two requests; none
 * more when the workbook has no status table yet (the trail then waits for set-up).
 */
export async function refreshTrail(
  host: ExcelHost,
  memory: TrailMemory,
  registration: Registration | undefined,
  handler: (event: Excel.TableChangedEventArgs) => Promise<void>,
): Promise<Registration | undefined> {
  return runBatch(host, async (context) => {
    const wb = context.workbook;
    const table = wb.tables.getItemOrNullObject(STATUS_TABLE).load("id");
    const log = wb.worksheets.getItemOrNullObject(AUDIT_SHEET).load("name");
    const meta = wb.worksheets.getItemOrNullObject(META_SHEET).load("name");
    await context.sync();
    if (table.isNullObject) {
      memory.snapshot = undefined;
      return undefined;
    }
    const same = registration !== undefined && registration.tableId === table.id;
    const queueRest = () => ({
      used: log.isNullObject ? undefined : log.getUsedRangeOrNullObject(true).load("rowIndex,rowCount"),
      metaValues: meta.isNullObject ? undefined : meta.getRange(`A1:B${META_READ_ROWS}`).load("values"),
      // office.js registers a handler only when its request succeeds: added again with a retried request.
      result: same ? registration.result : table.onChanged.add(handler),
    });
    const read = queueTableRows(context, "all");
    let { used, metaValues, result } = queueRest();
    let rows: TableRowsRead;
    try {
      await context.sync();
      rows = read();
    } catch (error) {
      // A table too large for one response on Excel on the web: the snapshot is read in blocks.
      if (!responseTooLarge(error)) throw error;
      ({ used, metaValues, result } = queueRest()); // sent with the table's place, the blocks' first request
      rows = await readTableRowsInBlocks(context, "all");
    }
    memory.snapshot = new TableSnapshot(
      rows.layout,
      Array.from({ length: rows.rowCount }, (_, i): RowValues => rows.rows.get(i) ?? []),
    );
    memory.log = used ? { exists: true, rows: logRowsFrom(used) } : { exists: false, rows: 0 };
    memory.written = [];
    const language = metaValues ? parseMeta(metaValues.values).meta.language : undefined;
    memory.lang = language === "km" ? "km" : "en";
    return { tableId: table.id, result };
  });
}
