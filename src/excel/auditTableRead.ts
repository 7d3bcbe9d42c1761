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

/** Whether Excel refused a request because its response would be over Excel on the web's 5 MB. */
export function responseTooLarge(error: unknown): boolean {
  return error !== null && typeof error === "object" && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
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
  let perBlock = Math.max(1, Math.ceil(spans.reduce((n, [a, b]) => n + b - a + 1, 0) / 2));
  for (const [first, end] of spans) {
    let next = first;
    while (next <= end) {
      const count = Math.min(perBlock, end - next + 1);
      const block = place.body.getRow(next).getResizedRange(count - 1, 0).load("values");
      try {
        // A request per block that fits Excel on the web's response limit: this path runs only after a refusal.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (count === 1 || !responseTooLarge(error)) throw error;
        perBlock = Math.ceil(count / 2);
        continue;
      }
      const at = next;
      block.values.forEach((values, i) => rows.set(at + i, values));
      next += count;
    }
  }
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
