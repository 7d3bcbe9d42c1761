import type { Quarter } from "../../src/domain/periods/periods";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { startLiveValidation, type LiveUpdate } from "../../src/excel/liveValidation";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../../src/excel/startNextQuarter";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { PAYLOAD_LIMIT_BYTES, createExcelFake, type ExcelFake, type ExcelFakeOptions } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok, seedEntries, syntheticCatalogue } from "./support";

const catalogue = syntheticCatalogue(10);

async function liveTable(
  options: ExcelFakeOptions = {},
): Promise<{ fake: ExcelFake; updates: LiveUpdate[]; stop: () => Promise<unknown>; counts: { events: number; ignored: number; runs: number } }> {
  const fake = createExcelFake(options);
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
  const updates: LiveUpdate[] = [];
  const handle = ok(await startLiveValidation((u) => updates.push(u), { catalogues: [catalogue], host: fake }));
  await fake.settle();
  fake.resetStats();
  return { fake, updates, stop: () => handle.stop(), counts: handle.counts };
}

describe("live validation", () => {
  it("re-validates only the changed row, in two syncs, and updates only its marks", async () => {
    const { fake, updates } = await liveTable();
    expect(fake.cell("Status!F5").fill).toBe(MARK_FILLS.error);
    expect(await fake.user.type("Status!F4", "Delayed")).toEqual({ accepted: true });
    expect(updates).toHaveLength(1);
    expect(updates[0]!.full).toBe(false);
    expect(updates[0]!.rows).toEqual([0]);
    // Sheet row 4, 0-based: what the pane matches the problems' cells against.
    expect(updates[0]!).toMatchObject({ sheet: "Status", sheetRows: [3] });
    expect(updates[0]!.problems.map((p) => [p.code, p.where.cell])).toEqual([
      ["risk.challenges", cellOf(0, "challenges")],
      ["risk.next-steps", cellOf(0, "nextSteps")],
    ]);
    expect(fake.stats.syncs).toBe(2);
    // Row 4's status is fine now; its reasons are missing; row 5 keeps the mark it had.
    expect(fake.cell("Status!F4").fill).toBeUndefined();
    expect(fake.cell(`Status!${cellOf(0, "challenges")}`).fill).toBe(MARK_FILLS.error);
    expect(fake.cell("Status!F5").fill).toBe(MARK_FILLS.error);
  });

  it("survives a multi-cell paste: one check for every pasted row", async () => {
    const { fake, updates } = await liveTable();
    await fake.user.paste("Status!F6", [
      ["Not started", 0],
      ["On track", 40],
      ["Finished?", 120],
    ]);
    expect(updates).toHaveLength(1);
    expect(updates[0]!.rows).toEqual([2, 3, 4]);
    expect(updates[0]!.problems.map((p) => [p.code, p.where.cell])).toEqual([
      ["status.vocabulary", "F8"],
      ["progress.range", "G8"],
    ]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.cell("Status!F6").fill).toBeUndefined();
    expect(fake.cell("Status!F8").fill).toBe(MARK_FILLS.error);
  });

  it("checks a paste over 10,000 filled-in rows in two syncs, each response within 5 MB", async () => {
    const fake = createExcelFake();
    const big = syntheticCatalogue(10_000);
    ok(await setUpStatusWorkbook({ catalogue: big, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    seedEntries(fake, "Status", 10_000);
    const updates: LiveUpdate[] = [];
    ok(await startLiveValidation((u) => updates.push(u), { catalogues: [big], host: fake }));
    await fake.settle();
    fake.resetStats();
    await fake.user.paste("Status!F4", Array.from({ length: 10_000 }, (_, i) => [i === 9_999 ? "Finished?" : "On track"]));
    expect(updates).toHaveLength(1);
    expect(updates[0]!).toMatchObject({ full: false, sheet: "Status" });
    expect(updates[0]!.rows).toHaveLength(10_000);
    expect(updates[0]!.problems.filter((p) => p.code === "status.vocabulary").map((p) => p.where.cell)).toEqual(["F10003"]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  it("checks the whole table again when the header was rearranged by hand", async () => {
    const { fake, updates } = await liveTable();
    fake.sheet("Status").protection = { protected: false, options: {} };
    fake.seed.values("Status!F3:G3", [["Progress %", "Status"]]);
    await fake.user.paste("Status!G4", [["On track"]]);
    expect(updates.map((u) => u.full)).toEqual([true]);
    expect(updates[0]!.rows).toHaveLength(10);
    expect(updates[0]!.problems.some((p) => p.code === "status.vocabulary")).toBe(false);
  });

  it("uses the whole ID column for duplicates while checking one row", async () => {
    const { fake, updates } = await liveTable();
    fake.sheet("Status").protection = { protected: false, options: {} };
    await fake.user.paste("Status!A7", [["S00001"]]);
    expect(updates.at(-1)!.problems.map((p) => p.code)).toContain("measure.duplicate");
  });

  it("ignores the add-in's own writes", async () => {
    const { fake, updates, counts } = await liveTable();
    ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
    await fake.settle();
    // Excel raised nothing: the write ran with runtime.enableEvents off.
    expect(counts.events).toBe(0);
    // A new set-up replaces the table (the pane starts live validation again afterwards).
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fake.settle();
    expect(updates).toEqual([]);
    expect(counts.runs).toBe(0);
  });

  it("ignores the add-in's own writes even on a host that still delivers their events", async () => {
    const { fake, updates, counts } = await liveTable({ honourEnableEvents: false });
    ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
    await fake.settle();
    expect(counts.events).toBeGreaterThan(0);
    expect(counts.ignored).toBe(counts.events);
    expect(updates).toEqual([]);
  });

  it("checks a change made by a co-author (source Remote) too", async () => {
    const { fake, updates } = await liveTable();
    await fake.user.paste("Status!F4", [["On track"]], { source: "Remote" });
    expect(updates.map((u) => u.rows)).toEqual([[0]]);
  });

  it("asks Excel to wait for cell edits where ExcelApi 1.9 is available, and not elsewhere", async () => {
    for (const [api, expected] of [
      ["1.9", true],
      ["1.8", undefined],
    ] as const) {
      const { fake } = await liveTable({ excelApi: api });
      await fake.user.type("Status!F4", "On track");
      expect(fake.runOptions.length).toBeGreaterThan(0);
      expect(fake.runOptions.every((o) => o?.delayForCellEdit === expected)).toBe(true);
    }
  });

  it("stops listening when asked", async () => {
    const { fake, updates, stop } = await liveTable();
    await stop();
    await fillRow(fake, "Status", 0, { status: "On track" });
    expect(updates).toEqual([]);
    expect(fake.table("PT_Status")!.handlers.size).toBe(0);
  });
});
