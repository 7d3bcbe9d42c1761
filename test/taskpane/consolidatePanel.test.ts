import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { consolidationActions, type ConsolidationDeps } from "../../src/taskpane/consolidate/actions";
import { insertAvailability } from "../../src/taskpane/consolidate/destinations";
import type { InputFile } from "../../src/taskpane/consolidate/protocol";
import { reportFileName } from "../../src/taskpane/consolidate/reportFile";
import { consolidationReducer } from "../../src/taskpane/consolidate/reducer";
import { initialConsolidation, type ConsolidationState } from "../../src/taskpane/consolidate/state";
import { excelGateway, type PaneGateway } from "../../src/taskpane/gateway";
import { reportSheetNames } from "../../src/domain/report/reportLayout";
import { REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { createExcelFake } from "../excel-fake";
import { demoSubmissions, type NamedBytes } from "../support/demoSubmissions";

const Q3 = "2026-Q3" as Quarter;
const catalogue = bundledCatalogue();
const picked = ({ name, bytes }: NamedBytes): InputFile => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });
const CORRUPT = picked({ name: "corrupt.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]) });

let q3: InputFile[];
beforeAll(async () => {
  q3 = (await demoSubmissions(Q3, 1)).map(picked);
});

/** The panel's state and actions without React: what the panel's buttons call, on the Excel fake. */
function panel(deps: Omit<ConsolidationDeps, "catalogues" | "now"> = {}) {
  let state: ConsolidationState = initialConsolidation(Q3, "en");
  const downloads: [Uint8Array, string][] = [];
  const actions = consolidationActions((event) => (state = consolidationReducer(state, event)), {
    catalogues: [catalogue],
    now: () => new Date("2026-10-22T07:00:00Z"),
    download: (bytes, name) => downloads.push([bytes, name]),
    ...deps,
  });
  return { actions, downloads, get state() { return state; } };
}

async function built(p: ReturnType<typeof panel>, files: readonly InputFile[], lang: Lang = "en") {
  p.actions.change({ files, lang });
  await p.actions.build(p.state.form);
  if (p.state.build.step !== "built") throw new Error(`expected a report, got ${JSON.stringify(p.state.build)}`);
  return p.state.build.report;
}

describe("the Consolidate panel over the gateway (the Excel fake)", () => {
  it("builds: each file accepted or rejected with its reason; downloads under the report's own name", async () => {
    const p = panel();
    const report = await built(p, [...q3, CORRUPT]);
    expect(report.outcome.submissions.map((s) => [s.file, s.status])).toEqual([
      ["DGC-2026-Q3.xlsx", "accepted"],
      ["DEBC-2026-Q3.xlsx", "accepted"],
      ["DSC-2026-Q3.xlsx", "accepted"],
      ["corrupt.xlsx", "rejected"],
    ]);
    expect(report.outcome.submissions[3]!.reason?.en).toMatch(/damaged|corrupt/);

    // The form may change after the build: the file is named after what it holds.
    p.actions.change({ quarter: "2026-Q4" as Quarter, quarterChosen: true, lang: "km" });
    p.actions.download(report.bytes!, report.outcome);
    expect(p.downloads.map(([bytes, name]) => [bytes.byteLength > 0, name])).toEqual([[true, "NDESC-report-2026-Q3-en.xlsx"]]);
  });

  it("inserts the report into the workbook: its sheets and the two charts", async () => {
    const fake = createExcelFake({ excelApi: "1.13" });
    const p = panel({ gateway: excelGateway(fake) });
    const report = await built(p, q3, "km");
    expect(insertAvailability(excelGateway(fake))).toBe("available");
    await p.actions.insert(report, report.outcome);
    expect(p.state.insert).toMatchObject({ step: "inserted", result: { sheets: reportSheetNames("km"), charts: 2, replaced: false } });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", ...reportSheetNames("km")]);
    expect(fake.charts(REPORT_SHEETS.summary.km)).toHaveLength(2);
  });

  it.each<[string, () => PaneGateway | undefined, string]>([
    ["Excel without ExcelApi 1.13: download only", () => excelGateway(createExcelFake({ excelApi: "1.12" })), "unsupported"],
    ["outside Excel: download only", () => undefined, "outside-excel"],
  ])("%s", (_case, gateway, availability) => {
    expect(insertAvailability(gateway())).toBe(availability);
  });

  it("shows an insert that Excel refused as a failure with its code, and lets it be dismissed", async () => {
    const fake = createExcelFake({ excelApi: "1.13" });
    fake.seed.sheet("Summary");
    fake.seed.values("Summary!A1", [["Our own summary"]]);
    const p = panel({ gateway: excelGateway(fake) });
    const report = await built(p, q3.slice(0, 1));
    await p.actions.insert(report, report.outcome);
    expect(p.state.insert).toMatchObject({ step: "failed", failure: { code: "PolicyTracker.SheetNameTaken" } });
    p.actions.dismissInsertFailure();
    expect(p.state.insert).toEqual({ step: "idle" });
  });

  it("keeps what the files said when none is usable: no report to download or insert", async () => {
    const p = panel();
    p.actions.change({ files: [CORRUPT] });
    await p.actions.build(p.state.form);
    expect(p.state.build).toMatchObject({ step: "built", report: { outcome: { accepted: 0 } } });
    expect(p.state.build.step === "built" && p.state.build.report.bytes).toBeUndefined();
  });

  it("shows a build that failed as a failure, not a crash", async () => {
    // No catalogue to consolidate against (the panel disables Build then; the action still copes).
    let state = initialConsolidation(Q3, "en");
    const actions = consolidationActions((event) => (state = consolidationReducer(state, event)), { catalogues: [], now: () => new Date() });
    await actions.build({ ...state.form, files: q3 });
    expect(state.build).toEqual({ step: "failed", message: "catalogueForSubmissions: no catalogue given" });
  });
});

describe("the report's file name", () => {
  it.each([
    ["2026-Q3", "en", "NDESC-report-2026-Q3-en.xlsx"],
    ["2026-Q3", "km", "NDESC-report-2026-Q3-km.xlsx"],
    ["2035-Q4", "en", "NDESC-report-2035-Q4-en.xlsx"],
  ] as const)("%s in %s is %s", (quarter, lang, name) => {
    expect(reportFileName(quarter as Quarter, lang)).toBe(name);
  });
});
