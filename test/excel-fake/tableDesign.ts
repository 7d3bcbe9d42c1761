/**
 * Changes to a table's design — its name, its size, its columns — which Excel refuses on a
 * protected sheet: the Table Design commands are unavailable there whatever the protection options
 * ("Protect a worksheet", Microsoft Support: locked cells and objects cannot be changed, and users
 * cannot even apply or remove AutoFilters), and the API fails the same way.
 */
import { notModelled, officeError } from "./errors";
import { cellFor, intersect, rectAddress, type Rect, type TableState, type WorkbookState } from "./model";

export function guardTableDesign(table: TableState, location: string): void {
  if (table.sheet.protection.protected) throw officeError("AccessDenied", location, `table "${table.name}" is on protected sheet "${table.sheet.name}"`);
}

/**
 * Table.resize (ExcelApi 1.13): the header row must stay where it is and the table keep a body row;
 * it may not overlap another table.
 */
export function resizeTable(state: WorkbookState, table: TableState, rect: Rect): void {
  guardTableDesign(table, "Table.resize");
  if (rect.r0 !== table.rect.r0 || rect.c0 !== table.rect.c0 || rect.r1 <= rect.r0)
    throw officeError("InvalidArgument", "Table.resize", `the header row must stay at ${rectAddress(table.rect)}`);
  if (state.tables.some((t) => t !== table && t.sheet === table.sheet && intersect(t.rect, rect)))
    throw officeError("InvalidOperation", "Table.resize", "overlaps a table");
  for (let c = table.rect.c1 + 1; c <= rect.c1; c++) {
    const header = cellFor(table.sheet, rect.r0, c);
    if (header.value === "") header.value = `Column${c - rect.c0 + 1}`;
  }
  table.rect = rect;
}

/** TableColumnCollection.add at the right end (other positions are not modelled). */
export function addTableColumn(table: TableState, index: number | undefined, name: string | undefined): void {
  guardTableDesign(table, "TableColumnCollection.add");
  if (index !== undefined && index !== table.rect.c1 - table.rect.c0 + 1) throw notModelled("adding a table column other than at the end");
  const rect = { ...table.rect, c1: table.rect.c1 + 1 };
  cellFor(table.sheet, rect.r0, rect.c1).value = name ?? `Column${rect.c1 - rect.c0 + 1}`;
  table.rect = rect;
}
