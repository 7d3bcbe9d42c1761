import type { RowValues, TableLayout } from "../domain/statusSheet/auditChanges";
import { STATUS_TABLE, mapHeader } from "../domain/statusSheet/columns";

/** What the change log reads of the status table: where it is, and some body rows' values. */
export interface TableRowsRead {
  readonly tableId: string;
  readonly sheetName: string;
  readonly layout: TableLayout;
  readonly rowCount: number;
  /** Body index (0-based) → the row's values, table column by table column. */
  readonly rows: ReadonlyMap<number, RowValues>;
}

/** 0-based inclusive sheet-row spans, or every body row. */
export type RowsWanted = readonly (readonly [number, number])[] | "all";

/** Sorted spans, overlapping or touching ones merged: each row is read once. */
function mergeSpans(spans: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = merged.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * Queues the read (one request with whatever else is queued): the table's place and header, and
 * the body rows on the wanted sheet rows, cut to the table whatever its columns.
 */
export function queueTableRows(context: Excel.RequestContext, wanted: RowsWanted): () => TableRowsRead {
  const table = context.workbook.tables.getItem(STATUS_TABLE).load("id");
  const sheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowIndex,columnIndex,rowCount");
  const parts =
    wanted === "all"
      ? [table.getDataBodyRange().load("rowIndex,values")]
      : mergeSpans(wanted).map(([a, b]) => body.getIntersectionOrNullObject(sheet.getRange(`A${a + 1}:XFD${b + 1}`)).load("rowIndex,values"));
  return () => {
    const { positions } = mapHeader((header.values[0] ?? []).map((v) => String(v ?? "")));
    const rows = new Map<number, RowValues>();
    for (const part of parts) {
      if (part.isNullObject) continue;
      part.values.forEach((values, i) => rows.set(part.rowIndex + i - body.rowIndex, values));
    }
    return {
      tableId: table.id,
      sheetName: sheet.name,
      layout: { bodyRow0: body.rowIndex, col0: body.columnIndex, positions },
      rowCount: body.rowCount,
      rows,
    };
  };
}
