/**
 * The styles part read by the byte scanner's own sink (stylesScan.ts) against parseStyles over the
 * part's text through saxes, the reference: the same number-format class per cell style, or both refusing.
 */
import { unzipSync } from "fflate";
import type { Quarter } from "../../src/domain/periods/periods";
import { scanStyles } from "../../src/xlsx/read/stylesScan";
import { parseStyles } from "../../src/xlsx/read/workbookParts";
import { demoSubmissions } from "../support/demoSubmissions";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
const sheet = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet ${NS}>${body}</styleSheet>`;
const FORMATS = `<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/><numFmt numFmtId="166" formatCode="&quot;Q&quot;\u00a00"/></numFmts>`;

const CASES: [string, string][] = [
  ["built-in and custom formats", sheet(`${FORMATS}<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs>`)],
  ["prefixed elements", `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:numFmts><x:numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></x:numFmts><x:cellXfs><x:xf numFmtId="170"/><x:xf numFmtId="10"/></x:cellXfs></x:styleSheet>`],
  ["an xf without numFmtId, and the xf of cellStyleXfs left out", sheet(`<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf/><xf applyNumberFormat="1" numFmtId="22"/></cellXfs>`)],
  ["a format defined after the styles that use it", sheet(`<cellXfs><xf numFmtId="180"/></cellXfs><numFmts><numFmt numFmtId="180" formatCode="0%"/></numFmts><cellXfs><xf numFmtId="180"/></cellXfs>`)],
  ["odd numFmtId values", sheet(`<numFmts><numFmt numFmtId=" 200 " formatCode="0%"/><numFmt formatCode="d/m"/></numFmts><cellXfs><xf numFmtId="x"/><xf numFmtId=""/><xf numFmtId=" 200 "/><xf numFmtId="1e1"/><xf numFmtId="0014"/><xf numFmtId="-9"/></cellXfs>`)],
  ["a numFmt defined twice: the later one counts", sheet(`<numFmts><numFmt numFmtId="190" formatCode="0%"/><numFmt numFmtId="190" formatCode="dd/mm"/></numFmts><cellXfs><xf numFmtId="190"/></cellXfs>`)],
  ["a comment (left to saxes)", sheet(`<!-- styles -->${FORMATS}<cellXfs><xf numFmtId="164"/></cellXfs>`)],
  ["carriage returns (left to saxes)", sheet(`\r\n${FORMATS}\r\n<cellXfs>\r\n<xf numFmtId="165"/></cellXfs>`)],
];

const bytes = (xml: string) => new TextEncoder().encode(xml);

test.each(CASES)("%s: the same classes as the reference", (_what, xml) => {
  const reference = parseStyles(xml);
  expect(reference.length).toBeGreaterThan(0);
  expect(scanStyles(bytes(xml))).toEqual(reference);
});

test.each([
  ["mismatched tags", sheet(`<cellXfs><xf numFmtId="9"></cellXfs></xf>`)],
  ["an undefined entity", sheet(`<numFmts><numFmt numFmtId="164" formatCode="&nbsp;"/></numFmts>`)],
  ["a truncated part", sheet(`<cellXfs><xf numFmtId="9"/></cellXfs>`).slice(0, -5)],
])("%s: refused as the reference refuses it", (_what, xml) => {
  expect(() => parseStyles(xml)).toThrow();
  expect(() => scanStyles(bytes(xml))).toThrow();
});

test("the styles of a status workbook as the product writes it (ExcelJS)", async () => {
  const [first] = await demoSubmissions("2026-Q3" as Quarter, 0);
  const part = unzipSync(first!.bytes)["xl/styles.xml"]!;
  const reference = parseStyles(new TextDecoder().decode(part));
  expect(reference.filter((c) => c !== "other").length).toBeGreaterThan(0);
  expect(scanStyles(part)).toEqual(reference);
});
