import { a1 } from "../entries/cells";
import { serialToIso } from "../entries/entryParse";
import { auditRow, auditText, type AuditRow } from "./auditLog";
import { columnDef, type ColumnKey } from "./columns";

/**
 * Entry changes as the change log records them: from Excel's change details where it gives them,
 * else from the difference between the table now and a snapshot the add-in took.
 */

/** Where the status table sits: turns a body cell into an A1 address and a column key. */
export interface TableLayout {
  /** 0-based sheet row of the first body row, and the table's first column. */
  readonly bodyRow0: number;
  readonly col0: number;
  /** Table column (0-based) of each known column. */
  readonly positions: ReadonlyMap<ColumnKey, number>;
}

/** One body row's values, table column by table column, as Excel's `values` gives them. */
export type RowValues = readonly unknown[];

export type ChangeSource = "local" | "co-author";

/** Who changed cells, and when (the time the add-in heard of it). */
export interface ChangeStamp {
  readonly at: string;
  readonly source: ChangeSource;
  readonly officer: string;
}

/** One entry cell changed. */
export interface CellChange extends ChangeStamp {
  readonly bodyIndex: number;
  readonly column: ColumnKey;
  readonly measureId: string;
  readonly before: unknown;
  readonly after: unknown;
}

const blank = (v: unknown): boolean => v === null || v === undefined || v === "";

export function sameValue(a: unknown, b: unknown): boolean {
  return blank(a) ? blank(b) : a === b;
}

const idText = (layout: TableLayout, row: RowValues | undefined): string => {
  const p = layout.positions.get("id");
  const v = p === undefined ? undefined : row?.[p];
  return blank(v) ? "" : String(v).trim().toUpperCase();
};

/**
 * The table as the add-in last saw it. A row is found again by its measure ID (so rows that moved
 * still compare with themselves), else by its place in the table.
 */
export class TableSnapshot {
  private readonly rows = new Map<number, RowValues>();
  /** Measure ID → body index; -1 when the ID is on more than one row. */
  private readonly ids = new Map<string, number>();

  constructor(
    readonly layout: TableLayout,
    rows: readonly RowValues[] = [],
  ) {
    rows.forEach((r, i) => this.set(i, r));
  }

  get size(): number {
    return this.rows.size;
  }

  /** What the row holding `current` (at `bodyIndex` now) held when last seen. */
  before(bodyIndex: number, current: RowValues | undefined): RowValues | undefined {
    const at = this.ids.get(idText(this.layout, current));
    return at !== undefined && at >= 0 ? this.rows.get(at) : this.rows.get(bodyIndex);
  }

  set(bodyIndex: number, values: RowValues): void {
    const old = idText(this.layout, this.rows.get(bodyIndex));
    if (old && this.ids.get(old) === bodyIndex) this.ids.delete(old);
    this.rows.set(bodyIndex, values);
    const id = idText(this.layout, values);
    if (!id) return;
    const seen = this.ids.get(id);
    this.ids.set(id, seen === undefined || seen === bodyIndex ? bodyIndex : -1);
  }

  /** Every row seen, by body index. */
  entries(): IterableIterator<[number, RowValues]> {
    return this.rows.entries();
  }

  /** A new snapshot: this one with some rows as read now (this one is left as it is). */
  with(rows: ReadonlyMap<number, RowValues>): TableSnapshot {
    const next = new TableSnapshot(this.layout);
    for (const [i, values] of this.rows) next.set(i, values);
    for (const [i, values] of rows) next.set(i, values);
    return next;
  }
}

/** The entry columns of the layout, with their table column. */
function entryColumns(layout: TableLayout): [ColumnKey, number][] {
  return [...layout.positions].filter(([key]) => columnDef(key).kind === "entry");
}

/** The key of an entry column at table column `tableColumn`, if it is one. */
export function entryColumnAt(layout: TableLayout, tableColumn: number): ColumnKey | undefined {
  return entryColumns(layout).find(([, p]) => p === tableColumn)?.[0];
}

