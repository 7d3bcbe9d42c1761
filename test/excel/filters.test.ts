import { SHEET_NAMES, STATUS_TABLE, columnIndex } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { startLiveValidation } from "../../src/excel/liveValidation";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../../src/excel/startNextQuarter";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { hiddenRowsOf } from "../excel-fake/filters";
import { QUARTER, cellOf, fillRow, ok, syntheticCatalogue } from "./support";

jest.setTimeout(60_000);

const catalogue = syntheticCatalogue(6);
const STATUS = SHEET_NAMES.status.en;
const at = (row: number, key: Parameters<typeof cellOf>[1]) => `${STATUS}!${cellOf(row, key)}`;

/**
 * Six rows: even rows On track, odd rows Delayed without reasons (errors), every row with
 * achievements. The table is checked (the odd rows' Challenges and Next steps are marked), rows 1
 * and 3 then get their reasons, and the official filters the table to the On track rows: the odd
 * rows, with the stale marks of rows 1 and 3, are hidden.
 */
async function filteredWorkbook(excelApi = "1.9"): Promise<ExcelFake> {
  const fake = createExcelFake({ excelApi });
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  for (let i = 0; i < 6; i++) await fillRow(fake, STATUS, i, { status: i % 2 ? "Delayed" : "On track", progress: 30, achievements: `Done ${i}` });
  ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
  for (const i of [1, 3]) await fillRow(fake, STATUS, i, { challenges: "Budget", nextSteps: "Ask MEF" });
  fake.user.filter(STATUS_TABLE, columnIndex("status"), (v) => v === "On track");
  return fake;
}

/** Marks as they should be after a check: row 5's reasons marked, rows 1 and 3 (fixed) and the others not. */
function expectMarksOfEveryRow(fake: ExcelFake): void {
  expect([0, 1, 2, 3, 4, 5].map((row) => fake.cell(at(row, "challenges")).fill ?? "none")).toEqual(["none", "none", "none", "none", "none", MARK_FILLS.error]);
  expect(fake.cell(at(5, "nextSteps")).fill).toBe(MARK_FILLS.error);
}

const filtered = (fake: ExcelFake) => hiddenRowsOf(fake.table(STATUS_TABLE)!).size > 0;

describe("a status table the official has filtered", () => {
  it.each(["1.9", "1.8"])("next quarter (ExcelApi %s) empties the per-quarter columns of every row, hidden ones too", async (excelApi) => {
    const fake = await filteredWorkbook(excelApi);
    const result = ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: fake }));
    expect(fake.values(`${at(0, "achievements")}:${cellOf(5, "achievements")}`).flat()).toEqual(["", "", "", "", "", ""]);
    expect(fake.values(`${at(0, "status")}:${cellOf(5, "status")}`).flat()).toEqual(["On track", "Delayed", "On track", "Delayed", "On track", "Delayed"]);
    expect(filtered(fake)).toBe(false);
    if (excelApi === "1.9") expect(result.notice?.en).toMatch(/filter/);
  });

  it.each(["1.9", "1.8"])(
    "validation (ExcelApi %s) clears the hidden rows' stale marks, marks their issues and says the filter was cleared",
    async (excelApi) => {
      const fake = await filteredWorkbook(excelApi);
      const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
      expectMarksOfEveryRow(fake);
      expect(filtered(fake)).toBe(false);
      if (excelApi === "1.9")
        expect(verdict.problems.find((p) => p.code === "table.filter-cleared")).toMatchObject({ severity: "warning", where: { sheet: STATUS } });
    },
  );

  it("preparing the submission marks every row too", async () => {
    const fake = await filteredWorkbook();
    const result = ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake }));
    expect(result.submitted).toBe(false);
    expectMarksOfEveryRow(fake);
  });

  it("live validation keeps the official's filter and marks the edited row", async () => {
    const fake = await filteredWorkbook();
    const errors: string[] = [];
    const live = ok(await startLiveValidation(() => undefined, { catalogues: [catalogue], host: fake, onError: (f) => errors.push(f.code) }));
    await fake.user.type(at(2, "status"), "Completed");
    await fake.settle();
    expect(errors).toEqual([]);
    expect(fake.cell(at(2, "progress")).fill).toBe(MARK_FILLS.error);
    expect(filtered(fake)).toBe(true);
    ok(await live.stop());
  });
});
