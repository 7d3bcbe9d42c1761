import { SHEET_NAMES } from "../../src/domain/statusSheet/columns";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { startLiveValidation, type LiveUpdate } from "../../src/excel/liveValidation";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok, syntheticCatalogue } from "./support";

jest.setTimeout(60_000);

const catalogue = syntheticCatalogue(6);
const STATUS = SHEET_NAMES.status.en;

/**
 * A marked workbook, live validation running: row 0 is clean, row 1 has an error (Completed at
 * 80%). On a host with or without undo for add-in writes (ExcelUndoApiAll).
 */
async function liveWorkbook(undoesApiWrites: boolean): Promise<{ fake: ExcelFake; updates: LiveUpdate[]; errors: string[]; stop: () => Promise<unknown> }> {
  const fake = createExcelFake({ excelApi: "1.9", undoesApiWrites });
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  await fillRow(fake, STATUS, 0, { status: "On track", progress: 40 });
  await fillRow(fake, STATUS, 1, { status: "Completed", progress: 80 });
  ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
  const updates: LiveUpdate[] = [];
  const errors: string[] = [];
  const live = ok(await startLiveValidation((u) => updates.push(u), { catalogues: [catalogue], host: fake, onError: (f) => errors.push(f.code) }));
  await fake.settle();
  fake.resetStats();
  return { fake, updates, errors, stop: () => live.stop() };
}

describe("live validation and the user's undo stack", () => {
  it.each([
    ["with ExcelUndoApiAll", true],
    ["without it", false],
  ])("%s: an edit that leaves the marks as they were writes nothing, so the user can still undo it", async (_name, undoesApiWrites) => {
    const { fake, updates, errors, stop } = await liveWorkbook(undoesApiWrites);
    const before = fake.undoDepth;
    await fake.user.type(`${STATUS}!${cellOf(0, "progress")}`, 45);
    await fake.user.type(`${STATUS}!${cellOf(1, "achievements")}`, "Law adopted");
    await fake.settle();
    expect(errors).toEqual([]);
    expect(updates.map((u) => u.rows)).toEqual([[0], [1]]);
    expect(updates[1]!.problems.map((p) => p.code)).toEqual(["completed.progress", "completed.date"]);
    expect(fake.stats.writes).toBe(0);
    expect(fake.undoDepth).toBe(before + 2);
    expect(await fake.user.undo()).toBe(true);
    expect(fake.cell(`${STATUS}!${cellOf(1, "achievements")}`).value).toBe("");
    await stop();
  });

  it("still marks an edit that changes the marks, and only its row", async () => {
    const { fake, errors, stop } = await liveWorkbook(true);
    await fake.user.type(`${STATUS}!${cellOf(0, "status")}`, "Completed");
    await fake.settle();
    expect(errors).toEqual([]);
    expect(fake.cell(`${STATUS}!${cellOf(0, "progress")}`).fill).toBe(MARK_FILLS.error);
    expect(fake.cell(`${STATUS}!${cellOf(1, "progress")}`).fill).toBe(MARK_FILLS.error);
    expect(fake.stats.writes).toBeGreaterThan(0);
    await stop();
  });
});
