/**
 * Where the Consolidate panel sends a built report, per Excel platform, on the Excel fake: the
 * fake's webview drops a download on Mac and iPad as theirs do (office-js #2700, #3385, #4681), and
 * the fake opens Excel.createWorkbook's file as a new workbook. Whatever the platform, the report
 * must reach the secretariat by what the panel offers.
 */
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Quarter } from "../../src/domain/periods/periods";
import { consolidationActions } from "../../src/taskpane/consolidate/actions";
import { offersOpen, reportDestinations } from "../../src/taskpane/consolidate/destinations";
import type { InputFile } from "../../src/taskpane/consolidate/protocol";
import { consolidationReducer } from "../../src/taskpane/consolidate/reducer";
import { initialConsolidation, type ConsolidationState } from "../../src/taskpane/consolidate/state";
import { excelGateway } from "../../src/taskpane/gateway";
import { REPORT_SAVING_STRINGS } from "../../src/taskpane/reportSavingStrings";
import { reportSheetNames } from "../../src/domain/report/reportLayout";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { demoSubmissions } from "../support/demoSubmissions";

const Q3 = "2026-Q3" as Quarter;
let files: InputFile[];
beforeAll(async () => {
  files = (await demoSubmissions(Q3, 1)).map(({ name, bytes }) => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer }));
});
jest.setTimeout(30_000);

async function builtOn(fake: ExcelFake) {
  let state: ConsolidationState = initialConsolidation(Q3, "en");
  const gateway = excelGateway(fake);
  const actions = consolidationActions((event) => (state = consolidationReducer(state, event)), {
    gateway,
    catalogues: [bundledCatalogue()],
    now: () => new Date("2026-10-22T07:00:00Z"),
    download: (bytes, name) => fake.webview.download(bytes, name),
  });
  await actions.build({ ...state.form, files });
  if (state.build.step !== "built" || !state.build.report.bytes) throw new Error("no report built");
  return { gateway, actions, report: state.build.report, bytes: state.build.report.bytes, get state() { return state; } };
}

/** Where the report ended up: saved as a file, opened as a workbook, or inserted into this one. */
function whereItWent(fake: ExcelFake): string[] {
  return [
    ...fake.webview.downloads.map((d) => `saved ${d.fileName}`),
    ...fake.opened.map((o) => `opened ${o.sheets.length} sheets`),
    ...(reportSheetNames("en").every((name) => fake.state.sheets.some((s) => s.name === name)) ? ["inserted"] : []),
  ];
}

/** What the panel shows, in order: the buttons of ReportActions. */
function offers(p: Awaited<ReturnType<typeof builtOn>>): string[] {
  const d = reportDestinations(p.gateway);
  return [
    ...(d.download ? ["download"] : []),
    ...(d.insert === "available" ? ["insert"] : []),
    ...(offersOpen(d, p.state.insert.step === "failed") ? ["open"] : []),
  ];
}

async function follow(p: Awaited<ReturnType<typeof builtOn>>, offer: string | undefined): Promise<void> {
  if (offer === "download") p.actions.download(p.bytes, p.report.outcome);
  else if (offer === "insert") await p.actions.insert(p.report, p.report.outcome);
  else if (offer === "open") await p.actions.open(p.bytes);
}

describe.each<[string, string, string[], string]>([
  ["PC", "1.13", ["download", "insert"], "saved NDESC-report-2026-Q3-en.xlsx"],
  ["PC", "1.12", ["download", "open"], "saved NDESC-report-2026-Q3-en.xlsx"],
  ["OfficeOnline", "1.13", ["download", "insert"], "saved NDESC-report-2026-Q3-en.xlsx"],
  ["Mac", "1.13", ["insert", "open"], "inserted"],
  ["Mac", "1.12", ["open"], "opened 8 sheets"],
  // Excel on iPad reports ExcelApi 1.13 but cannot insert sheets from a file.
  ["iOS", "1.13", ["open"], "opened 8 sheets"],
])("Excel on %s with ExcelApi %s", (platform, excelApi, offered, outcome) => {
  it(`offers ${offered.join(", ")}; the first gets the report to the secretariat`, async () => {
    const fake = createExcelFake({ platform, excelApi });
    const p = await builtOn(fake);
    expect(offers(p)).toEqual(offered);
    await follow(p, offers(p)[0]);
    expect(whereItWent(fake)).toEqual([outcome]);
  });
});

describe("opening the report as a new workbook", () => {
  it("is offered once Excel refused the insert, and opens every sheet of the report", async () => {
    const fake = createExcelFake({ platform: "Mac", excelApi: "1.13" });
    fake.seed.sheet("Summary");
    fake.seed.values("Summary!A1", [["Our own summary"]]);
    const p = await builtOn(fake);
    await p.actions.insert(p.report, p.report.outcome);
    expect(p.state.insert).toMatchObject({ step: "failed", failure: { code: "PolicyTracker.SheetNameTaken" } });
    expect(offers(p)).toEqual(["insert", "open"]);
    await p.actions.open(p.bytes);
    expect(p.state.open).toEqual({ step: "opened" });
    expect(fake.opened).toEqual([{ sheets: reportSheetNames("en"), bytes: p.bytes.byteLength }]);
  });

  it("on Windows, is offered after a refused insert too (beside the download)", async () => {
    const fake = createExcelFake({ platform: "PC", excelApi: "1.13" });
    fake.seed.sheet("Summary");
    const p = await builtOn(fake);
    await p.actions.insert(p.report, p.report.outcome);
    expect(offers(p)).toEqual(["download", "insert", "open"]);
  });

  it("shows what Excel refused, and a report too large for Excel on the web is refused before it is sent", async () => {
    const fake = createExcelFake({ platform: "OfficeOnline", excelApi: "1.13" });
    const p = await builtOn(fake);
    await p.actions.open(new Uint8Array(3_200_000));
    expect(p.state.open).toMatchObject({ step: "failed", failure: { code: "PolicyTracker.ReportTooLarge" } });
    expect(fake.opened).toEqual([]);
    p.actions.dismissOpenFailure();
    expect(p.state.open).toEqual({ step: "idle" });
    await p.actions.open(new Uint8Array([1, 2, 3]));
    expect(p.state.open).toMatchObject({ step: "failed", failure: { code: "InvalidArgument" } });
  });

  it("is not offered outside Excel, nor where Excel lacks ExcelApi 1.8", async () => {
    expect(reportDestinations(undefined)).toEqual({ download: true, insert: "outside-excel", open: false });
    const old = createExcelFake({ platform: "Mac", excelApi: "1.7" });
    expect(reportDestinations(excelGateway(old))).toEqual({ download: false, insert: "unsupported", open: false });
  });
});

describe("what the panel says about it", () => {
  it("has every string in English and in Khmer script", () => {
    for (const lang of ["en", "km"] as const) {
      for (const [key, value] of Object.entries(REPORT_SAVING_STRINGS[lang])) {
        const text = typeof value === "function" ? value("DGC", 3) : value;
        expect(`${key}: ${text.trim().length > 0}`).toBe(`${key}: true`);
        if (lang === "km") expect(`${key}: ${/[\u1780-\u17ff]/.test(text)}`).toBe(`${key}: true`);
      }
    }
    expect(REPORT_SAVING_STRINGS.km.feedbackOpen("DGC", 12)).toContain("១២");
  });
});
