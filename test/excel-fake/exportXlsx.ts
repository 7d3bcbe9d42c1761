/**
 * "Save as .xlsx" for the fake: the workbook's sheets (with their visibility, very hidden
 * included), cell values, formulas with their cached results, number formats, and workbook
 * names, written with ExcelJS. What the file readers (ours, ExcelJS, openpyxl) then see is what
 * Excel would have saved of those cells. Not written: tables, validation, fills, protection.
 */
import ExcelJS from "exceljs";
import { colLetters, type SheetState, type WorkbookState } from "./model";

const STATES: Record<SheetState["visibility"], ExcelJS.WorksheetState> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export async function exportXlsx(state: WorkbookState): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of state.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: STATES[sheet.visibility] });
    for (const [key, cell] of [...sheet.cells].sort(([a], [b]) => a - b)) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const target = ws.getCell(Math.floor(key / 16_384) + 1, (key % 16_384) + 1);
      target.value = cell.formula !== undefined ? { formula: cell.formula.replace(/^=/, ""), result: cell.value } : cell.value;
      if (cell.numberFormat !== "General") target.numFmt = cell.numberFormat;
    }
  }
  for (const name of state.names.values()) {
    const { r0, c0, r1, c1 } = name.rect;
    const corner = (r: number, c: number) => `$${colLetters(c)}$${r + 1}`;
    const range = r0 === r1 && c0 === c1 ? corner(r0, c0) : `${corner(r0, c0)}:${corner(r1, c1)}`;
    workbook.definedNames.add(`'${name.sheet.name.replace(/'/g, "''")}'!${range}`, name.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
