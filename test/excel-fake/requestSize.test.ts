/**
 * The fake's request sizes against office.js's own: the same gateway code is run once on the fake
 * and once on a real Excel.RequestContext whose requests are recorded (officeJsRecorder.ts); each
 * request the fake counts must be within 15% of the body office.js built.
 */
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { STATUS_COLUMNS, SHEET_NAMES, META_SHEET } from "../../src/domain/statusSheet/columns";
import { problem, type Problem } from "../../src/domain/rules/problems";
import { newTableMeta, statusSheetNote, statusSheetTitle } from "../../src/domain/statusSheet/sheetContract";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { a1 } from "../../src/domain/entries/cells";
import { toBase64 } from "../../src/excel/base64";
import { planCatalogueSheet } from "../../src/excel/catalogueSheetWriter";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/host";
import { queueClearMarks, queueMarks, type TableGeometry } from "../../src/excel/issueMarks";
import { planMeta } from "../../src/excel/metaWriter";
import { queueSummaryCharts } from "../../src/excel/reportCharts";
import { whileUnprotected } from "../../src/excel/sheetProtection";
import { buildStatusBody } from "../../src/excel/statusRows";
import { planStatusSheet } from "../../src/excel/statusSheetWriter";
import { WritePlan } from "../../src/excel/writePlan";
import { REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { QUARTER, syntheticCatalogue } from "../excel/support";
import { demoSubmissions } from "../support/demoSubmissions";
import { createExcelFake, type ExcelFake } from ".";
import { recordOfficeJs } from "./officeJsRecorder";

jest.setTimeout(120_000);

type Batch = (context: Excel.RequestContext) => Promise<void>;

interface Scenario {
  readonly name: string;
  readonly prepare?: (fake: ExcelFake) => void;
  readonly batch: () => Batch;
}

/** Set-up's writes: the catalogue sheet (one request), then the status sheet and the metadata. */
function setUpWrites(measures: number): Batch {
  const catalogue = measures === 139 ? bundledCatalogue() : syntheticCatalogue(measures);
  const budget = REQUEST_BUDGET_BYTES;
  return async (context) => {
    const wb = context.workbook;
    const catalogueSheet = wb.worksheets.add(SHEET_NAMES.catalogue.en);
    const first = new WritePlan(budget);
    planCatalogueSheet(first, catalogueSheet, catalogue, "en", budget);
    await first.run(context);
    const status = wb.worksheets.add(SHEET_NAMES.status.en);
    const meta = wb.worksheets.add(META_SHEET);
    const plan = new WritePlan(budget);
    const body = buildStatusBody(catalogue, "DGC", "en").rows;
    const note = statusSheetNote("en", committeeMeasures(catalogue, "DGC"));
    planStatusSheet(plan, status, { lang: "en", title: statusSheetTitle("DGC", QUARTER, "en"), note, body }, budget);
    planMeta(plan, { sheet: meta, sheetProtected: false, names: wb.names, existingNames: [] }, newTableMeta(catalogue, "DGC", QUARTER, "en"));
    await plan.run(context);
  };
}

const STATUS_GEOMETRY: TableGeometry = { bodyRow0: 3, col0: 0, positions: new Map(STATUS_COLUMNS.map((c, i) => [c.key, i])) };

/** Marking a table of `rows` rows with `issues` issues scattered over its entry columns. */
function markWrites(rows: number, issues: number): Batch {
  const problems: Problem[] = Array.from({ length: issues }, (_, i) =>
    problem("x", { en: "x", km: "x" }, { cell: a1(3 + ((i * 7) % rows), 5 + (i % 11)) }, i % 3 === 0 ? "warning" : "error"),
  );
  return async (context) => {
    const sheet = context.workbook.worksheets.getItem(SHEET_NAMES.status.en);
    whileUnprotected(sheet, true, () => {
      queueClearMarks(
        sheet,
        STATUS_GEOMETRY,
        Array.from({ length: rows }, (_, i) => i),
      );
      queueMarks(sheet, problems);
    });
    await context.sync();
  };
}

let reportBase64 = "";

function insertWrites(): Batch {
  return async (context) => {
    context.workbook.insertWorksheetsFromBase64(reportBase64, { positionType: "End" });
    queueSummaryCharts(context.workbook.worksheets.getItem(REPORT_SHEETS.summary.en), "en");
    await context.sync();
  };
}

const protectedStatusSheet = (fake: ExcelFake): void => {
  fake.seed.sheet(SHEET_NAMES.status.en).protection = { protected: true, options: {} };
};

const SCENARIOS: readonly Scenario[] = [
  { name: "set-up, 139 measures", batch: () => setUpWrites(139) },
  { name: "set-up, 2,000 measures", batch: () => setUpWrites(2_000) },
  { name: "marks, 1 issue", prepare: protectedStatusSheet, batch: () => markWrites(60, 1) },
  { name: "marks, 100 issues", prepare: protectedStatusSheet, batch: () => markWrites(139, 100) },
  { name: "marks, 3,000 issues", prepare: protectedStatusSheet, batch: () => markWrites(20_000, 3_000) },
  { name: "insert the report (base64) and its charts", batch: () => insertWrites() },
];

beforeAll(async () => {
  const files = (await demoSubmissions(QUARTER, 1)).map(({ name, bytes }) => ({ file: name, input: readSubmissionInput(bytes, name) }));
  const model = consolidate(files, { quarter: QUARTER, catalogue: bundledCatalogue() });
  reportBase64 = toBase64(await writeReport(model, { lang: "en", generatedAt: new Date("2026-10-22T07:00:00Z") }));
});

describe("request sizes: the fake against office.js's own serialization", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s: every request within 15%", async (_name, scenario) => {
    const real = await recordOfficeJs(scenario.batch());
    const fake = createExcelFake({ excelApi: "1.13", platform: "PC" });
    scenario.prepare?.(fake);
    await fake.run(scenario.batch());
    const counted = fake.stats.requests.map((r) => r.requestBytes);
    expect(counted).toHaveLength(real.requests.length);
    const ratios = counted.map((bytes, i) => bytes / real.requests[i]!);
    if (process.env.SHOW_SIZES)
      console.log(
        _name,
        counted,
        real.requests,
        ratios.map((r) => r.toFixed(3)),
      );
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThanOrEqual(0.85);
      expect(ratio).toBeLessThanOrEqual(1.15);
    }
  });
});