/**
 * The changed entry cells among `cells` (body index and table column, with who touched them),
 * comparing the rows read now with the snapshot.
 */
export function diffCells(
  snapshot: TableSnapshot,
  current: ReadonlyMap<number, RowValues>,
  cells: Iterable<{ readonly bodyIndex: number; readonly tableColumn: number; readonly stamp: ChangeStamp }>,
): CellChange[] {
  const { layout } = snapshot;
  const changes: CellChange[] = [];
  for (const { bodyIndex, tableColumn, stamp } of cells) {
    const column = entryColumnAt(layout, tableColumn);
    const now = current.get(bodyIndex);
    if (!column || !now) continue;
    const before = snapshot.before(bodyIndex, now)?.[tableColumn];
    const after = now[tableColumn];
    if (!sameValue(before, after)) changes.push({ ...stamp, bodyIndex, column, measureId: idText(layout, now), before, after });
  }
  return changes;
}

/**
 * Every entry that differs between the snapshot and the whole table read now (after rows were
 * inserted, deleted or sorted): rows matched by measure ID; a row gone has its entries cleared.
 */
export function diffTable(snapshot: TableSnapshot, current: readonly RowValues[], stamp: ChangeStamp): CellChange[] {
  const { layout } = snapshot;
  const columns = entryColumns(layout);
  const cells = current.flatMap((_, bodyIndex) => columns.map(([, tableColumn]) => ({ bodyIndex, tableColumn, stamp })));
  const changes = diffCells(snapshot, new Map(current.map((r, i) => [i, r])), cells);
  const present = new Set(current.map((r) => idText(layout, r)).filter(Boolean));
  for (const [bodyIndex, row] of snapshot.entries()) {
    const id = idText(layout, row);
    if (!id || present.has(id)) continue;
    for (const [column, p] of columns) {
      if (!blank(row[p])) changes.push({ ...stamp, bodyIndex, column, measureId: id, before: row[p], after: "" });
    }
  }
  return changes;
}

/** A value as the log writes it: a date column's serial as yyyy-mm-dd, long text cut. */
export function auditValue(column: ColumnKey, value: unknown): string {
  if (typeof value === "number" && columnDef(column).type === "date") return serialToIso(value) ?? auditText(value);
  return auditText(value);
}

/** The log rows for some changes: one per cell. */
export function changeRows(layout: TableLayout, changes: readonly CellChange[]): AuditRow[] {
  return changes.map((c) =>
    auditRow({
      at: c.at,
      source: c.source,
      officer: c.source === "local" ? c.officer : "",
      cell: a1(layout.bodyRow0 + c.bodyIndex, layout.col0 + layout.positions.get(c.column)!),
      measureId: c.measureId,
      column: c.column,
      before: auditValue(c.column, c.before),
      after: auditValue(c.column, c.after),
      changes: "1",
    }),
  );
}

const sameChange = (a: AuditRow, b: AuditRow): boolean =>
  a.measureId === b.measureId && a.column === b.column && a.before === b.before && a.after === b.after && a.cell === b.cell;

/**
 * A co-author's changes not yet in the log: a co-author running the add-in logs their own change
 * (under their name), and it reaches this workbook a little after their edit; those are dropped
 * here. Each logged row answers for one change only.
 */
export function notYetLogged(changes: readonly AuditRow[], logged: readonly AuditRow[]): AuditRow[] {
  const candidates = logged.filter((r) => r.source === "local" || r.source === "co-author");
  const used = new Set<number>();
  return changes.filter((c) => {
    const i = candidates.findIndex((r, j) => !used.has(j) && sameChange(r, c));
    if (i < 0) return true;
    used.add(i);
    return false;
  });
}

/**
 * Rows this add-in wrote that are blank again: on Excel versions that keep the add-in's writes in
 * the undo stack, the official's Undo takes back the log's newest rows before their own edit.
 */
export function rowsTakenBack(written: readonly { readonly sheetRow: number; readonly row: AuditRow }[], blankRows: ReadonlySet<number>): AuditRow[] {
  return written.filter((w) => blankRows.has(w.sheetRow)).map((w) => w.row);
}
