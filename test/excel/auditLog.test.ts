import { AUDIT_LOG_KEEP, AUDIT_LOG_LIMIT, AUDIT_SHEET, changeCount } from "../../src/domain/statusSheet/auditLog";
import { contentChecksum } from "../../src/domain/statusSheet/contentChecksum";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { readStatusTable } from "../../src/excel/tableReader";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { PAYLOAD_LIMIT_BYTES, createExcelFake, type ExcelFake } from "../excel-fake";
import { OFFICER, logOf, settled, trailOn } from "./auditSupport";
import { QUARTER, ok, syntheticCatalogue } from "./support";
import { columnLetters } from "../../src/domain/entries/cells";
import { STATUS_COLUMNS } from "../../src/domain/statusSheet/columns";

async function setUp(rows = 6, excelApi?: string): Promise<ExcelFake> {
  const fake = createExcelFake(excelApi ? { excelApi } : {});
  ok(await setUpStatusWorkbook({ catalogue: syntheticCatalogue(rows), committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  return fake;
}

/** `count` rows already in the log, one minute apart from 2026-07-01. */
function seedLog(fake: ExcelFake, count: number): void {
  fake.seed.sheet(AUDIT_SHEET, "VeryHidden");
  fake.seed.values(`${AUDIT_SHEET}!A1:J1`, [["at", "source", "officer", "cell", "measureId", "column", "before", "after", "changes", "until"]]);
  const start = Date.parse("2026-07-01T00:00:00.000Z");
  fake.seed.values(
    `${AUDIT_SHEET}!A2:J${count + 1}`,
    Array.from({ length: count }, (_, i) => [new Date(start + i * 60_000).toISOString(), "local", "Sok Dara", "G4", "S00001", "progress", String(i), String(i + 1), 1, ""]),
  );
}

describe("the change log's writes", () => {
  for (const excelApi of ["1.9", "1.8"]) {
    it(`logs a paste of 2,000 cells in one Excel.run of two syncs, each request and response within 5 MB (ExcelApi ${excelApi})`, async () => {
      const fake = await setUp(1_000, excelApi);
      const trail = await trailOn(fake);
      fake.resetStats();
      await fake.user.paste(
        "Status!F4:G1003",
        Array.from({ length: 1_000 }, (_, i) => ["On track", i % 100]),
      );
      await settled(fake, trail);
      expect(fake.runOptions).toHaveLength(1);
      expect(fake.stats.syncs).toBe(2);
      expect(fake.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
      // Progress 0 on a blank cell is a change; every status is one.
      expect(logOf(fake)).toHaveLength(2_000);
      ok(await trail.stop());
    });
  }

  it("logs a paste over a table too large for one response on Excel on the web: the rows read in blocks, nothing lost", async () => {
    // 2,000 rows with 2,000 characters of achievements each: some 8 MB of values, over the 5 MB a response may carry.
    const rows = 2_000;
    const fake = await setUp(rows);
    const achievements = columnLetters(STATUS_COLUMNS.findIndex((c) => c.key === "achievements"));
    fake.seed.values(`Status!${achievements}4:${achievements}${rows + 3}`, Array.from({ length: rows }, (_, i) => [`${i} ${"ការងារ ".repeat(333)}`]));
    const errors: string[] = [];
    const trail = await trailOn(fake, { onError: (f) => errors.push(f.code) });
    fake.resetStats();
    await fake.user.paste(`Status!G4:G${rows + 3}`, Array.from({ length: rows }, (_, i) => [i % 100]));
    await settled(fake, trail);
    expect(errors).toEqual([]);
    expect(logOf(fake)).toHaveLength(rows);
    // The one-request read was refused (and a block still too large, halved); the rest answered within 5 MB.
    const refused = fake.stats.requests.filter((r) => r.failed);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((r) => r.failed))).toEqual(new Set(["ResponsePayloadSizeLimitExceeded"]));
    expect(Math.max(...fake.stats.requests.filter((r) => !r.failed).map((r) => r.responseBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    ok(await trail.stop());
  });

  it("keeps at most 5,000 rows: past that the oldest fold into one summary row, in one more sync", async () => {
    const fake = await setUp();
    seedLog(fake, AUDIT_LOG_LIMIT - 2);
    const trail = await trailOn(fake);
    fake.resetStats();
    await fake.user.paste("Status!F4:G5", [
      ["On track", 10],
      ["Delayed", 5],
    ]);
    await settled(fake, trail);
    expect(fake.stats.syncs).toBe(3);
    const log = logOf(fake);
    expect(log).toHaveLength(AUDIT_LOG_KEEP);
    const folded = AUDIT_LOG_LIMIT - 2 + 4 + 1 - AUDIT_LOG_KEEP;
    expect(log[0]).toMatchObject({
      source: "summary",
      changes: String(folded),
      at: "2026-07-01T00:00:00.000Z",
      until: new Date(Date.parse("2026-07-01T00:00:00.000Z") + (folded - 1) * 60_000).toISOString(),
      after: `${folded.toLocaleString("en-US")} earlier changes from 2026-07-01T00:00:00.000Z to ${new Date(Date.parse("2026-07-01T00:00:00.000Z") + (folded - 1) * 60_000).toISOString()}`,
    });
    // The newest rows are kept as they were, the paste last; nothing is lost from the count.
    expect(log[1]).toMatchObject({ before: String(folded), after: String(folded + 1) });
    expect(log.slice(-4).map((r) => r.cell)).toEqual(["F4", "G4", "F5", "G5"]);
    expect(log.reduce((n, r) => n + changeCount(r), 0)).toBe(AUDIT_LOG_LIMIT - 2 + 4);
    ok(await trail.stop());
  });

  const FAILURES: readonly [string, string, (fake: ExcelFake) => void, string[]][] = [
    ["Excel refuses the write once (the official typing in a cell)", "1.9", (fake) => fake.failCommand("Range.values", "InvalidOperationInCellEditMode"), ["G4", "G5"]],
    ["Excel refuses the write once, on ExcelApi 1.8 (the old value is the snapshot's, kept until written)", "1.8", (fake) => fake.failCommand("Range.values", "InvalidOperationInCellEditMode"), ["G4", "G5"]],
    ["the log sheet was deleted (a new one holds what follows)", "1.9", (fake) => void fake.state.sheets.splice(fake.state.sheets.findIndex((s) => s.name === AUDIT_SHEET), 1), ["G5"]],
  ];
  it.each(FAILURES)("writes a burst again, once, when %s", async (_, excelApi, fail, cells) => {
    const fake = await setUp(6, excelApi);
    const trail = await trailOn(fake);
    await fake.user.type("Status!G4", 40);
    await settled(fake, trail);
    fail(fake);
    await fake.user.type("Status!G5", 50);
    await settled(fake, trail);
    expect(logOf(fake).map((r) => r.cell)).toEqual(cells);
    ok(await trail.stop());
  });

  it("logs each change once when the pane starts the trail again", async () => {
    const fake = await setUp();
    await trailOn(fake);
    const second = await trailOn(fake);
    await fake.user.type("Status!G4", 40);
    await settled(fake, second);
    expect(logOf(fake).map((r) => r.after)).toEqual(["40"]);
    ok(await second.stop());
    await fake.user.type("Status!G4", 50);
    await fake.settle();
    expect(logOf(fake)).toHaveLength(1);
  });

  it("is not written into by the trail of another workbook's host", async () => {
    const fake = await setUp();
    const other = await setUp();
    const trail = await trailOn(fake);
    const otherTrail = await trailOn(other);
    await fake.user.type("Status!G4", 40);
    await settled(fake, trail);
    await settled(other, otherTrail);
    expect(logOf(fake)).toHaveLength(1);
    expect(logOf(other)).toHaveLength(0);
    ok(await trail.stop());
    ok(await otherTrail.stop());
  });
});

describe("the submission stamp and the change log", () => {
  it("adds a submission row and stamps a checksum of the entries and the log: three syncs, after one for the trail to check it holds nothing back", async () => {
    const fake = await setUp(2);
    const trail = await trailOn(fake);
    await fake.user.paste("Status!F4:G5", [
      ["Not started", 0],
      ["On track", 50],
    ]);
    await settled(fake, trail);
    fake.resetStats();
    const NOW = new Date("2026-09-30T10:00:00.000Z");
    const result = ok(await prepareSubmission({ catalogues: [syntheticCatalogue(2)], officer: OFFICER, host: fake, now: () => NOW }));
    expect(result.submitted).toBe(true);
    expect(fake.stats.syncs).toBe(4);
    const log = logOf(fake);
    expect(log.at(-1)).toMatchObject({ source: "submission", at: NOW.toISOString(), officer: OFFICER, changes: "0" });
    let rows: Parameters<typeof contentChecksum>[0] = [];
    await fake.run(async (context) => {
      rows = (await readStatusTable(context, fake, { scope: { kind: "body" } })).data.rows;
    });
    expect(result.submitted && result.stamp.contentChecksum).toBe(contentChecksum(rows, log));
    expect(result.submitted && result.stamp.contentChecksum).not.toBe(contentChecksum(rows));
    ok(await trail.stop());
  });

  it("writes a co-author's change still waiting before it stamps, so the stamp covers it", async () => {
    const fake = await setUp(2);
    const trail = await trailOn(fake, { coAuthorGraceMs: 60_000 });
    await fake.user.type("Status!F4", "Not started", { source: "Remote" });
    await fake.user.type("Status!F5", "Not started");
    await fake.settle();
    expect(logOf(fake).map((r) => r.source)).toEqual(["local"]);
    ok(await prepareSubmission({ catalogues: [syntheticCatalogue(2)], officer: OFFICER, host: fake }));
    expect(logOf(fake).map((r) => r.source)).toEqual(["local", "co-author", "submission"]);
    ok(await trail.stop());
  });
});
