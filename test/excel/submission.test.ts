import { contentChecksum } from "../../src/domain/statusSheet/contentChecksum";
import { META_SHEET } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../../src/excel/startNextQuarter";
import { readStatusTable } from "../../src/excel/tableReader";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { PAYLOAD_LIMIT_BYTES, createExcelFake, type ExcelFake } from "../excel-fake";
import { QUARTER, fillRow, ok, seedEntries, syntheticCatalogue } from "./support";
import { logOf } from "./auditSupport";
import { auditRow } from "../../src/domain/statusSheet/auditLog";

const catalogue = syntheticCatalogue(4);
const NOW = new Date("2026-10-03T08:30:00.000Z");

function meta(fake: ExcelFake): Record<string, unknown> {
  return Object.fromEntries(fake.values(`${META_SHEET}!A2:B10`));
}

async function setUp(): Promise<ExcelFake> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  return fake;
}

async function fillClean(fake: ExcelFake): Promise<void> {
  await fillRow(fake, "Status", 0, { status: "On track", progress: 40, achievements: "Draft law", officer: "Sokha" });
  await fillRow(fake, "Status", 1, { status: "Delayed", progress: 10, challenges: "Budget", nextSteps: "Ask MEF" });
  await fake.user.paste("Status!F6", [
    ["Not started", 0],
    ["Not started", 0],
  ]);
}

describe("prepareSubmission", () => {
  it("refuses while errors remain, marks them, and leaves the metadata alone", async () => {
    const fake = await setUp();
    await fillRow(fake, "Status", 0, { status: "Completed", progress: 80 });
    fake.resetStats();
    const result = ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake, now: () => NOW }));
    expect(fake.stats.syncs).toBe(2);
    expect(result.submitted).toBe(false);
    expect(result.problems.some((p) => p.code === "completed.progress" && p.where.cell === "G4")).toBe(true);
    expect(fake.cell("Status!G4").fill).toBe(MARK_FILLS.error);
    expect(meta(fake)).toMatchObject({ submittedAt: "", submittedBy: "", contentChecksum: "" });
  });

  it("stamps time, officer and the entries' checksum when the table is clean", async () => {
    const fake = await setUp();
    await fillClean(fake);
    fake.resetStats();
    const result = ok(await prepareSubmission({ catalogues: [catalogue], officer: " Sokha Chan ", host: fake, now: () => NOW }));
    // Read, write the log's first row with the stamp (a log already there adds one read).
    expect(fake.stats.syncs).toBe(2);
    expect(result).toMatchObject({ submitted: true, stamp: { submittedAt: NOW.toISOString(), submittedBy: "Sokha Chan" } });
    // The checksum is the domain's, over the same rows the rules saw.
    let rows: Parameters<typeof contentChecksum>[0] = [];
    await fake.run(async (context) => {
      rows = (await readStatusTable(context, fake, { scope: { kind: "body" } })).data.rows;
    });
    // It covers the change log too, which holds the submission's row.
    const log = logOf(fake);
    expect(log).toEqual([auditRow({ at: NOW.toISOString(), source: "submission", officer: "Sokha Chan", changes: "0" })]);
    const checksum = contentChecksum(rows, log);
    expect(result.submitted && result.stamp.contentChecksum).toBe(checksum);
    // Stored as text: the ISO time is not turned into a date serial.
    expect(meta(fake)).toMatchObject({ submittedAt: NOW.toISOString(), submittedBy: "Sokha Chan", contentChecksum: checksum, quarter: QUARTER });
    expect(fake.sheet(META_SHEET).protection.protected).toBe(true);
  });

  it("checks 10,000 filled-in rows in two syncs, each response within 5 MB", async () => {
    const fake = createExcelFake();
    const big = syntheticCatalogue(10_000);
    ok(await setUpStatusWorkbook({ catalogue: big, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    seedEntries(fake, "Status", 10_000);
    fake.resetStats();
    const result = ok(await prepareSubmission({ catalogues: [big], officer: "Sokha", host: fake, now: () => NOW }));
    expect(result.submitted).toBe(false);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("changes the checksum when an entry changes", async () => {
    const fake = await setUp();
    await fillClean(fake);
    const first = ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake, now: () => NOW }));
    await fillRow(fake, "Status", 0, { achievements: "Draft law adopted" });
    const second = ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake, now: () => NOW }));
    expect(first.submitted && second.submitted && first.stamp.contentChecksum !== second.stamp.contentChecksum).toBe(true);
  });
});

