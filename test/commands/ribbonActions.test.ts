import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { MARK_FILLS } from "../../src/excel/issueMarks";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateWorkbook } from "../../src/commands/ribbonActions";
import { createExcelFake } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok } from "../excel/support";

const catalogue = bundledCatalogue();

describe("ribbon: Check entries (function file command)", () => {
  test("validates the table on the fake, marks the bad cell and completes the event", async () => {
    const fake = createExcelFake();
    ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    await fillRow(fake, "Status", 0, { status: "On track", progress: 150 });
    const completed = jest.fn();
    const verdict = ok(await validateWorkbook({ completed }, fake, [catalogue]));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(verdict.ready).toBe(false);
    expect(verdict.problems.map((p) => [p.code, p.where.cell])).toContainEqual(["progress.range", cellOf(0, "progress")]);
    expect(fake.cell(`Status!${cellOf(0, "progress")}`).fill).toBe(MARK_FILLS.error);
  });

  test("completes the event even when there is no status table to check", async () => {
    const fake = createExcelFake();
    const completed = jest.fn();
    const outcome = await validateWorkbook({ completed }, fake, [catalogue]);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(outcome.ok).toBe(false);
  });
});
