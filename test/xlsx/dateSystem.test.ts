import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { checkSubmission } from "../../src/domain/rules/submissionCheck";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { goodRow, statusBook } from "../support/statusBook";

/** 2024-03-15 as Excel stores it: 45366 in the 1900 date system, 1,462 less in the 1904 one. */
const MARCH_15_2024 = 45_366;

describe("a submission in the 1904 date system", () => {
  it.each([
    ["1900", false, MARCH_15_2024],
    ["1904", true, MARCH_15_2024 - 1462],
  ])("%s date system: a completion date of 15 March 2024 is read as such", (_name, date1904, serial) => {
    const row = goodRow();
    row[5] = "Completed";
    row[6] = 100;
    row[8] = serial;
    const input = readSubmissionInput(statusBook({ rows: [row], date1904 }), "f.xlsx");
    const verdict = checkSubmission(input, { catalogues: [bundledCatalogue()] });
    expect(verdict.problems.filter((p) => p.where.cell === "I4")).toEqual([]);
    expect(verdict.entries?.[0]?.actualCompletion).toBe("2024-03-15");
  });
});
