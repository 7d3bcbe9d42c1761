import { columnLetters } from "../domain/entries/cells";
import { entryValidation } from "../domain/entries/entryValidation";
import type { Lang } from "../domain/text/lang";
import { STATUS_COLUMNS, STATUS_TABLE, headerRow } from "../domain/statusSheet/columns";
import { SHEET_FILLS, STATUS_SHEET_ROWS, numberFormatFor, wrapsText } from "../domain/statusSheet/sheetContract";
import { STATUS_CODES, STATUS_COLOURS, STATUS_LABELS } from "../domain/entries/status";
import { blockAddress } from "./addresses";
import { excelInput, type ExcelInput } from "./cellIO";
import { CATALOGUE_FILL } from "./issueMarks";
import { queueValidation } from "./officeValidation";
import { jsonBytes, rowChunks } from "./payload";
import { rangeWriteBytes } from "./requestCost";
import { SHEET_PROTECTION } from "./sheetProtection";
import { chunkBudget, type WritePlan } from "./writePlan";

const R = STATUS_SHEET_ROWS;
const LAST_COL = STATUS_COLUMNS.length - 1;
/** Entry columns follow the catalogue columns in the layout. */
const ENTRY_FROM = STATUS_COLUMNS.findIndex((c) => c.kind === "entry");
if (STATUS_COLUMNS.slice(ENTRY_FROM).some((c) => c.kind !== "entry")) throw new Error("layout: entry columns must follow the catalogue columns");
/** What the steps after the values cost in a request (requestCost.ts): formats, table, validation, status colours, protection. */
const FORMATS_BYTES = rangeWriteBytes(8 + 4 * STATUS_COLUMNS.length);
const TABLE_BYTES = rangeWriteBytes(4);
const VALIDATION_BYTES = rangeWriteBytes(4 * STATUS_COLUMNS.length);
const COLOURS_BYTES = rangeWriteBytes(3 * STATUS_CODES.length + 6);
const PROTECTION_BYTES = rangeWriteBytes(2);
/** Excel column width in points for a width in characters (≈ 7 px per character plus padding). */
export const widthPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75);

export interface StatusSheetContent {
  readonly lang: Lang;
  readonly title: string;
  readonly note: string;
  readonly body: readonly ExcelInput[][];
}

/**
 * Plans the status sheet on a new, empty sheet: title (row 1), note (row 2), header (row 3) and body (from row 4) as
 * 2-D value writes, the table made over them with tables.add, number formats, locks, fills, Excel
 * validation on the entry cells of the body, status colours and progress bars, then protection.
 */
