import type { RowValues, TableLayout } from "../domain/statusSheet/auditChanges";
import { STATUS_TABLE, mapHeader } from "../domain/statusSheet/columns";
import { readInRowBlocks } from "./rowBlocks";
import { mergeSpans } from "./tableWindows";

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

/**
 * Queues the read (one request with whatever else is queued): the table's place and header, and
 * the body rows on the wanted sheet rows, cut to the table whatever its columns.
 */
export function queueTableRows(context: Excel.RequestContext, wanted: RowsWanted): () => TableRowsRead {
  const place = queuePlace(context);
  const parts =
    wanted === "all"
      ? [place.table.getDataBodyRange().load("rowIndex,values")]
      : mergeSpans(wanted).map(([a, b]) => place.body.getIntersectionOrNullObject(place.sheet.getRange(`A${a + 1}:XFD${b + 1}`)).load("rowIndex,values"));
  return () => {
    const rows = new Map<number, RowValues>();
    for (const part of parts) {
      if (part.isNullObject) continue;
      part.values.forEach((values, i) => rows.set(part.rowIndex + i - place.body.rowIndex, values));
    }
    return placeRead(place, rows);
  };
}

/**
 * The same read for rows Excel on the web refused to send in one response (a paste over a table
 * of tens of thousands of rows with long texts): the place first (with whatever else the caller
 * queued), then the rows a block per
 * request, the block halved each time a response is still too large. Requests grow with the
 * table's bytes, never with edits, and only where the one-request read was refused.
 */
export async function readTableRowsInBlocks(context: Excel.RequestContext, wanted: RowsWanted): Promise<TableRowsRead> {
  const place = queuePlace(context);
  await context.sync();
  const last = place.body.rowCount - 1;
  const spans = (wanted === "all" ? [[0, last] as const] : mergeSpans(wanted).map(([a, b]) => [a - place.body.rowIndex, b - place.body.rowIndex] as const))
    .map(([a, b]): [number, number] => [Math.max(a, 0), Math.min(b, last)])
    .filter(([a, b]) => a <= b);
  const rows = new Map<number, RowValues>();
  const half = Math.ceil(spans.reduce((n, [a, b]) => n + b - a + 1, 0) / 2);
  await readInRowBlocks(context, spans, half, (first, count) => {
    const block = place.body.getRow(first).getResizedRange(count - 1, 0).load("values");
    return () => block.values.forEach((values, i) => rows.set(first + i, values));
  });
  return placeRead(place, rows);
}

interface Place {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

function queuePlace(context: Excel.RequestContext): Place {
  const table = context.workbook.tables.getItem(STATUS_TABLE).load("id");
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values"),
    body: table.getDataBodyRange().load("rowIndex,columnIndex,rowCount"),
  };
}

function placeRead(place: Place, rows: ReadonlyMap<number, RowValues>): TableRowsRead {
  const { positions } = mapHeader((place.header.values[0] ?? []).map((v) => String(v ?? "")));
  return {
    tableId: place.table.id,
    sheetName: place.sheet.name,
    layout: { bodyRow0: place.body.rowIndex, col0: place.body.columnIndex, positions },
    rowCount: place.body.rowCount,
    rows,
  };
}
