import { Workbook } from "exceljs";
import { entryValidation, type EntryValidation } from "../../src/domain/entries/entryValidation";
import { STATUS_COLUMNS } from "../../src/domain/statusSheet/columns";
import { FIRST_YEAR, LAST_YEAR } from "../../src/domain/periods/periods";
import { addValidation, excelJsValidation } from "../../src/xlsx/write/excelJsValidation";

describe("excelJsValidation", () => {
  const entryColumns = STATUS_COLUMNS.filter((c) => c.kind === "entry");

  it.each(["en", "km"] as const)("carries the domain's texts and style unchanged (%s)", (lang) => {
    for (const c of entryColumns) {
      const v = entryValidation(c, lang);
      if (!v) continue;
      expect(excelJsValidation(v)).toMatchObject({
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        errorStyle: v.style,
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        errorTitle: v.error.title,
        error: v.error.message,
      });
    }
  });

  it("translates each rule kind", () => {
    const rule = (key: string) => excelJsValidation(entryValidation(STATUS_COLUMNS.find((c) => c.key === key)!, "en")!);
    expect(rule("status")).toMatchObject({ type: "list", formulae: ['"Not started,On track,At risk,Delayed,Completed,Discontinued"'] });
    expect(rule("progress")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 100] });
    expect(rule("budgetSpent")).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(rule("evidence")).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [500] });
    // Date bounds as Date objects at UTC midnight: ExcelJS writes them as whole-day serials.
    const date = rule("plannedCompletion");
    expect(date).toMatchObject({ type: "date", operator: "between" });
    expect(date.formulae).toEqual([new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(LAST_YEAR, 11, 31))]);
  });

  it("refuses texts over Excel's limits", () => {
    const ws = new Workbook().addWorksheet("S");
    const base = entryValidation(STATUS_COLUMNS.find((c) => c.key === "officer")!, "en")!;
    const tooLong: EntryValidation = { ...base, prompt: { ...base.prompt, title: "x".repeat(33) } };
    expect(() => addValidation(ws, "A1:A2", tooLong)).toThrow(/over Excel's limits: prompt title over 32 characters/);
    expect(() => addValidation(ws, "A1:A2", base)).not.toThrow();
  });
});