describe("startNextQuarter", () => {
  it("clears only the per-quarter columns and moves the quarter, title and stamp on", async () => {
    const fake = await setUp();
    await fillClean(fake);
    await fillRow(fake, "Status", 0, {
      plannedCompletion: 46_300,
      actualCompletion: 46_200,
      budgetPlanned: 1000,
      budgetSpent: 200,
      evidence: "https://mptc.gov.kh/x",
    });
    ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake, now: () => NOW }));
    const before = fake.values("Status!A4:P4")[0]!;
    fake.resetStats();
    const result = ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
    expect(fake.stats.syncs).toBe(2);
    expect(result).toMatchObject({
      from: QUARTER,
      to: "2026-Q4",
      cleared: ["achievements", "challenges", "nextSteps", "evidence"],
      rows: 4,
    });
    const after = fake.values("Status!A4:P4")[0]!;
    // Kept: catalogue cells, status, progress, planned and actual completion, budgets, officer. Cleared: the rest.
    const kept = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 15];
    const cleared = [9, 10, 11, 14];
    for (const i of kept) expect(after[i]).toEqual(before[i]);
    for (const i of cleared) expect(after[i]).toBe("");
    expect(fake.values("Status!K5:L5")).toEqual([["", ""]]);
    expect(meta(fake)).toMatchObject({ quarter: "2026-Q4", submittedAt: "", submittedBy: "", contentChecksum: "" });
    expect(fake.cell("Status!A1").value).toBe("Digital Government Committee — Q4 2026 implementation status");
    expect(fake.sheet("Status").protection.protected).toBe(true);
  });

  it("keeps a completed measure valid in the next quarter: its completion date carries over", async () => {
    const fake = await setUp();
    await fillClean(fake);
    await fillRow(fake, "Status", 0, { status: "Completed", progress: 100, actualCompletion: 46_250 }); // 2026-08-14
    ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
    const next = ok(await validateStatusTable({ catalogues: [catalogue], expectedQuarter: "2026-Q4" as Quarter, host: fake }));
    expect(next.problems.filter((p) => p.where.cell === "I4")).toEqual([]);
  });

  it("sends the same few bytes for 4 rows and for 20,000: the per-quarter columns are cleared, not overwritten", async () => {
    const sent: number[] = [];
    for (const count of [4, 20_000]) {
      const fake = createExcelFake();
      const cat = syntheticCatalogue(count);
      ok(await setUpStatusWorkbook({ catalogue: cat, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
      seedEntries(fake, "Status", count);
      fake.resetStats();
      ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
      expect(fake.stats.syncs).toBe(2);
      expect(fake.values(`Status!J${3 + count}:L${3 + count}`)).toEqual([["", "", ""]]);
      expect(fake.cell("Status!F4").value).toBe("On track");
      sent.push(fake.stats.requests.reduce((n, r) => n + r.requestBytes, 0));
    }
    expect(sent[1]).toBe(sent[0]);
  });

  it("refuses a quarter that does not come after the workbook's", async () => {
    const fake = await setUp();
    const outcome = await startNextQuarter({ nextQuarter: "2026-Q2" as Quarter, host: fake });
    expect(outcome).toMatchObject({ ok: false, failure: { code: "PolicyTracker.QuarterNotAfter" } });
    expect(meta(fake)).toMatchObject({ quarter: QUARTER });
  });
});
