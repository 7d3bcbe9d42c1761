import { cellText } from "../../domain/entries/cells";
import type { ImportedTable } from "../../domain/catalogue/catalogueImport";
import { openWorkbook } from "./openWorkbook";

/** Sheet names an action plan is likely kept under, in order of preference. */
const PREFERRED_SHEETS = ["catalogue", "measures", "action plan", "កាតាឡុក", "វិធានការ"];

/** Reads an action plan kept in an .xlsx workbook as a table of cell text, for the catalogue importer. */
export function readWorkbookTable(bytes: Uint8Array, file: string): ImportedTable {
  const workbook = openWorkbook(bytes, file);
  const visible = workbook.sheets.filter((s) => s.state === "visible");
  const sheet =
    visible.find((s) => PREFERRED_SHEETS.includes(s.name.trim().toLowerCase())) ?? visible[0] ?? workbook.sheets[0];
  if (!sheet) return { file, rows: [] };
  const data = workbook.readSheet(sheet.name);
  const width = Math.max(0, ...data.rows.map((r) => (r ? r.length : 0)));
  const rows = Array.from(data.rows, (r) => Array.from({ length: width }, (_, c) => cellText(r?.[c])));
  return { file, sheet: sheet.name, rows };
}
