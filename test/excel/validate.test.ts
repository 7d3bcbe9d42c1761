import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { isoToSerial } from "../../src/domain/entries/entryParse";
import type { IsoDate, Quarter } from "../../src/domain/periods/periods";
import { CATALOGUE_FILL, MARK_FILLS } from "../../src/excel/issueMarks";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { PAYLOAD_LIMIT_BYTES, createExcelFake, type ExcelFake, type ExcelFakeOptions } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok, seedEntries, syntheticCatalogue } from "./support";

const catalogue = bundledCatalogue();
const n = committeeMeasures(catalogue, "DGC").length;

async function setUp(): Promise<ExcelFake> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  fake.resetStats();
  return fake;
}

/** Every row "Not started" at 0%: a table with no errors. */
async function fillAllClean(fake: ExcelFake): Promise<void> {
  await fake.user.paste(
    `Status!F4`,
    Array.from({ length: n }, () => ["Not started", 0]),
  );
}

describe("validateStatusTable", () => {
  it("reads and marks in two syncs, and says the empty table is not ready", async () => {
    const fake = await setUp();
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(fake.stats.syncs).toBe(2);
    expect(verdict.ready).toBe(false);
    expect(verdict.problems.filter((p) => p.code === "status.required")).toHaveLength(n);
    expect(verdict.problems[0]).toMatchObject({ code: "status.required", severity: "error", where: { sheet: "Status", cell: "F4", column: "Status" } });
    expect(fake.cell("Status!F4").fill).toBe(MARK_FILLS.error);
    expect(fake.cell(`Status!F${3 + n}`).fill).toBe(MARK_FILLS.error);
    expect(verdict).toMatchObject({ quarter: QUARTER, committee: "DGC", catalogueVersion: catalogue.version, marked: n, marksTruncated: false });
    expect(fake.sheet("Status").protection.protected).toBe(true);
  });

  // The check reads the catalogue sheet too (the catalogue the workbook carries, verified by hash):
  // a catalogue of N measures is a second table of N rows in the response.
  it.each([
    [2_000, 2],
    [10_000, 2],
    [20_000, 5],
  ])("takes %i rows (and as many catalogue rows) in %i syncs, each response within 5 MB", async (count, syncs) => {
    const fake = createExcelFake();
    const cat = syntheticCatalogue(count);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    fake.resetStats();
    const verdict = ok(await validateStatusTable({ catalogues: [cat], host: fake }));
    expect(fake.stats.syncs).toBeLessThanOrEqual(syncs);
    expect(verdict.problems).toHaveLength(count);
    expect(fake.stats.requests.filter((r) => !r.failed).every((r) => r.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  });

  /** A set-up table of `count` synthetic measures with every row filled in (one error per 50 rows). */
  async function filled(count: number, options: ExcelFakeOptions = {}): Promise<{ fake: ExcelFake; cat: ReturnType<typeof syntheticCatalogue> }> {
    const fake = createExcelFake(options);
    const cat = syntheticCatalogue(count);
    ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    seedEntries(fake, "Status", count);
    fake.resetStats();
    return { fake, cat };
  }

  it("validates 10,000 filled-in rows in two syncs: the read is lean enough for one 5 MB response", async () => {
    const { fake, cat } = await filled(10_000);
    const verdict = ok(await validateStatusTable({ catalogues: [cat], host: fake }));
    expect(fake.stats.syncs).toBe(2);
    expect(verdict.problems.filter((p) => p.code === "progress.range")).toHaveLength(200);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("reads values, the formats of progress and dates, and where formulas are: ~350 bytes a filled row, not ~570", async () => {
    const { fake, cat } = await filled(2_000);
    ok(await validateStatusTable({ catalogues: [cat], host: fake }));
    // The same response carries the catalogue sheet's values: what the status table takes is the rest.
    const catalogueTable = fake.table("PT_Catalogue")!;
    const catalogueBytes = new TextEncoder().encode(JSON.stringify(fake.values(`Catalogue!A${catalogueTable.rect.r0 + 1}:L${catalogueTable.rect.r1 + 1}`))).length;
    expect((fake.stats.requests[0]!.responseBytes - catalogueBytes) / 2_000).toBeLessThan(400);
  });

  it("reads a table too large for one response in blocks sized by bytes: a few more syncs, each response within 5 MB", async () => {
    const { fake, cat } = await filled(20_000);
    const verdict = ok(await validateStatusTable({ catalogues: [cat], host: fake }));
    expect(verdict.rows).toBe(20_000);
    expect(verdict.problems.filter((p) => p.code === "progress.range")).toHaveLength(400);
    // One refused response, the table's place, blocks of ~4 MB, the marks.
    const refused = fake.stats.requests.filter((r) => r.failed === "ResponsePayloadSizeLimitExceeded");
    expect(refused).toHaveLength(1);
    expect(fake.stats.syncs).toBeLessThanOrEqual(5);
    expect(fake.stats.requests.filter((r) => !r.failed).every((r) => r.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(fake.cell(`Status!G${4 + 7}`).fill).toBe(MARK_FILLS.error);
    expect(fake.cell(`Status!G${4 + 19_957}`).fill).toBe(MARK_FILLS.error);
  });

  it("says a clean table is ready and leaves no marks", async () => {
    const fake = await setUp();
    await fillAllClean(fake);
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(verdict).toMatchObject({ ready: true, problems: [], marked: 0 });
    expect(fake.cell("Status!F4").fill).toBeUndefined();
  });

  it("clears old marks exactly: entry cells back to no fill, catalogue cells back to grey, status colours untouched", async () => {
    const fake = await setUp();
    await fillAllClean(fake);
    await fillRow(fake, "Status", 0, { status: "Completed", progress: 50 });
    fake.sheet("Status").protection = { protected: false, options: {} };
    fake.seed.values("Status!C5", [["A title typed over"]]);
    const cfBefore = JSON.stringify(fake.sheet("Status").conditionalFormats);
    fake.sheet("Status").protection = { protected: true, options: {} };
    const first = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(first.problems.map((p) => [p.code, p.where.cell])).toEqual([
      ["completed.progress", "G4"],
      ["completed.date", "I4"],
      ["catalogue.unchanged", "C5"],
    ]);
    expect(fake.cell("Status!G4").fill).toBe(MARK_FILLS.error);
    expect(fake.cell("Status!C5").fill).toBe(MARK_FILLS.error);

    await fillRow(fake, "Status", 0, { status: "On track", progress: 50 });
    fake.sheet("Status").protection = { protected: false, options: {} };
    fake.seed.values("Status!C5", [[committeeMeasures(catalogue, "DGC")[1]!.title.en]]);
    fake.sheet("Status").protection = { protected: true, options: {} };
    const second = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(second.ready).toBe(true);
    expect(fake.cell("Status!G4").fill).toBeUndefined();
    expect(fake.cell("Status!I4").fill).toBeUndefined();
    expect(fake.cell("Status!C5").fill).toBe(CATALOGUE_FILL);
    expect(JSON.stringify(fake.sheet("Status").conditionalFormats)).toBe(cfBefore);
  });

  it("reads formulas and date cells into the cells the rules see", async () => {
    const fake = await setUp();
    await fillAllClean(fake);
    // A formula in an entry cell (its cached result is plain text), and a real date cell.
    fake.seed.formula(`Status!${cellOf(0, "achievements")}`, '=CONCAT("a","b")', "ab");
    await fillRow(fake, "Status", 2, { status: "Completed", progress: 100, actualCompletion: isoToSerial("2026-09-30" as IsoDate) });
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(verdict.problems.map((p) => [p.code, p.where.cell])).toEqual([["text.formula", cellOf(0, "achievements")]]);
    expect(fake.cell(`Status!${cellOf(0, "achievements")}`).fill).toBe(MARK_FILLS.error);
  });

  it.each([
    ["getSpecialCells (ExcelApi 1.9)", { excelApi: "1.9" }, undefined],
    ["`formulas` of the entry columns (ExcelApi 1.8)", { excelApi: "1.8" }, undefined],
    ["`formulas` again when the host refuses getSpecialCells", { excelApi: "1.9" }, "AccessDenied"],
  ] as const)("finds a formula in an entry cell, and none in text that starts with '=': %s", async (_how, options, refuse) => {
    const fake = createExcelFake(options);
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillAllClean(fake);
    fake.seed.formula(`Status!${cellOf(0, "achievements")}`, '=CONCAT("a","b")', "ab");
    fake.seed.values(`Status!${cellOf(1, "achievements")}`, [["'=looks like a formula"]]);
    if (refuse) fake.failCommand("Range.getSpecialCellsOrNullObject", refuse);
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(verdict.problems.map((p) => [p.code, p.where.cell])).toEqual([
      ["text.formula", cellOf(0, "achievements")],
      ["text.formula-like", cellOf(1, "achievements")],
    ]);
  });

  it("reads a percent-formatted progress as percent points", async () => {
    const fake = await setUp();
    await fillAllClean(fake);
    fake.sheet("Status").protection = { protected: false, options: {} };
    fake.seed.values(`Status!${cellOf(0, "status")}`, [["Completed"]]);
    fake.seed.values(`Status!${cellOf(0, "progress")}`, [[1]]);
    fake.seed.values(`Status!${cellOf(0, "actualCompletion")}`, [[isoToSerial("2026-08-01" as IsoDate)]]);
    fake.sheet("Status").cells.get(3 * 16_384 + 6)!.numberFormat = "0%";
    fake.sheet("Status").protection = { protected: true, options: {} };
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    // 1 in a 0% cell is 100%: Completed at 100% with a date in the quarter is clean.
    expect(verdict.problems).toEqual([]);
  });

  it("reads formats and formulas where a header rearranged by hand put the columns", async () => {
    const fake = await setUp();
    const sheet = fake.sheet("Status");
    sheet.protection = { protected: false, options: {} };
    // Status and Progress % swap places: F is now progress (1 in a percent cell is 100%), G the status.
    fake.seed.values("Status!F3:G3", [["Progress %", "Status"]]);
    fake.seed.values("Status!F4", Array.from({ length: n }, (_, i) => (i === 0 ? [1, "Completed"] : [0, "Not started"])));
    fake.seed.values(`Status!${cellOf(0, "actualCompletion")}`, [[isoToSerial("2026-08-14" as IsoDate)]]);
    sheet.cells.get(3 * 16_384 + 5)!.numberFormat = "0%";
    fake.seed.formula(`Status!${cellOf(1, "achievements")}`, "=1", 1);
    sheet.protection = { protected: true, options: {} };
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    expect(verdict.problems.map((p) => [p.code, p.where.cell])).toEqual([["text.formula", cellOf(1, "achievements")]]);
    // One more request: the formats of the columns where they are.
    expect(fake.stats.syncs).toBe(3);
  });

  it("refuses a workbook for another quarter when one is expected", async () => {
    const fake = await setUp();
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], expectedQuarter: "2026-Q4" as Quarter, host: fake }));
    expect(verdict.problems[0]).toMatchObject({ code: "meta.quarter-mismatch", severity: "error" });
  });

  it("tells the user to set up first when there is no status table", async () => {
    const fake = createExcelFake();
    const outcome = await validateStatusTable({ catalogues: [catalogue], host: fake });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "ItemNotFound" } });
    if (!outcome.ok) expect(outcome.failure.message.en).toMatch(/Set up/);
  });
});
