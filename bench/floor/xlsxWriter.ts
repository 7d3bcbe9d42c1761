/**
 * The floor's minimal xlsx writer: raw SpreadsheetML strings (inline strings, numbers, dates as
 * serials, merges), no styles, zipped with fflate at the same deflate level as ExcelJS (6).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { Zip, ZipDeflate, strToU8, zipSync } from "fflate";
import { colLetters, type SheetContent } from "./reportContent";

const esc = (s: string) => s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
/** C0 controls other than tab, line feed and carriage return cannot be written in XML 1.0. */
const C0 = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
const attrEsc = (s: string) => esc(s).replace(/"/g, "&quot;");

/** The sheet's XML in pieces, in order (`emit` may batch them). */
function sheetXmlParts(sheet: SheetContent, emit: (part: string) => void): void {
  emit('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const n = r + 1;
    let xml = `<row r="${n}">`;
    row.forEach((v, c) => {
      if (v === undefined || v === null) return;
      const ref = `${colLetters(c)}${n}`;
      if (typeof v === "string") xml += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v.replace(C0, ""))}</t></is></c>`;
      else if (typeof v === "number") xml += `<c r="${ref}"><v>${v}</v></c>`;
      else xml += `<c r="${ref}"><v>${25569 + v.getTime() / 86_400_000}</v></c>`;
    });
    emit(`${xml}</row>`);
  });
  emit("</sheetData>");
  if (sheet.merges.length) emit(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  emit("</worksheet>");
}

function sheetXml(sheet: SheetContent): string {
  const out: string[] = [];
  sheetXmlParts(sheet, (p) => out.push(p));
  return out.join("");
}

/**
 * The same workbook, streamed: each sheet's XML is deflated in ~256 KiB pieces and the zip written
 * to `path` as it comes, so neither the XML nor the zip is ever whole in memory (floor.ts --lean).
 */
export function writeMinimalXlsxTo(path: string, sheets: readonly SheetContent[]): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    writeSync(fd, chunk);
    bytes += chunk.length;
    if (final) closeSync(fd);
  });
  for (const [name, data] of Object.entries(packageParts(sheets))) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(data, true);
  }
  sheets.forEach((s, i) => {
    const f = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 6 });
    zip.add(f);
    let batch = "";
    sheetXmlParts(s, (p) => {
      batch += p;
      if (batch.length >= 1 << 18) {
        f.push(strToU8(batch), false);
        batch = "";
      }
    });
    f.push(strToU8(batch), true);
  });
  zip.end();
  return bytes;
}

/** Everything but the sheets: content types, relationships, the workbook part. */
function packageParts(sheets: readonly SheetContent[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  const ct = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ct}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${attrEsc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  return files;
}

export function writeMinimalXlsx(sheets: readonly SheetContent[]): Uint8Array {
  const files = packageParts(sheets);
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, { level: 6 });
}
