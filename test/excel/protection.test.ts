import { CATALOGUE_TABLE, META_SHEET, SHEET_NAMES, STATUS_TABLE } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import type { ExcelOutcome } from "../../src/excel/errors";
import { startLiveValidation } from "../../src/excel/liveValidation";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../../src/excel/startNextQuarter";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { QUARTER, fillRow, ok, syntheticCatalogue } from "./support";

jest.setTimeout(120_000);

const catalogue = syntheticCatalogue(4);
const NOW = new Date("2026-10-03T08:30:00.000Z");
const STATUS = SHEET_NAMES.status.en;
const CATALOGUE = SHEET_NAMES.catalogue.en;

/** A set-up workbook with one error (Completed at 80%) and one clean row. */
async function workbook(): Promise<ExcelFake> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  await fillRow(fake, STATUS, 0, { status: "Completed", progress: 80 });
  await fillRow(fake, STATUS, 1, { status: "On track", progress: 40 });
  return fake;
}

const protectedSheets = (fake: ExcelFake): string[] => [STATUS, CATALOGUE, META_SHEET].filter((name) => fake.sheet(name).protection.protected);

type Action = (fake: ExcelFake) => Promise<ExcelOutcome<unknown>>;

const ACTIONS: readonly [string, Action][] = [
  ["validate", (fake) => validateStatusTable({ catalogues: [catalogue], host: fake })],
  ["prepare submission", (fake) => prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake, now: () => NOW })],
  ["start next quarter", (fake) => startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake })],
];

/** 1-based positions, in the action's own commands, of every command between an unprotect and the protect that follows it. */
async function commandsWhileUnprotected(action: Action): Promise<number[]> {
  const fake = await workbook();
  fake.resetStats();
  ok(await action(fake));
  const positions: number[] = [];
  let open = false;
  fake.stats.commands.forEach((what, i) => {
    if (what === "WorksheetProtection.unprotect") open = true;
    else if (what === "WorksheetProtection.protect") open = false;
    else if (open) positions.push(i + 1);
  });
  return positions;
}

describe("sheet protection survives a failure in the middle of a write", () => {
  it.each(ACTIONS)("%s: whichever command fails while a sheet is unprotected, every sheet ends protected", async (_name, action) => {
    const positions = await commandsWhileUnprotected(action);
    expect(positions.length).toBeGreaterThan(3);
    for (const n of positions) {
      const fake = await workbook();
      fake.resetStats();
      fake.failNthCommand(n, "GeneralException");
      const outcome = await action(fake);
      expect({ n, failed: outcome.ok ? "no" : outcome.failure.code }).toEqual({ n, failed: "GeneralException" });
      expect({ n, protected: protectedSheets(fake) }).toEqual({ n, protected: [STATUS, CATALOGUE, META_SHEET] });
    }
  });

  it.each(ACTIONS)("%s: protects again a sheet of a set-up workbook found unprotected (an earlier run cut short)", async (_name, action) => {
    const fake = await workbook();
    fake.sheet(STATUS).protection = { protected: false, options: {} };
    fake.sheet(META_SHEET).protection = { protected: false, options: {} };
    ok(await action(fake));
    expect(fake.sheet(STATUS).protection.protected).toBe(true);
    expect(fake.sheet(META_SHEET).protection.protected).toBe(true);
  });

  it("live validation: a check that fails part-way leaves the status sheet protected", async () => {
    const fake = await workbook();
    const errors: string[] = [];
    const live = ok(await startLiveValidation(() => undefined, { catalogues: [catalogue], host: fake, onError: (f) => errors.push(f.code) }));
    fake.failCommand("RangeFill.color", "GeneralException");
    await fake.user.type(`${STATUS}!G4`, 90);
    await fake.settle();
    expect(errors).toEqual(["GeneralException"]);
    expect(fake.sheet(STATUS).protection.protected).toBe(true);
    ok(await live.stop());
  });
});

describe("table design on protected sheets", () => {
  it("refreshes a set-up workbook, whose sheets are protected: tables are renamed only on unprotected sheets", async () => {
    const fake = await workbook();
    expect(protectedSheets(fake)).toEqual([STATUS, CATALOGUE, META_SHEET]);
    const refreshed = ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    expect(refreshed).toMatchObject({ refreshed: true, carried: 4 });
    expect(fake.table(STATUS_TABLE)?.sheet.name).toBe(STATUS);
    expect(fake.table(CATALOGUE_TABLE)?.sheet.name).toBe(CATALOGUE);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([STATUS, CATALOGUE, "Sheet1", META_SHEET]);
    expect(protectedSheets(fake)).toEqual([STATUS, CATALOGUE, META_SHEET]);
  });
});
