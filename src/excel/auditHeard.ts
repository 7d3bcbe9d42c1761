import {
  TableSnapshot,
  changeRows,
  diffCells,
  diffTable,
  entryColumnAt,
  sameValue,
  type CellChange,
  type ChangeStamp,
  type RowValues,
  type TableLayout,
} from "../domain/statusSheet/auditChanges";
import type { AuditRow } from "../domain/statusSheet/auditLog";
import { parseBlocks, type Block } from "./addresses";
import type { RowsWanted, TableRowsRead } from "./auditTableRead";

/** A change event as the trail heard it: when, from whom, and Excel's details where it gave them. */
export interface HeardChange {
  readonly address: string;
  readonly changeType: string;
  readonly details?: { readonly before: unknown; readonly after: unknown };
  readonly stamp: ChangeStamp;
}

function blocksOf(heard: readonly HeardChange[]): Block[] | undefined {
  try {
    return heard.flatMap((h) => parseBlocks(h.address));
  } catch {
    return undefined;
  }
}

/** The rows to read for some events: theirs, or the whole table after rows were inserted or deleted. */
export function wantedRows(heard: readonly HeardChange[]): RowsWanted {
  const blocks = blocksOf(heard);
  if (!blocks || heard.some((h) => h.changeType !== "RangeEdited")) return "all";
  return blocks.map((b) => [b.row0, b.row1] as const);
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

/** The cells the events touched, each once, stamped by the last event that touched it. */
function touchedCells(table: TableRowsRead, heard: readonly HeardChange[]): { bodyIndex: number; tableColumn: number; stamp: ChangeStamp }[] {
  const { bodyRow0, col0 } = table.layout;
  const width = Math.max(0, ...table.layout.positions.values()) + 1;
  const cells = new Map<string, { bodyIndex: number; tableColumn: number; stamp: ChangeStamp }>();
  for (const h of heard) {
    for (const b of blocksOf([h]) ?? []) {
      for (let r = Math.max(b.row0, bodyRow0); r <= Math.min(b.row1, bodyRow0 + table.rowCount - 1); r++) {
        for (let c = Math.max(b.col0, col0); c <= Math.min(b.col1, col0 + width - 1); c++) {
          cells.set(`${r}:${c}`, { bodyIndex: r - bodyRow0, tableColumn: c - col0, stamp: h.stamp });
        }
      }
    }
  }
  return [...cells.values()];
}

/**
 * The log rows for the events heard, and the snapshot as it is to be once they are written. The
 * old values are Excel's details when every event has them (ExcelApi 1.9, one cell each), else the
 * snapshot's (a paste, ExcelApi 1.8, rows inserted or deleted). Without a snapshot yet, only
 * details can tell.
 */
export function heardRows(snapshot: TableSnapshot | undefined, table: TableRowsRead, heard: readonly HeardChange[], wanted: RowsWanted): { rows: AuditRow[]; snapshot: TableSnapshot } {
  const usable = snapshot && sameLayout(snapshot.layout, table.layout) ? snapshot : undefined;
  let changes: CellChange[];
  let next: TableSnapshot;
  if (wanted === "all") {
    const rows: RowValues[] = Array.from({ length: table.rowCount }, (_, i) => table.rows.get(i) ?? []);
    next = new TableSnapshot(table.layout, rows);
    changes = usable ? diffTable(usable, rows, heard.at(-1)!.stamp) : [];
  } else {
    next = (usable ?? new TableSnapshot(table.layout)).with(table.rows);
    const detailed = heard.every((h) => h.details && oneCell(h));
    changes = detailed ? fromDetails(table, heard) : usable ? diffCells(usable, table.rows, touchedCells(table, heard)) : [];
  }
  return { rows: changeRows(table.layout, changes), snapshot: next };
}
