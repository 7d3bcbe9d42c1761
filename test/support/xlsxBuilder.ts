import { strToU8, zipSync, type Zippable } from "fflate";

/** Builds a minimal .xlsx by hand so tests can craft exactly the XML a hostile or odd file has. */
export interface SheetSpec {
  readonly name: string;
  readonly xml: string;
  /** Path of the part inside the zip; default xl/worksheets/sheetN.xml. */
  readonly part?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface BookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly sharedStrings?: readonly string[];
  /** openpyxl writes absolute targets ("/xl/worksheets/sheet1.xml"). */
  readonly absoluteTargets?: boolean;
  readonly styles?: string;
  /** The workbook counts dates from 1904 (workbookPr date1904). */
  readonly date1904?: boolean;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function sheetXml(rowsXml: string, extra = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>${rowsXml}</sheetData>${extra}</worksheet>`;
}

/** Inline-string row: values are written as text, numbers as numbers. */
export function rowXml(r: number, values: readonly (string | number | null)[]): string {
  const cells = values
    .map((v, i) => {
      if (v === null) return "";
      const ref = `${String.fromCharCode(65 + i)}${r}`;
      return typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
    })
    .join("");
  return `<row r="${r}">${cells}</row>`;
}

export function buildXlsx(spec: BookSpec): Uint8Array {
  const parts = spec.sheets.map((s, i) => ({ ...s, part: s.part ?? `xl/worksheets/sheet${i + 1}.xml` }));
  const target = (p: string) => (spec.absoluteTargets ? `/${p}` : p.replace(/^xl\//, ""));
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        parts.map((p) => `<Override PartName="/${p.part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${spec.absoluteTargets ? "/" : ""}xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${spec.date1904 ? `<workbookPr date1904="1"/>` : ""}<sheets>` +
        parts.map((p, i) => `<sheet name="${esc(p.name)}" sheetId="${i + 1}"${p.state ? ` state="${p.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        parts.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${target(p.part)}"/>`).join("") +
        (spec.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${target("xl/sharedStrings.xml")}"/>` : "") +
        (spec.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="${target("xl/styles.xml")}"/>` : "") +
        `</Relationships>`,
    ),
  };
  for (const p of parts) files[p.part] = strToU8(p.xml);
  if (spec.sharedStrings) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst ${NS}>${spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`,
    );
  }
  if (spec.styles) files["xl/styles.xml"] = strToU8(spec.styles);
  return zipSync(files);
}
