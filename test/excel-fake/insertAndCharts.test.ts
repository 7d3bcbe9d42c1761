import { cellBlock, type ChartSpec } from "../../src/domain/report/chartSpec";
import { addCharts } from "../../src/xlsx/write/patches/addCharts";
import { buildXlsx, rowXml, sheetXml } from "../support/xlsxBuilder";
import { createExcelFake, FakeOfficeError, type ExcelFake } from "./index";

/** A small workbook to insert: a header and figures on "Data", text that looks like a formula on "Notes". */
const BOOK = buildXlsx({
  sheets: [
    { name: "Data", xml: sheetXml(rowXml(1, ["Group", "On track", "Delayed"]) + rowXml(2, ["A", 3, 1]) + rowXml(3, ["B", 2, 4])) },
    { name: "Notes", xml: sheetXml(rowXml(1, ["=SUM(A1)"])) },
    { name: "Hidden", xml: sheetXml(rowXml(1, ["x"])), state: "hidden" },
  ],
});
const BASE64 = btoa(String.fromCharCode(...BOOK));

/** The same workbook with a stacked bar chart of "Data" below its table (a DrawingML part, as the report writers add them). */
const CHART: ChartSpec = {
  name: "PT_Groups",
  kind: "stackedBar",
  title: "Status by group",
  lang: "en",
  categories: { sheet: "Data", top: 1, left: 0, bottom: 2, right: 0 },
  series: [1, 2].map((col) => ({ name: cellBlock("Data", 0, col), values: { sheet: "Data", top: 1, left: col, bottom: 2, right: col }, colour: col === 1 ? "C6EFCE" : "FFC7CE" })),
  placement: { from: { row: 5, col: 0 }, to: { row: 19, col: 5 } },
};
const WITH_CHART = btoa(String.fromCharCode(...addCharts(BOOK, [CHART])));

async function failure(fake: ExcelFake, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<string | undefined> {
  try {
    await fake.run(batch);
    return undefined;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e.code;
    throw e;
  }
}

const names = (fake: ExcelFake) => fake.state.sheets.map((s) => s.name);

describe("workbook.insertWorksheetsFromBase64 on the fake", () => {
  it("inserts every sheet of the file at the end, with its values (text stays text), in one request; IDs only after sync", async () => {
    const fake = createExcelFake({ excelApi: "1.13" });
    const ids = await fake.run(async (context) => {
      const result = context.workbook.insertWorksheetsFromBase64(BASE64);
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      return result.value;
    });
    expect(names(fake)).toEqual(["Sheet1", "Data", "Notes", "Hidden"]);
    expect(ids).toEqual(fake.state.sheets.slice(1).map((s) => s.id));
    expect(fake.values("Data!A1:C3")).toEqual([
      ["Group", "On track", "Delayed"],
      ["A", 3, 1],
      ["B", 2, 4],
    ]);
    expect(fake.cell("Notes!A1")).toMatchObject({ value: "=SUM(A1)" });
    expect(fake.cell("Notes!A1").formula).toBeUndefined();
    expect(fake.sheet("Hidden").visibility).toBe("Hidden");
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(BASE64.length);
  });

  it.each([
    ["Beginning", undefined, ["Data", "Notes", "Hidden", "Sheet1", "Last"]],
    ["End", undefined, ["Sheet1", "Last", "Data", "Notes", "Hidden"]],
    ["Before", "Last", ["Sheet1", "Data", "Notes", "Hidden", "Last"]],
    ["After", "Sheet1", ["Sheet1", "Data", "Notes", "Hidden", "Last"]],
  ] as const)("puts the sheets where positionType %s (relativeTo %s) says", async (positionType, relativeTo, expected) => {
    const fake = createExcelFake({ excelApi: "1.13" });
    fake.seed.sheet("Last");
    await fake.run(async (context) => {
      // relativeTo as a Worksheet object for After, as a name for Before: Excel takes both.
      const relative = positionType === "After" ? context.workbook.worksheets.getItem(relativeTo!) : relativeTo;
      context.workbook.insertWorksheetsFromBase64(BASE64, { positionType, ...(relative !== undefined ? { relativeTo: relative } : {}) });
      await context.sync();
    });
    expect(names(fake)).toEqual(expected);
  });

  it.each([
    ["a host without ExcelApi 1.13", "1.12", BASE64, "ApiNotFound"],
    ["text that is not Base64", "1.13", "not base64!", "InvalidArgument"],
    ["Base64 of something that is not a workbook", "1.13", btoa("Measure ID,Status\n"), "InvalidArgument"],
  ] as const)("fails the batch for %s and inserts nothing", async (_case, excelApi, base64, code) => {
    const fake = createExcelFake({ excelApi });
    await expect(
      failure(fake, async (context) => {
        context.workbook.insertWorksheetsFromBase64(base64);
        await context.sync();
      }),
    ).resolves.toBe(code);
    expect(names(fake)).toEqual(["Sheet1"]);
  });

  it("switches requirement-set support at run time, for testing what older Excel versions get", async () => {
    const fake = createExcelFake({ excelApi: "1.9" });
    expect(fake.isSetSupported("ExcelApi", "1.13")).toBe(false);
    fake.excelApi = "1.13";
    expect(fake.isSetSupported("ExcelApi", "1.13")).toBe(true);
    await fake.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(BASE64);
      await context.sync();
    });
    expect(names(fake)).toContain("Data");
  });

  it("counts the file against Excel on the web's 5 MB request limit", async () => {
    const fake = createExcelFake({ excelApi: "1.13", requestLimitBytes: BASE64.length });
    await expect(
      failure(fake, async (context) => {
        context.workbook.insertWorksheetsFromBase64(BASE64);
        await context.sync();
      }),
    ).resolves.toBe("RequestPayloadSizeLimitExceeded");
  });

  it("brings the charts the file has on a sheet along with it (Windows, Mac)", async () => {
    const fake = createExcelFake({ excelApi: "1.13", platform: "PC" });
    await fake.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(WITH_CHART);
      await context.sync();
    });
    expect(fake.charts("Data")).toEqual([
      {
        id: expect.any(String),
        type: "BarStacked",
        source: "Data!B1:C3",
        seriesBy: "Columns",
        series: [
          { name: "On track", fill: "#C6EFCE" },
          { name: "Delayed", fill: "#FFC7CE" },
        ],
        name: "PT_Groups",
        title: "Status by group",
        categories: "Data!A2:A3",
        legendPosition: "Bottom",
        position: { start: "A6", end: "F20" },
      },
    ]);
    expect(fake.charts("Notes")).toEqual([]);
  });

  it("on Excel on the web, refuses a file with charts (UnsupportedFeature) and inserts nothing", async () => {
    const fake = createExcelFake({ excelApi: "1.13", platform: "OfficeOnline" });
    await expect(
      failure(fake, async (context) => {
        context.workbook.insertWorksheetsFromBase64(WITH_CHART);
        await context.sync();
      }),
    ).resolves.toBe("UnsupportedFeature");
    expect(names(fake)).toEqual(["Sheet1"]);
    await fake.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(BASE64);
      await context.sync();
    });
    expect(names(fake)).toEqual(["Sheet1", "Data", "Notes", "Hidden"]);
  });

  it("does not guess what Excel does with a sheet name that is taken", async () => {
    const fake = createExcelFake({ excelApi: "1.13" });
    fake.seed.sheet("data");
    await expect(
      failure(fake, async (context) => {
        context.workbook.insertWorksheetsFromBase64(BASE64);
        await context.sync();
      }),
    ).resolves.toBe("NotModelled");
  });
});