export function planStatusSheet(plan: WritePlan, sheet: Excel.Worksheet, content: StatusSheetContent, budget: number): void {
  const n = content.body.length;
  const firstBody = R.firstBody - 1; // 0-based
  const lastBody = firstBody + n - 1;
  const block = (col0: number, col1: number, row0 = firstBody, row1 = lastBody): string => blockAddress({ row0, row1, col0, col1 });

  plan.add(
    () => {
      sheet.getRange(block(0, 0, R.title - 1, R.title - 1)).values = [[excelInput(content.title)]];
      sheet.getRange(block(0, 0, R.note - 1, R.note - 1)).values = [[excelInput(content.note)]];
    },
    rangeWriteBytes(2, jsonBytes([content.title, content.note])),
  );

  // Header, then the body in 2-D writes per chunk of rows that fits a request. The sheet is
  // new, so entry columns that are all empty in a chunk are not sent at all.
  const header = headerRow(content.lang).map(excelInput);
  const headerBytes = rangeWriteBytes(1, jsonBytes(header));
  plan.add(() => {
    sheet.getRange(block(0, LAST_COL, R.header - 1, R.header - 1)).values = [header];
  }, headerBytes);
  for (const chunk of rowChunks(content.body, chunkBudget(budget))) {
    const rows = content.body.slice(chunk.start, chunk.end);
    const row0 = firstBody + chunk.start;
    const entriesEmpty = rows.every((row) => row.slice(ENTRY_FROM).every((v) => v === ""));
    const sent = entriesEmpty ? rows.map((row) => row.slice(0, ENTRY_FROM)) : rows;
    plan.add(
      () => {
        sheet.getRange(block(0, entriesEmpty ? ENTRY_FROM - 1 : LAST_COL, row0, row0 + rows.length - 1)).values = sent;
      },
      rangeWriteBytes(1, jsonBytes(sent)),
    );
  }

  // Number formats: one column array per formatted column (progress as 45 with a literal %, dates dd/mm/yyyy).
  STATUS_COLUMNS.forEach((c, i) => {
    const format = numberFormatFor(c);
    if (!format) return;
    const column = Array.from({ length: n }, () => [format]);
    for (const chunk of rowChunks(column, chunkBudget(budget))) {
      const bytes = rangeWriteBytes(1, chunk.bytes);
      plan.add(() => {
        sheet.getRange(block(i, i, firstBody + chunk.start, firstBody + chunk.end - 1)).numberFormat = column.slice(chunk.start, chunk.end);
      }, bytes);
    }
  });

  plan.add(() => {
    const header = sheet.getRange(block(0, LAST_COL, R.header - 1, R.header - 1));
    header.format.font.bold = true;
    header.format.font.color = "#FFFFFF";
    header.format.wrapText = true;
    header.format.verticalAlignment = "Center";
    const title = sheet.getRange("A1");
    title.format.font.bold = true;
    title.format.font.color = `#${SHEET_FILLS.title}`;
    sheet.getRange("A2").format.font.italic = true;
    const body = sheet.getRange(block(0, LAST_COL));
    body.format.verticalAlignment = "Top";
    STATUS_COLUMNS.forEach((c, i) => {
      sheet.getRange(block(i, i, R.header - 1, R.header - 1)).format.fill.color =
        `#${c.kind === "entry" ? SHEET_FILLS.entryHeader : SHEET_FILLS.catalogueHeader}`;
      sheet.getRange(block(i, i, R.header - 1, R.header - 1)).format.columnWidth = widthPoints(c.width);
      const column = sheet.getRange(block(i, i));
      if (wrapsText(c)) column.format.wrapText = true;
      if (c.kind === "catalogue") {
        column.format.fill.color = CATALOGUE_FILL;
        column.format.protection.locked = true;
      } else {
        column.format.protection.locked = false;
      }
    });
  }, FORMATS_BYTES);

  plan.add(() => {
    const table = sheet.tables.add(block(0, LAST_COL, R.header - 1, lastBody), true);
    table.name = STATUS_TABLE;
    table.style = "TableStyleLight9";
    table.showBandedRows = false;
  }, TABLE_BYTES);

  plan.add(() => {
    // Excel validation on the entry cells of the body only; adjacent columns with the same rule share one.
    let run: { from: number; to: number; key: string } | undefined;
    const flush = (): void => {
      if (!run) return;
      const v = entryValidation(STATUS_COLUMNS[run.from]!, content.lang)!;
      queueValidation(sheet.getRange(block(run.from, run.to)), v);
      run = undefined;
    };
    STATUS_COLUMNS.forEach((c, i) => {
      const v = entryValidation(c, content.lang);
      if (!v) return flush();
      const key = JSON.stringify(v);
      if (run && run.key === key && run.to === i - 1) run.to = i;
      else {
        flush();
        run = { from: i, to: i, key };
      }
    });
    flush();
  }, VALIDATION_BYTES);

  plan.add(() => {
    // Status colours whichever language the status is typed in, and a data bar on progress.
    const statusCol = STATUS_COLUMNS.findIndex((c) => c.type === "status");
    const top = `${columnLetters(statusCol)}${R.firstBody}`;
    const literal = (s: string): string => `"${s.replace(/"/g, '""')}"`;
    const statusRange = sheet.getRange(block(statusCol, statusCol));
    for (const code of STATUS_CODES) {
      const cf = statusRange.conditionalFormats.add("Custom");
      cf.custom.rule.formula = `=OR(TRIM(${top})=${literal(STATUS_LABELS[code].en)},TRIM(${top})=${literal(STATUS_LABELS[code].km)})`;
      cf.custom.format.fill.color = `#${STATUS_COLOURS[code]}`;
    }
    const progressCol = STATUS_COLUMNS.findIndex((c) => c.type === "percent");
    const bar = sheet.getRange(block(progressCol, progressCol)).conditionalFormats.add("DataBar");
    bar.dataBar.lowerBoundRule = { type: "Number", formula: "0" };
    bar.dataBar.upperBoundRule = { type: "Number", formula: "100" };
    bar.dataBar.positiveFormat.fillColor = "#5B9BD5";
    bar.dataBar.positiveFormat.gradientFill = false;
  }, COLOURS_BYTES);

  plan.add(() => {
    sheet.freezePanes.freezeAt(sheet.getRange(`A1:C${R.header}`));
    sheet.protection.protect(SHEET_PROTECTION);
  }, PROTECTION_BYTES);
}
