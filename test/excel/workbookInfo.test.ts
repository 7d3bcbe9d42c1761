import { readWorkbookInfo } from "../../src/excel/workbookInfo";
import { excelGateway } from "../../src/taskpane/gateway";
import { createExcelFake } from "../excel-fake";

describe("readWorkbookInfo", () => {
  it("reads the workbook's name through the host it is given, in one sync", async () => {
    const fake = createExcelFake({ workbookName: "DGC Q3.xlsx" });
    expect(await readWorkbookInfo(fake)).toEqual({ name: "DGC Q3.xlsx" });
    expect(fake.stats.syncs).toBe(1);
  });

  it("reports no name, without asking Excel, where Workbook.name (ExcelApi 1.7) is missing", async () => {
    const fake = createExcelFake({ excelApi: "1.6" });
    expect(await readWorkbookInfo(fake)).toEqual({ name: null });
    expect(fake.stats.syncCalls).toBe(0);
  });

  it("is what the pane's gateway uses for the host it was made with", async () => {
    const fake = createExcelFake({ workbookName: "Book of the pane.xlsx" });
    expect(await excelGateway(fake).readWorkbookInfo()).toEqual({ name: "Book of the pane.xlsx" });
  });
});
