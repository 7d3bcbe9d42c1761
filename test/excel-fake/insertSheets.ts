/**
 * `workbook.insertWorksheetsFromBase64` on the fake: the workbook is decoded with the project's own
 * reader (src/xlsx/read, fflate + saxes), so the inserted sheets hold the values of the file. Values
 * only: styles, merges, print settings and names are not carried (nothing in the fake reads them).
 * Needs ExcelApi 1.13 like Excel; a name already in the workbook is NotModelled (Excel's renaming
 * of clashing sheets is not documented; gateway code must not rely on it).
 */
import { cellText } from "../../src/domain/entries/cells";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { notModelled, officeError } from "./errors";
import { cellFor, type SheetState, type Visibility, type WorkbookState } from "./model";

const LOCATION = "Workbook.insertWorksheetsFromBase64";

/** A ClientResult: its value can be read only once the batch that computes it has been synced. */
export class FakeClientResult<T> {
  private result: { readonly value: T } | undefined;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw officeError("ValueNotLoaded", "ClientResult.value", "call context.sync() before reading the value");
    return this.result.value;
  }
}

export function decodeBase64(text: string, location = LOCATION): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw officeError("InvalidArgument", location, "not Base64");
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const VISIBILITY: Readonly<Record<string, Visibility>> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** Where the new sheets go in `sheets`, as InsertWorksheetOptions says (default: the end). */
function insertIndex(sheets: readonly SheetState[], options: Excel.InsertWorksheetOptions, resolve: (relativeTo: Excel.Worksheet | string) => SheetState): number {
  const position = options.positionType ?? "End";
  if (position === "Beginning") return 0;
  if (position === "End") return sheets.length;
  if (position === "Before" || position === "After") {
    if (options.relativeTo === undefined) throw officeError("InvalidArgument", LOCATION, `${position} needs relativeTo`);
    const index = sheets.indexOf(resolve(options.relativeTo));
    return position === "Before" ? index : index + 1;
  }
  throw notModelled(`insertWorksheetsFromBase64 positionType "${position}"`);
}

export interface InsertContext {
  readonly state: WorkbookState;
  isSetSupported(name: string, version: string): boolean;
  newSheet(name: string): SheetState;
  /** The sheet a relativeTo names (a Worksheet proxy or a name); fails like getItem when missing. */
  resolveSheet(relativeTo: Excel.Worksheet | string): SheetState;
}

/** Runs inside the sync that carries the call; returns the new sheets' IDs, in the file's order. */
export function insertWorksheets(ctx: InsertContext, base64File: string, options: Excel.InsertWorksheetOptions = {}): string[] {
  if (!ctx.isSetSupported("ExcelApi", "1.13")) throw officeError("ApiNotFound", LOCATION, "ExcelApi 1.13 is not supported by this host");
  if (options.sheetNamesToInsert?.length) throw notModelled("insertWorksheetsFromBase64 with sheetNamesToInsert");
  let book;
  try {
    book = openWorkbook(decodeBase64(base64File), "inserted.xlsx");
  } catch (e) {
    if (e instanceof WorkbookReadError) throw officeError("InvalidArgument", LOCATION, e.message);
    throw e;
  }
  const taken = book.sheets.find((s) => ctx.state.sheets.some((x) => x.name.toLowerCase() === s.name.toLowerCase()));
  if (taken) throw notModelled(`inserting sheet "${taken.name}" into a workbook that has one of that name`);
  const at = insertIndex(ctx.state.sheets, options, ctx.resolveSheet);
  const added = book.sheets.map((info) => {
    const sheet = ctx.newSheet(info.name);
    sheet.visibility = VISIBILITY[info.state] ?? "Visible";
    book.readSheet(info.name).rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === null && cell.error === undefined)) return;
        const target = cellFor(sheet, r, c);
        // A copied cell keeps its value as it is (text stays text, even "=…"); the fake cannot recalculate.
        target.value = cell.value === null ? cellText(cell) : cell.value;
        if (cell.formula !== undefined) target.formula = `=${cell.formula}`;
      }),
    );
    return sheet;
  });
  ctx.state.sheets.splice(at, 0, ...added);
  return added.map((s) => s.id);
}
