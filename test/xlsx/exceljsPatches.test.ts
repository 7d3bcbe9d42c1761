import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { addConditionalFormatExtensions } from "../../src/xlsx/write/patches/conditionalFormatExtensions";
import { releaseRowHeights } from "../../src/xlsx/write/patches/rowHeights";
import { tempDir } from "../support/tmp";

/**
 * What src/xlsx/write/patches changes in ExcelJS's output. Each test first checks that ExcelJS
 * still writes what the patch expects, so that an ExcelJS upgrade that changes it fails here, loudly,
 * rather than in a workbook Excel repairs or in a row that never grows.
 */
const tmp = tempDir("patches");
afterAll(() => tmp.cleanup());

const sheetXml = (bytes: Uint8Array, part = "xl/worksheets/sheet1.xml") => strFromU8(unzipSync(bytes)[part]!);

async function rowsWithHeights(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  for (let r = 1; r <= 4; r++) {
    ws.getCell(r, 1).value = `row ${r}`;
    ws.getRow(r).height = 30;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("releaseRowHeights", () => {
  test("ExcelJS still marks rows with a height customHeight=\"1\" (what the patch removes)", async () => {
    expect(sheetXml(await rowsWithHeights()).match(/<row r="\d+" ht="30" customHeight="1"/g)).toHaveLength(4);
  });

  test("drops the flag from the given rows only, keeping the height", async () => {
    const xml = sheetXml(releaseRowHeights(await rowsWithHeights(), "xl/worksheets/sheet1.xml", { from: 2, to: 3 }));
    expect(xml.match(/<row r="\d+"[^>]*>/g)!.map((row) => row.replace(/ (spans|x14ac:dyDescent)="[^"]*"/g, ""))).toEqual([
      '<row r="1" ht="30" customHeight="1">',
      '<row r="2" ht="30">',
      '<row r="3" ht="30">',
      '<row r="4" ht="30" customHeight="1">',
    ]);
  });

  test("throws, naming the change, when ExcelJS's rows are not written as expected", async () => {
    const bytes = await rowsWithHeights();
    expect(() => releaseRowHeights(bytes, "xl/worksheets/sheet1.xml", { from: 3, to: 9 })).toThrow(/ExcelJS's row markup changed \(2 of rows 3-9/);
    expect(() => releaseRowHeights(new Uint8Array(0), "xl/worksheets/sheet1.xml", { from: 1, to: 1 })).toThrow();
  });
});

describe("addConditionalFormatExtensions", () => {
  async function streamedDataBar(patched: boolean): Promise<string> {
    const file = tmp.path(`bars-${patched}.xlsx`);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = wb.addWorksheet("S");
    for (let r = 1; r <= 3; r++) ws.getRow(r).values = [r * 30];
    ws.addConditionalFormatting({
      ref: "A1:A3",
      rules: [{ type: "dataBar", priority: 1, minLength: 0, maxLength: 100, cfvo: [{ type: "num", value: 0 }, { type: "num", value: 100 }], color: { argb: "FF638EC6" }, gradient: false } as unknown as ExcelJS.ConditionalFormattingRule],
    });
    if (patched) addConditionalFormatExtensions(ws);
    ws.commit();
    await wb.commit();
    return sheetXml(new Uint8Array(readFileSync(file)));
  }

  // The worksheet's own <extLst> holds the 2010 conditional formats (this extension URI); a rule's
  // <extLst> only points at its entry there by id, which ExcelJS's streaming writer leaves empty.
  const WORKSHEET_CF_EXT = '<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"';

  test("ExcelJS's streaming writer still leaves out the worksheet's 2010 conditional formats that the patch adds", async () => {
    const xml = await streamedDataBar(false);
    expect(xml).not.toContain(WORKSHEET_CF_EXT);
    expect(xml).toContain("<x14:id/>");
  });

  test("adds one <extLst> with the 2010 data bar, last in the worksheet, referred to by the rule", async () => {
    const xml = await streamedDataBar(true);
    expect(xml.split(WORKSHEET_CF_EXT)).toHaveLength(2);
    expect(xml).toMatch(/<x14:dataBar[^>]*gradient="0"/);
    expect(xml).toMatch(/<\/extLst><\/worksheet>$/);
    const id = /<x14:id>([^<]+)<\/x14:id>/.exec(xml)?.[1];
    expect(id).toBeDefined();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${id}">`);
  });
});
