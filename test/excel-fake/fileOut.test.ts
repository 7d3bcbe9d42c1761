import { toBase64 } from "../../src/excel/base64";
import { demoSubmissions } from "../support/demoSubmissions";
import { FakeOfficeError, createExcelFake } from ".";

const code = (p: Promise<unknown>) => p.then(() => "resolved", (e: unknown) => (e instanceof FakeOfficeError ? e.code : String(e)));

describe("the fake: a file leaving the task pane", () => {
  it.each([
    ["PC", true],
    ["OfficeOnline", true],
    ["Mac", false],
    ["iOS", false],
  ])("a download on %s is saved: %s (Mac and iPad webviews drop it without a word)", (platform, saved) => {
    const fake = createExcelFake({ platform });
    fake.webview.download(new Uint8Array([1, 2, 3]), "report.xlsx");
    expect(fake.webview.downloads.map((d) => d.fileName)).toEqual(saved ? ["report.xlsx"] : []);
  });

  it("plays Office.context.platform, Excel on the web unless told (with its 5 MB limits), and may change it like Excel versions", () => {
    const fake = createExcelFake();
    expect(fake.platform).toBe("OfficeOnline");
    fake.platform = "Mac";
    fake.webview.download(new Uint8Array([1]), "x.xlsx");
    expect(fake.webview.downloads).toEqual([]);
  });

  it("Excel.createWorkbook opens the file's sheets as a new workbook, and needs ExcelApi 1.8", async () => {
    const [file] = await demoSubmissions("2026-Q3" as never, 1);
    const fake = createExcelFake({ excelApi: "1.8" });
    await fake.createWorkbook(toBase64(file!.bytes));
    expect(fake.opened).toEqual([{ sheets: ["ស្ថានភាព", "កាតាឡុក", "របៀបបំពេញ", "PT_Meta"], bytes: file!.bytes.byteLength }]);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    fake.excelApi = "1.7";
    await expect(code(fake.createWorkbook(toBase64(file!.bytes)))).resolves.toBe("ApiNotFound");
  });

  it.each([
    ["not Base64", "%%%", "InvalidArgument"],
    ["not a workbook", btoa("hello, world"), "InvalidArgument"],
    ["over the 5 MB request limit", "A".repeat(5 * 1024 * 1024 + 4), "RequestPayloadSizeLimitExceeded"],
  ])("Excel.createWorkbook refuses %s", async (_case, base64, expected) => {
    const fake = createExcelFake();
    await expect(code(fake.createWorkbook(base64))).resolves.toBe(expected);
    expect(fake.opened).toEqual([]);
  });
});
