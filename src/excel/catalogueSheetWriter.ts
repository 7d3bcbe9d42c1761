import type { Catalogue } from "../domain/catalogue/catalogue";
import type { Lang } from "../domain/text/lang";
import { CATALOGUE_TABLE } from "../domain/statusSheet/columns";
import { catalogueSheetColumns } from "../domain/catalogue/sheetColumns";
import { CATALOGUE_SHEET_ROWS, SHEET_FILLS, catalogueSheetNote, catalogueSheetTitle } from "../domain/statusSheet/sheetContract";
import { blockAddress } from "./addresses";
import { excelInput, type ExcelInput } from "./cellIO";
import { jsonBytes, rowChunks } from "./payload";
import { rangeWriteBytes } from "./requestCost";
import { SHEET_PROTECTION } from "./sheetProtection";
import { widthPoints } from "./statusSheetWriter";
import { chunkBudget, type WritePlan } from "./writePlan";

const R = CATALOGUE_SHEET_ROWS;

/**
 * Plans the read-only catalogue sheet on a new, empty sheet: title, note, the whole catalogue as a
 * table (named `tableName`, CATALOGUE_TABLE by default), all locked, and the sheet protected unless
 * `protect` is false (a table built under a staging name is renamed first: Excel refuses to rename
 * a table on a protected sheet). The table carries the whole catalogue (every field, both
 * languages): checks read it back (domain/catalogue/carried.ts).
 */
export function planCatalogueSheet(
  plan: WritePlan,
  sheet: Excel.Worksheet,
  catalogue: Catalogue,
  lang: Lang,
  budget: number,
  tableName = CATALOGUE_TABLE,
  protect = true,
): void {
  const columns = catalogueSheetColumns(lang);
  const lastCol = columns.length - 1;
  const rows: ExcelInput[][] = catalogue.measures.map((m) =>
    columns.map((c) => {
      const v = c.value(m, lang);
      return typeof v === "number" ? v : excelInput(v);
    }),
  );
  if (rows.length === 0) rows.push(columns.map(() => ""));
  const header = columns.map((c) => excelInput(c.label[lang]));
  const firstBody = R.firstBody - 1;
  const lastBody = firstBody + rows.length - 1;
  const block = (col0: number, col1: number, row0 = firstBody, row1 = lastBody): string => blockAddress({ row0, row1, col0, col1 });

  const title = catalogueSheetTitle(catalogue, lang);
  const note = catalogueSheetNote(catalogue, lang);
  const titleBytes = rangeWriteBytes(2, jsonBytes([title, note]));
  plan.add(() => {
    sheet.getRange("A1").values = [[excelInput(title)]];
    sheet.getRange("A2").values = [[excelInput(note)]];
  }, titleBytes);

  const grid: ExcelInput[][] = [header, ...rows];
  for (const chunk of rowChunks(grid, chunkBudget(budget))) {
    const part = grid.slice(chunk.start, chunk.end);
    const row0 = R.header - 1 + chunk.start;
    const bytes = rangeWriteBytes(1, chunk.bytes);
    plan.add(() => {
      sheet.getRange(block(0, lastCol, row0, row0 + part.length - 1)).values = part;
    }, bytes);
  }

  // Formats, locks, the table and protection in a request (requestCost.ts).
  const formatsBytes = rangeWriteBytes(10 + 2 * columns.length);
  plan.add(() => {
    const headerRange = sheet.getRange(block(0, lastCol, R.header - 1, R.header - 1));
    headerRange.format.fill.color = `#${SHEET_FILLS.catalogueHeader}`;
    headerRange.format.font.bold = true;
    headerRange.format.font.color = "#FFFFFF";
    headerRange.format.wrapText = true;
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange(block(0, lastCol)).format.verticalAlignment = "Top";
    columns.forEach((c, i) => {
      sheet.getRange(block(i, i, R.header - 1, R.header - 1)).format.columnWidth = widthPoints(c.width);
      if (c.wrap) sheet.getRange(block(i, i)).format.wrapText = true;
    });
    sheet.getRange(block(0, lastCol, 0, lastBody)).format.protection.locked = true;
    const table = sheet.tables.add(block(0, lastCol, R.header - 1, lastBody), true);
    table.name = tableName;
    table.style = "TableStyleLight1";
    table.showBandedRows = true;
    if (protect) sheet.protection.protect(SHEET_PROTECTION);
  }, formatsBytes);
}