describe("worksheet.charts.add on the fake", () => {
  function seeded(): ExcelFake {
    const fake = createExcelFake();
    fake.seed.sheet("Data");
    fake.seed.values("Data!A1:C3", [
      ["Group", "On track", "Delayed"],
      ["A", 3, 1],
      ["B", 2, 4],
    ]);
    return fake;
  }

  it("records the type, the source, series by columns named from the header, and what the gateway sets; one request", async () => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("BarStacked", sheet.getRange("B1:C3"), "Columns");
      chart.name = "Status by group";
      chart.title.text = "Status by group";
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange("A2:A3"));
      chart.series.getItemAt(1).format.fill.setSolidColor("#FF0000");
      chart.legend.position = "Bottom";
      chart.setPosition("A6", "F20");
      await context.sync();
    });
    expect(fake.charts("Data")).toEqual([
      expect.objectContaining({
        type: "BarStacked",
        source: "Data!B1:C3",
        seriesBy: "Columns",
        series: [{ name: "On track" }, { name: "Delayed", fill: "#FF0000" }],
        name: "Status by group",
        title: "Status by group",
        categories: "Data!A2:A3",
        legendPosition: "Bottom",
        position: { start: "A6", end: "F20" },
      }),
    ]);
    expect(fake.stats.syncs).toBe(1);
  });

  it.each([
    ["Auto on a tall block: series by columns", "B1:C3", "Auto", "Columns", ["On track", "Delayed"]],
    ["Rows: one series per row, unnamed when the first column is not all text", "B2:C3", "Rows", "Rows", ["Series1", "Series2"]],
  ] as const)("%s", async (_case, address, seriesBy, expectedBy, series) => {
    const fake = seeded();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.charts.add("ColumnStacked", sheet.getRange(address), seriesBy);
      await context.sync();
    });
    expect(fake.charts("Data")[0]).toMatchObject({ seriesBy: expectedBy, series: series.map((name) => ({ name })) });
  });

  it.each([
    ["a source on a sheet that does not exist", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Data").charts.add("BarStacked", c.workbook.worksheets.getItem("Missing").getRange("A1:B2")), "ItemNotFound"],
    ["the chart type Invalid", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Data").charts.add("Invalid", c.workbook.worksheets.getItem("Data").getRange("A1:B2")), "InvalidArgument"],
    [
      "a series that is not there",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Data").charts.add("BarStacked", c.workbook.worksheets.getItem("Data").getRange("B1:C3")).series.getItemAt(5).format.fill.setSolidColor("red"),
      "InvalidArgument",
    ],
  ] as const)("fails like Excel on %s", async (_case, act, code) => {
    const fake = seeded();
    await expect(
      failure(fake, async (context) => {
        act(context);
        await context.sync();
      }),
    ).resolves.toBe(code);
  });

  it("refuses a chart on a protected sheet", async () => {
    const fake = seeded();
    fake.sheet("Data").protection = { protected: true, options: {} };
    await expect(
      failure(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts.add("BarStacked", sheet.getRange("B1:C3"));
        await context.sync();
      }),
    ).resolves.toBe("AccessDenied");
    expect(fake.charts("Data")).toEqual([]);
  });
});
