import { unzipSync, zipSync } from "fflate";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { ENTRY_COLUMN_KEYS } from "../../src/domain/statusSheet/columns";
import { insertReport } from "../../src/excel/insertReport";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { writeReportVariants } from "../../src/xlsx/write/reportWriter";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { PAYLOAD_LIMIT_BYTES, createExcelFake, type ExcelFake, type FakePlatform } from "../excel-fake";
import { demoSubmissions } from "../support/demoSubmissions";
import { QUARTER, cellOf, ok, syntheticCatalogue } from "./support";

jest.setTimeout(300_000);

const ROWS = 20_000;

/**
 * A table whose every row has one issue, alternately in Progress and in Planned completion: no two
 * issues of a column are on adjacent rows, so each is a mark of its own (20,000 marks).
 */
async function scatteredIssues(platform: FakePlatform): Promise<ExcelFake> {
  const fake = createExcelFake({ platform });
  const cat = syntheticCatalogue(ROWS);
  ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const entry: Record<string, string | number> = { status: "On track", progress: i % 2 === 0 ? 150 : 50, plannedCompletion: i % 2 === 0 ? "" : "soon" };
    return ENTRY_COLUMN_KEYS.map((k) => entry[k] ?? "");
  });
  fake.seed.values(`Status!${cellOf(0, ENTRY_COLUMN_KEYS[0]!)}`, rows);
  fake.resetStats();
  return fake;
}

describe("requests sized for Excel on the web, not limited elsewhere", () => {
  it("marks a table with 20,000 scattered issues on Excel on the web in requests under 5 MB", async () => {
    const fake = await scatteredIssues("OfficeOnline");
    const verdict = ok(await validateStatusTable({ catalogues: [syntheticCatalogue(ROWS)], host: fake }));
    expect(verdict.problems).toHaveLength(ROWS);
    expect(verdict.marksTruncated).toBe(true);
    expect(verdict.marked).toBeGreaterThan(1_000);
    // The read may be refused once and then cut into blocks (tableReader); no request is too large.
    expect(fake.stats.requests.every((r) => r.failed !== "RequestPayloadSizeLimitExceeded" && r.requestBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(fake.cell("Status!G4").fill).toBe(MARK_FILLS.error);
  });

  it("marks every one of those issues on the desktop, where no 5 MB limit applies", async () => {
    const fake = await scatteredIssues("PC");
    const verdict = ok(await validateStatusTable({ catalogues: [syntheticCatalogue(ROWS)], host: fake }));
    expect(verdict).toMatchObject({ marked: ROWS, marksTruncated: false });
    expect(fake.cell(`Status!${cellOf(ROWS - 1, "plannedCompletion")}`).fill).toBe(MARK_FILLS.error);
  });
});

describe("inserting a large report", () => {
  /** The report with and without its charts, each with 3.3 MB of stored, incompressible media: Base64 ~4.5 MB, over 4 MiB. */
  let large: { bytes: Uint8Array; withoutCharts: Uint8Array };

  beforeAll(async () => {
    const files = (await demoSubmissions(QUARTER, 1)).map(({ name, bytes }) => ({ file: name, input: readSubmissionInput(bytes, name) }));
    const report = await writeReportVariants(consolidate(files, { quarter: QUARTER, catalogue: bundledCatalogue() }), {
      lang: "en",
      generatedAt: new Date("2026-10-22T07:00:00Z"),
    });
    const noise = new Uint8Array(3_300_000);
    for (let i = 0, x = 7; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) >>> 16;
    const padded = (file: Uint8Array) => zipSync({ ...unzipSync(file), "xl/media/noise.bin": [noise, { level: 0 }] });
    large = { bytes: padded(report.withCharts), withoutCharts: padded(report.withoutCharts) };
  });

  it.each(["PC", "Mac"] as const)("on %s inserts a report whose Base64 is over 4 MiB", async (platform) => {
    const fake = createExcelFake({ excelApi: "1.13", platform });
    const inserted = ok(await insertReport({ ...large, lang: "en", host: fake }));
    expect(inserted.sheets.length).toBeGreaterThan(3);
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(4 * 1024 * 1024);
  });

  it("on Excel on the web inserts it too while the request stays under 5 MB", async () => {
    const fake = createExcelFake({ excelApi: "1.13", platform: "OfficeOnline" });
    ok(await insertReport({ ...large, lang: "en", host: fake }));
    expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });
});
