/**
 * What the fake keeps of a change to cell contents, for what Excel tells about it afterwards:
 *
 * - the change event's `details` (ExcelApi 1.9): valueBefore / valueAfter, for a change of one
 *   cell only ("if the changed event is triggered on multiple cells, this property cannot be
 *   retrieved", TableChangedEventArgs reference); absent below 1.9;
 * - the undo stack: a user's edit can be undone, reverting the cells (and raising the change
 *   event again). An add-in's write clears the stack on hosts without ExcelUndoApiAll, and is
 *   itself undoable on hosts with it ("Undo support with the Excel JavaScript API"); protect() and
 *   unprotect() clear it everywhere (listed there as not supporting undo).
 */
import { cellKey, readCell, rectCols, rectRows, type CellState, type Rect, type Scalar, type SheetState } from "./model";

/** The cells of a block as they were, to put back on undo (undefined: the cell did not exist). */
export interface CellsBefore {
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly cells: ReadonlyMap<number, CellState | undefined>;
}

export interface ContentChange {
  readonly sheet: SheetState;
  readonly rect: Rect;
  readonly eventsEnabled: boolean;
  /** The one cell's value before the change, when the change is of one cell. */
  readonly before?: Scalar;
  /** The cells before the change, when the host keeps add-in writes in the undo stack. */
  readonly undo?: CellsBefore;
}

const single = (rect: Rect): boolean => rectRows(rect) === 1 && rectCols(rect) === 1;

export function cellsBefore(sheet: SheetState, rect: Rect): CellsBefore {
  const cells = new Map<number, CellState | undefined>();
  for (let r = rect.r0; r <= rect.r1; r++) {
    for (let c = rect.c0; c <= rect.c1; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      cells.set(cellKey(r, c), cell && { ...cell });
    }
  }
  return { sheet, rect, cells };
}

export function putBack(before: CellsBefore): void {
  for (const [key, cell] of before.cells) {
    if (cell) before.sheet.cells.set(key, { ...cell });
    else before.sheet.cells.delete(key);
  }
}

/** Called before a block's contents change: what the event and the undo stack will need. */
export function beforeChange(sheet: SheetState, rect: Rect, eventsEnabled: boolean, keepForUndo: boolean): ContentChange {
  return {
    sheet,
    rect,
    eventsEnabled,
    ...(single(rect) ? { before: readCell(sheet, rect.r0, rect.c0).value } : {}),
    ...(keepForUndo ? { undo: cellsBefore(sheet, rect) } : {}),
  };
}

function valueType(v: Scalar): Excel.RangeValueType {
  if (v === "") return "Empty" as Excel.RangeValueType;
  if (typeof v === "number") return "Double" as Excel.RangeValueType;
  if (typeof v === "boolean") return "Boolean" as Excel.RangeValueType;
  return (/^#[A-Z0-9/!?_]+[!?]?$/.test(v) ? "Error" : "String") as Excel.RangeValueType;
}

/** The event's `details` for a one-cell change. */
export function changeDetails(sheet: SheetState, rect: Rect, before: Scalar): Excel.ChangedEventDetail {
  const after = readCell(sheet, rect.r0, rect.c0).value;
  return { valueBefore: before, valueAfter: after, valueTypeBefore: valueType(before), valueTypeAfter: valueType(after) } as Excel.ChangedEventDetail;
}

export function isSingleCell(rect: Rect): boolean {
  return single(rect);
}
