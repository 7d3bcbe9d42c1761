import { SHEET_NAMES } from "../../src/domain/statusSheet/columns";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { createExcelFake, type Culture, type ExcelFake } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok, syntheticCatalogue } from "./support";

jest.setTimeout(60_000);

const catalogue = syntheticCatalogue(3);
const STATUS = SHEET_NAMES.status.en;
const PLANNED = `${STATUS}!${cellOf(0, "plannedCompletion")}`;

async function workbook(options: { culture?: Culture; date1904?: boolean } = {}): Promise<ExcelFake> {
  const fake = createExcelFake(options);
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  await fillRow(fake, STATUS, 0, { status: "On track", progress: 40 });
  return fake;
}

/** The issues of the first row's planned completion, as the add-in reports them. */
async function plannedIssues(fake: ExcelFake): Promise<string[]> {
  const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
  return verdict.problems.filter((p) => p.where.cell === cellOf(0, "plannedCompletion")).map((p) => p.code);
}

describe("dates typed under each regional setting", () => {
  it.each<[Culture, string, boolean]>([
    ["en-US", "2026-07-15", true],
    ["en-GB", "2026-07-15", true],
    ["km-KH", "2026-07-15", true],
    ["en-GB", "15/07/2026", true],
    ["km-KH", "15/07/2026", true],
    // US settings leave a day-first date as text, which the cell's date validation refuses.
    ["en-US", "15/07/2026", false],
  ])("%s: typing %s is accepted: %s; what Excel keeps is read as 15 July 2026", async (culture, typed, accepted) => {
    const fake = await workbook({ culture });
    const result = await fake.user.type(PLANNED, typed);
    expect(result.accepted).toBe(accepted);
    if (!accepted) {
      expect(result).toEqual({ accepted: false, reason: "validation" });
      expect(fake.cell(PLANNED).validation?.errorAlert?.message).toContain("2026-07-15");
      // Pasted, the text gets in (Excel skips validation on paste) and is read day first.
      await fake.user.paste(PLANNED, [[typed]]);
    }
    expect(await plannedIssues(fake)).toEqual([]);
  });

  it("a month-first text that day-first settings left as text is read as the date it can only be", async () => {
    const fake = await workbook({ culture: "en-GB" });
    await fake.user.paste(PLANNED, [["07/15/2026"]]);
    expect(fake.cell(PLANNED).value).toBe("07/15/2026");
    expect(await plannedIssues(fake)).toEqual([]);
  });
});

describe("a workbook in the 1904 date system", () => {
  it("reads its dates as the dates they are, not four years earlier", async () => {
    const fake = await workbook({ date1904: true });
    await fillRow(fake, STATUS, 1, { status: "Completed", progress: 100 });
    await fake.user.type(`${STATUS}!${cellOf(1, "actualCompletion")}`, "2024-03-15");
    await fake.user.type(PLANNED, "2026-07-15");
    const verdict = ok(await validateStatusTable({ catalogues: [catalogue], host: fake }));
    const rowIssues = verdict.problems.filter((p) => /^[A-P][45]$/.test(p.where.cell ?? "")).map((p) => `${p.code}@${p.where.cell}`);
    expect(rowIssues).toEqual([]);
  });
});
