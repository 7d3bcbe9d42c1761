import { deflateRawSync } from "node:zlib";
import { strToU8, unzipSync } from "fflate";
import { openWorkbook as open, type ReadOptions } from "../../src/xlsx/read/openWorkbook";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { buildXlsx, rowXml, sheetXml } from "../support/xlsxBuilder";
import { rawZip } from "../support/rawZip";
import { READERS, REFERENCE } from "../support/readerParity";

// Every test runs against the reference reader (fflate + saxes) and the byte scanner (zlib, fflate).
describe.each([["reference", REFERENCE], ...READERS] as [string, ReadOptions][])("%s reader", (_reader, options) => {
  const openWorkbook = (bytes: Uint8Array, file: string) => open(bytes, file, options);
  const read = (bytes: Uint8Array, sheet = "S") => openWorkbook(bytes, "f.xlsx").readSheet(sheet);

  describe("openWorkbook reads what real generators write", () => {
    test("a sheet part with an unusual name, found through the relationships", () => {
      const wb = openWorkbook(buildXlsx({ sheets: [{ name: "Status", part: "xl/worksheets/data_status_v2.xml", xml: sheetXml(rowXml(1, ["a"])) }] }), "f.xlsx");
      expect(wb.sheets.map((s) => s.name)).toEqual(["Status"]);
      expect(wb.readSheet("Status").rows[0]![0]!.value).toBe("a");
    });

    test("absolute relationship targets (openpyxl) keep the sheet names", () => {
      const wb = openWorkbook(buildXlsx({ absoluteTargets: true, sheets: [{ name: "One", xml: sheetXml(rowXml(1, [1])) }, { name: "Two", xml: sheetXml(rowXml(1, [2])) }] }), "f.xlsx");
      expect(wb.sheets.map((s) => s.name)).toEqual(["One", "Two"]);
      expect(wb.readSheet("Two").rows[0]![0]!.value).toBe(2);
    });

    test("cells without r= attributes take the next column and row", () => {
      const xml = sheetXml(`<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`);
      const rows = read(buildXlsx({ sheets: [{ name: "S", xml }] })).rows;
      expect(rows.map((r) => r.map((c) => c?.value))).toEqual([["a", 2], [3]]);
    });

    test("formulas come back as their cached value, including 0, text and errors; never as the formula", () => {
      const xml = sheetXml(
        `<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="str"><f>HYPERLINK("http://x","y")</f><v>y</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f>A1</f></c></row>`,
      );
      const [a, b, c, d] = read(buildXlsx({ sheets: [{ name: "S", xml }] })).rows[0]!;
      expect(a).toEqual({ value: 0, formula: "1-1" });
      expect(b).toEqual({ value: "y", formula: 'HYPERLINK("http://x","y")' });
      expect(c).toEqual({ value: null, formula: "1/0", error: "#DIV/0!" });
      expect(d).toEqual({ value: null, formula: "A1" });
    });

    test("merged cells keep their value in the top-left cell only and are listed", () => {
      const xml = sheetXml(rowXml(1, ["m", null]) + rowXml(2, [null, null]), `<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>`);
      const sheet = read(buildXlsx({ sheets: [{ name: "S", xml }] }));
      expect(sheet.rows[0]).toEqual([{ value: "m" }]);
      expect(sheet.rows[1]).toBeUndefined();
      expect(sheet.merges).toEqual(["A1:B2"]);
    });

    test("shared strings (rich text runs joined, phonetic runs left out) and number-format classes", () => {
      const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
      const xml = sheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.45</v></c><c r="C1" s="2"><v>46218</v></c></row>`);
      const bytes = buildXlsx({ sheets: [{ name: "S", xml }], sharedStrings: ["ស្ថានភាព"], styles });
      expect(read(bytes).rows[0]).toEqual([{ value: "ស្ថានភាព" }, { value: 0.45, format: "percent" }, { value: 46218, format: "date" }]);
    });

    test("whole-sheet data validation is no cost: the reader ignores it", () => {
      const xml = sheetXml(rowXml(1, ["x"]), `<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`);
      expect(read(buildXlsx({ sheets: [{ name: "S", xml }] })).rows[0]![0]!.value).toBe("x");
    });

    test.each([0, 1, 100])("a part declared as %s bytes that holds more (within the caps) is read whole", (declared) => {
      const book = unzipSync(buildXlsx({ sheets: [{ name: "S", xml: sheetXml(rowXml(1, ["x".repeat(300), "y"])) }] }));
      const bytes = rawZip(
        Object.entries(book).map(([name, data]) => ({ name, data: deflateRawSync(data), method: 8 as const, declaredSize: name === "xl/worksheets/sheet1.xml" ? declared : data.length })),
      );
      expect(read(bytes).rows[0]!.map((c) => c?.value)).toEqual(["x".repeat(300), "y"]);
    });
  });

  describe("openWorkbook refuses bad files with a typed error naming the file", () => {
    const good = buildXlsx({ sheets: [{ name: "S", xml: sheetXml(rowXml(1, ["x".repeat(5000)])) }] });
    const sheetStart = (() => {
      // The sheet part is the one with the long compressed-incompressible content: corrupt its data.
      const text = Buffer.from(good).indexOf("xl/worksheets/sheet1.xml");
      return text + "xl/worksheets/sheet1.xml".length + 10;
    })();
    const corrupt = (() => {
      const b = new Uint8Array(good);
      for (let i = 0; i < 12; i++) b[sheetStart + i] = 0xff;
      return b;
    })();
    const bomb = (declared: number) =>
      rawZip([{ name: "xl/workbook.xml", data: deflateRawSync(Buffer.alloc(40 << 20)), method: 8, declaredSize: declared }]);

    test.each([
      ["empty", new Uint8Array(0), "empty", /empty/],
      ["truncated zip", good.subarray(0, Math.floor(good.length / 2)), "corrupt", /truncated or damaged/],
      ["corrupt deflate stream", corrupt, "corrupt", /damaged/],
      ["CSV renamed", strToU8("id,status\nG1-01,On track\n"), "not-xlsx", /text or CSV/],
      ["HTML renamed", strToU8("<html><body>report</body></html>"), "not-xlsx", /HTML page/],
      ["old .xls (OLE)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "legacy-or-encrypted", /old \.xls/],
      ["a zip that is not a workbook", rawZip([{ name: "readme.txt", data: strToU8("hi"), method: 0, declaredSize: 2 }]), "not-xlsx", /not an Excel workbook/],
      ["a part declared larger than the cap", bomb(40 << 20), "too-large", /inflates beyond/],
      ["a part that lies about its size (bomb)", bomb(1000), "too-large", /inflates beyond/],
    ])("%s", (_name, bytes, code, message) => {
      let error: unknown;
      try {
        openWorkbook(bytes, "bad.xlsx").readSheet("S");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkbookReadError);
      expect((error as WorkbookReadError).code).toBe(code);
      expect((error as WorkbookReadError).file).toBe("bad.xlsx");
      expect((error as WorkbookReadError).reason.en).toMatch(message);
      expect((error as WorkbookReadError).reason.km).toMatch(/[\u1780-\u17ff]/);
    });

    test("a sheet with more rows than any status sheet stops early instead of reading on", () => {
      const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
      const bytes = buildXlsx({ sheets: [{ name: "S", xml: sheetXml(rows) }] });
      expect(() => read(bytes)).toThrow(/more than 20000 rows/);
    });
  });
});
