import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { READERS, REFERENCE } from "../support/readerParity";
import { buildXlsx, rowXml, sheetXml } from "../support/xlsxBuilder";

/**
 * A workbook's date system (workbookPr date1904) read alike by the byte scanner and the reference
 * reader: both go through parseWorkbook, which takes "1" or "true" as the 1904 system, so a serial
 * means the same day whichever reader the CLI or the pane uses.
 */
function withWorkbookPr(workbookPr: string): Uint8Array {
  const files = unzipSync(buildXlsx({ sheets: [{ name: "S", xml: sheetXml(rowXml(1, [44000])) }] }));
  const xml = strFromU8(files["xl/workbook.xml"]!).replace("<sheets>", `${workbookPr}<sheets>`);
  return zipSync({ ...files, "xl/workbook.xml": strToU8(xml) });
}

describe.each([["reference", REFERENCE], ...READERS])("%s reader: the workbook's date system", (_reader, options) => {
  test.each([
    ["none", "", false],
    ['date1904="1"', '<workbookPr date1904="1"/>', true],
    ['date1904="true"', '<workbookPr defaultThemeVersion="166925" date1904="true"/>', true],
    ['date1904="0"', '<workbookPr date1904="0"/>', false],
    ['date1904="false"', '<workbookPr date1904="false"></workbookPr>', false],
    ["a prefixed element", '<x:workbookPr xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" date1904="1"/>', true],
  ])("%s", (_name, workbookPr, date1904) => {
    const wb = openWorkbook(withWorkbookPr(workbookPr), "f.xlsx", options);
    expect(wb.date1904).toBe(date1904);
    expect(wb.readSheet("S").rows[0]![0]!.value).toBe(44000);
  });
});
