import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { headerRow, LAYOUT_VERSION, META_KEYS, META_SHEET, type WorkbookMeta } from "../../src/domain/statusSheet/columns";
import { buildXlsx, rowXml, sheetXml, type SheetSpec } from "./xlsxBuilder";

/** A hand-built status workbook in the template's shape: meta sheet, title, note, header on row 3. */
export function statusBook(
  options: { rows?: (string | number | null)[][]; meta?: WorkbookMeta; statusXml?: (rows: string) => string; part?: string; date1904?: boolean } = {},
): Uint8Array {
  const catalogue = bundledCatalogue();
  const meta: WorkbookMeta = {
    committee: "DGC",
    quarter: "2026-Q3",
    catalogueVersion: catalogue.version,
    catalogueHash: catalogue.hash,
    layoutVersion: LAYOUT_VERSION,
    language: "en",
    ...options.meta,
  };
  const metaRows = [rowXml(1, ["key", "value"]), ...META_KEYS.map((k, i) => rowXml(i + 2, [k, meta[k] ?? ""]))].join("");
  const bodyRows = (options.rows ?? []).map((r, i) => rowXml(i + 4, r)).join("");
  const rows = rowXml(1, ["Digital Government Committee — Q3 2026"]) + rowXml(3, headerRow("en")) + bodyRows;
  const sheets: SheetSpec[] = [
    { name: "Status", xml: options.statusXml ? options.statusXml(rows) : sheetXml(rows), ...(options.part ? { part: options.part } : {}) },
    { name: META_SHEET, xml: sheetXml(metaRows), state: "veryHidden" },
  ];
  return buildXlsx({ sheets, ...(options.date1904 ? { date1904: true } : {}) });
}

/** A complete, valid row for a DGC-led measure of the bundled catalogue. */
export function goodRow(index = 0): (string | number | null)[] {
  const m = bundledCatalogue().measures.filter((x) => x.lead === "DGC")[index]!;
  return [m.id, m.goal, m.title.en, m.lead, "Lead", "On track", 40, null, null, "Drafted the plan", null, null, null, null, null, "Sok Dara"];
}
