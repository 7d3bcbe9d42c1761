import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { REPORT_STATUS_COLOURS, REPORT_STATUS_LABELS } from "../../src/domain/consolidation/reportStatus";
import { REPORT_STATUSES } from "../../src/domain/consolidation/tallies";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { insertReport, canInsertReport } from "../../src/excel/insertReport";
import { readWorkbookQuarter } from "../../src/excel/workbookQuarter";
import { L, REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { SUMMARY_CHARTS, reportSheetNames } from "../../src/domain/report/reportLayout";
import { writeReportVariants } from "../../src/xlsx/write/reportWriter";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { demoSubmissions } from "../support/demoSubmissions";
import { QUARTER, ok } from "./support";

const catalogue = bundledCatalogue();
const reports = new Map<Lang, { bytes: Uint8Array; withoutCharts: Uint8Array }>();

beforeAll(async () => {
  const files = (await demoSubmissions(QUARTER, 1)).map(({ name, bytes }) => ({ file: name, input: readSubmissionInput(bytes, name) }));
  const model = consolidate(files, { quarter: QUARTER, catalogue });
  for (const lang of ["en", "km"] as const) {
    const { withCharts, withoutCharts } = await writeReportVariants(model, { lang, generatedAt: new Date("2026-10-22T07:00:00Z") });
    reports.set(lang, { bytes: withCharts, withoutCharts });
  }
}, 120_000);

const report = (lang: Lang) => reports.get(lang)!;
const names = (fake: ExcelFake) => fake.state.sheets.map((s) => s.name);
const activeSheet = (fake: ExcelFake) => fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name;

/** A workbook in Excel 2021 / Microsoft 365 (ExcelApi 1.13), with the official's own sheet in it. */
function workbook(platform = "PC"): ExcelFake {
  const fake = createExcelFake({ excelApi: "1.13", platform });
  fake.seed.values("Sheet1!A1", [["The secretariat's notes"]]);
  return fake;
}

describe("inserting the report into the open workbook", () => {
  it.each([
    ["en", "PC"],
    ["km", "PC"],
    ["en", "Mac"],
    ["en", "OfficeOnline"],
    ["km", "OfficeOnline"],
  ] as const)("%s on %s: every report sheet, with the file's values, and one set of charts of the Summary tables; two syncs", async (lang, platform) => {
    const fake = workbook(platform);
    const inserted = ok(await insertReport({ ...report(lang), lang, host: fake }));

    expect(inserted).toEqual({ sheets: reportSheetNames(lang), charts: 2, replaced: false });
    expect(names(fake)).toEqual(["Sheet1", ...reportSheetNames(lang)]);
    const summary = REPORT_SHEETS.summary[lang];
    expect(fake.cell(`${summary}!A4`).value).toBe(L.byGoal[lang]);
    expect(fake.cell(`${REPORT_SHEETS.cover[lang]}!A1`).value).toBe(L.title[lang]);
    expect(activeSheet(fake)).toBe(REPORT_SHEETS.cover[lang]);
    expect(fake.values("Sheet1!A1")).toEqual([["The secretariat's notes"]]);

    const charts = fake.charts(summary);
    const on = lang === "en" ? `${summary}!` : `'${summary}'!`; // Excel quotes a sheet name in Khmer
    // Where the Summary tables are (layout.ts): status columns C:I, header then one row per goal / committee.
    expect(charts.map((c) => [c.type, c.source, c.seriesBy, c.categories])).toEqual([
      ["BarStacked", `${on}C5:I10`, "Columns", `${on}A6:A10`],
      ["BarStacked", `${on}C14:I17`, "Columns", `${on}A15:A17`],
    ]);
    for (const [i, chart] of charts.entries()) {
      expect(chart).toMatchObject({ name: SUMMARY_CHARTS[i]!.name, title: SUMMARY_CHARTS[i]!.title[lang], legendPosition: "Bottom" });
      expect(chart.series).toEqual(REPORT_STATUSES.map((s) => ({ name: REPORT_STATUS_LABELS[s][lang], fill: `#${REPORT_STATUS_COLOURS[s]}` })));
    }
    // Side by side under the tables, on the Summary's printed page (SUMMARY_CHARTS).
    expect(charts.map((c) => c.position)).toEqual([
      { start: "A20", end: "D33" },
      { start: "E20", end: "K33" },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  it("replaces a report inserted earlier, in its place among the sheets, leaving the official's sheets alone; three syncs", async () => {
    const fake = workbook();
    ok(await insertReport({ ...report("en"), lang: "en", host: fake }));
    fake.seed.sheet("Minutes");
    fake.seed.values("Summary!M1", [["annotation on the old report"]]);
    fake.resetStats();

    const again = ok(await insertReport({ ...report("en"), lang: "en", host: fake }));
    expect(again.replaced).toBe(true);
    expect(names(fake)).toEqual(["Sheet1", ...reportSheetNames("en"), "Minutes"]);
    expect(fake.cell("Summary!M1").value).toBe("");
    expect(fake.charts("Summary")).toHaveLength(2);
    expect(fake.stats.syncs).toBe(3);
  });

  it("keeps an English and a Khmer report side by side (their sheet names differ)", async () => {
    const fake = workbook();
    ok(await insertReport({ ...report("en"), lang: "en", host: fake }));
    ok(await insertReport({ ...report("km"), lang: "km", host: fake }));
    expect(names(fake)).toEqual(["Sheet1", ...reportSheetNames("en"), ...reportSheetNames("km")]);
  });

  it.each([
    ["a sheet of the official's named like a report sheet", (fake: ExcelFake) => fake.seed.values(`${fake.seed.sheet("Summary").name}!A1`, [["Our own summary"]])],
    ["a Cover sheet that is not a report's cover", (fake: ExcelFake) => fake.seed.values(`${fake.seed.sheet("Cover").name}!A1`, [["Fax cover"]])],
  ] as const)("refuses to touch %s, and says which", async (_case, seed) => {
    const fake = workbook();
    seed(fake);
    const before = names(fake);
    const outcome = await insertReport({ ...report("en"), lang: "en", host: fake });
    expect(outcome.ok ? "inserted" : outcome.failure.code).toBe("PolicyTracker.SheetNameTaken");
    expect(outcome.ok ? "" : outcome.failure.message.en).toMatch(/“(Summary|Cover)”/);
    expect(names(fake)).toEqual(before);
  });

  it("offers no insert below ExcelApi 1.13, and refuses without asking Excel", async () => {
    const fake = createExcelFake({ excelApi: "1.12" });
    expect(canInsertReport(fake)).toBe(false);
    const outcome = await insertReport({ ...report("en"), lang: "en", host: fake });
    expect(outcome.ok ? "inserted" : outcome.failure.code).toBe("PolicyTracker.InsertUnsupported");
    expect(fake.stats.syncCalls).toBe(0);
    fake.excelApi = "1.13";
    expect(canInsertReport(fake)).toBe(true);
  });

  it.each([
    ["PC", true],
    ["Mac", true],
    ["OfficeOnline", true],
    [undefined, true],
    ["iOS", false], // reports ExcelApi 1.13, yet the API is not available on iPad
  ])("on platform %s with ExcelApi 1.13, offers the insert: %s", (platform, offered) => {
    const fake = createExcelFake({ excelApi: "1.13" });
    const host = { run: fake.run, isSetSupported: (name: string, version: string) => fake.isSetSupported(name, version), ...(platform ? { platform } : {}) };
    expect(canInsertReport(host)).toBe(offered);
  });

  it("refuses a report too large for one request of Excel on the web (5 MB once in Base64), before sending it", async () => {
    const fake = workbook("OfficeOnline");
    const outcome = await insertReport({ bytes: new Uint8Array(4_000_000), withoutCharts: new Uint8Array(4_000_000), lang: "en", host: fake });
    expect(outcome.ok ? "inserted" : outcome.failure.code).toBe("PolicyTracker.ReportTooLarge");
    expect(fake.stats.syncCalls).toBe(0);
  });

  it("leaves the earlier report in place, under its own names, when the insert fails part-way", async () => {
    const fake = workbook();
    ok(await insertReport({ ...report("en"), lang: "en", host: fake }));
    const before = names(fake);
    fake.failCommand("Workbook.insertWorksheetsFromBase64", "GeneralException");
    const outcome = await insertReport({ ...report("en"), lang: "en", host: fake });
    expect(outcome.ok ? "inserted" : outcome.failure.code).toBe("GeneralException");
    expect(names(fake)).toEqual(before);
    expect(fake.charts("Summary")).toHaveLength(2);
  });
});

describe("a report that carries its charts", () => {
  it.each(["PC", "Mac"])("on %s, brings them along with its sheets: the pane draws none, and the Summary sheet has one set", async (platform) => {
    const fake = workbook(platform);
    ok(await insertReport({ ...report("en"), lang: "en", host: fake }));
    expect(fake.charts("Summary").map((c) => c.name)).toEqual(SUMMARY_CHARTS.map((c) => c.name));
  });

  it("on Excel on the web, which refuses a file with charts, goes in without them and the pane draws the same charts", async () => {
    const web = workbook("OfficeOnline");
    ok(await insertReport({ ...report("km"), lang: "km", host: web }));
    const desktop = workbook("PC");
    ok(await insertReport({ ...report("km"), lang: "km", host: desktop }));
    const summary = REPORT_SHEETS.summary.km;
    const shape = (fake: ExcelFake) => fake.charts(summary).map(({ id: _id, ...chart }) => chart);
    expect(shape(web)).toHaveLength(2);
    expect(shape(web)).toEqual(shape(desktop));
  });
});

describe("the workbook's quarter, as the Consolidate panel's default", () => {
  it("is the quarter of a workbook Policy Tracker set up, else unknown", async () => {
    const fake = createExcelFake();
    await expect(readWorkbookQuarter(fake)).resolves.toBeUndefined();
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: "2027-Q1" as Quarter, lang: "en", host: fake }));
    fake.resetStats();
    await expect(readWorkbookQuarter(fake)).resolves.toBe("2027-Q1");
    expect(fake.stats.syncs).toBe(2);
  });
});
