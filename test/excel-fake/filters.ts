/**
 * A filter applied to a table (the user picked values in a column's drop-down): the body rows that
 * do not match are hidden. What Excel does with a write while rows are hidden is what office-js
 * #224 reports: "rows that should be filtered are shown, rows that should be shown are filtered and
 * data seems to be misplaced". The fake makes that deterministic, the way Excel treats a filtered
 * range as the user's edits do — only the visible rows take part:
 *
 * - a block of values or formulas over several rows, some hidden, is laid on the visible rows in
 *   order: row i of the array lands on the i-th visible row; the rows left over are lost;
 * - formats, fills and clear() over several rows skip the hidden ones.
 *
 * A write to a single row is not affected. Table.clearFilters (ExcelApi 1.2) and
 * AutoFilter.clearCriteria (ExcelApi 1.9) show every row again; AutoFilter.isDataFiltered tells
 * whether rows are hidden. On a protected sheet the criteria can be changed only when the
 * protection allows AutoFilter (and never the AutoFilter itself applied or removed: "Protect a
 * worksheet", Microsoft Support).
 */
import { FakeObject, type FakeContext } from "./context";
import { officeError } from "./errors";
import { readCell, type Rect, type Scalar, type SheetState, type TableState, type WorkbookState } from "./model";

/** Hidden sheet rows (0-based) of each filtered table. */
const hiddenByTable = new WeakMap<TableState, Set<number>>();

/** The user filters `table` on its column `column` (0-based), keeping the body rows whose value passes. */
export function applyFilter(table: TableState, column: number, keep: (value: Scalar) => boolean): void {
  const hidden = hiddenByTable.get(table) ?? new Set<number>();
  for (let r = table.rect.r0 + 1; r <= table.rect.r1; r++) if (!keep(readCell(table.sheet, r, table.rect.c0 + column).value)) hidden.add(r);
  hiddenByTable.set(table, hidden);
}

export function isFiltered(table: TableState): boolean {
  return (hiddenByTable.get(table)?.size ?? 0) > 0;
}

export function hiddenRowsOf(table: TableState): ReadonlySet<number> {
  return hiddenByTable.get(table) ?? new Set();
}

function clearCriteria(table: TableState, location: string): void {
  const p = table.sheet.protection;
  if (p.protected && p.options.allowAutoFilter !== true) throw officeError("AccessDenied", location, `sheet "${table.sheet.name}" is protected`);
  hiddenByTable.delete(table);
}

/**
 * The rows of `rect` a write reaches, when a filter hides some of them and the write spans several
 * rows; undefined when the write is not affected (every row is reached, in place).
 */
export function visibleRows(state: WorkbookState, sheet: SheetState, rect: Rect): number[] | undefined {
  if (rect.r0 === rect.r1) return undefined;
  const hidden = new Set<number>();
  for (const t of state.tables) if (t.sheet === sheet) for (const r of hiddenRowsOf(t)) if (r >= rect.r0 && r <= rect.r1) hidden.add(r);
  if (hidden.size === 0) return undefined;
  const rows: number[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) if (!hidden.has(r)) rows.push(r);
  return rows;
}

/** The same rows as a set, for formats and clears. */
export function reachedRows(state: WorkbookState, sheet: SheetState, rect: Rect): ReadonlySet<number> | undefined {
  const rows = visibleRows(state, sheet, rect);
  return rows && new Set(rows);
}

/** table.clearFilters() (ExcelApi 1.2). */
export function clearTableFilters(table: TableState): void {
  clearCriteria(table, "Table.clearFilters");
}

/** table.autoFilter (ExcelApi 1.9): whether data is filtered, and clearing the criteria. */
export class FakeAutoFilter extends FakeObject<TableState> {
  constructor(
    context: FakeContext,
    resolver: () => TableState | null,
    private readonly isSetSupported: (name: string, version: string) => boolean,
  ) {
    super(context, "AutoFilter", resolver);
  }

  get isDataFiltered(): boolean {
    return this.read("isDataFiltered");
  }

  get enabled(): boolean {
    return this.read("enabled");
  }

  clearCriteria(): void {
    this.call("clearCriteria", undefined, (table) => {
      this.requireApi();
      clearCriteria(table, "AutoFilter.clearCriteria");
    });
  }

  private requireApi(): void {
    if (!this.isSetSupported("ExcelApi", "1.9")) throw officeError("ApiNotFound", "Table.autoFilter");
  }

  protected override snapshot(name: string, table: TableState): unknown {
    this.requireApi();
    if (name === "isDataFiltered") return isFiltered(table);
    if (name === "enabled") return table.showFilterButton;
    return super.snapshot(name, table);
  }
}
