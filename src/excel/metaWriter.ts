import { META_KEYS, metaName, type MetaKey } from "../domain/statusSheet/columns";
import { META_SHEET_ROWS } from "../domain/statusSheet/sheetContract";
import { excelInput } from "./cellIO";
import { rangeWriteBytes } from "./requestCost";
import { SHEET_PROTECTION } from "./sheetProtection";
import { META_READ_ROWS } from "./statusTable";
import type { WritePlan } from "./writePlan";

export interface MetaTarget {
  readonly sheet: Excel.Worksheet;
  readonly sheetProtected: boolean;
  readonly names: Excel.NamedItemCollection;
  /** Defined names already in the workbook (any case). */
  readonly existingNames: readonly string[];
}

/** The metadata's writes in a request (requestCost.ts): a name per key, its value, the sheet's state. */
const META_BYTES = rangeWriteBytes(3 * META_KEYS.length + 6);

/**
 * Plans the metadata: key/value rows on the very hidden sheet (ExcelJS and the CLI read them) and
 * a workbook name per key pointing at its value cell (PT_Quarter → PT_Meta!$B$3). Keys and values
 * are written as text, whatever they look like (excelInput).
 */
export function planMeta(plan: WritePlan, target: MetaTarget, values: Readonly<Record<MetaKey, string>>): void {
  const { sheet } = target;
  const existing = new Set(target.existingNames.map((n) => n.toUpperCase()));
  plan.add(() => {
    if (target.sheetProtected) sheet.protection.unprotect();
    sheet.getRange(`A1:B${META_READ_ROWS}`).clear("Contents");
    const rows = [["key", "value"], ...META_KEYS.map((k) => [k, values[k]])].map((row) => row.map(excelInput));
    sheet.getRange(`A${META_SHEET_ROWS.header}:B${META_SHEET_ROWS.header + rows.length - 1}`).values = rows;
    const names = target.names;
    META_KEYS.forEach((key, i) => {
      const name = metaName(key);
      if (existing.has(name.toUpperCase())) names.getItem(name).delete();
      names.add(name, sheet.getRange(`B${META_SHEET_ROWS.firstKey + i}`));
    });
    sheet.visibility = "VeryHidden";
    sheet.protection.protect(SHEET_PROTECTION);
  }, META_BYTES);
}

/** Queues new values for some keys on the metadata sheet (rows found when it was read). */
export function queueMetaValues(sheet: Excel.Worksheet, rows: ReadonlyMap<MetaKey, number>, values: Partial<Record<MetaKey, string>>): void {
  for (const [key, value] of Object.entries(values) as [MetaKey, string][]) {
    const row = rows.get(key) ?? META_SHEET_ROWS.firstKey + META_KEYS.indexOf(key);
    sheet.getRange(`A${row}:B${row}`).values = [[excelInput(key), excelInput(value)]];
  }
}
