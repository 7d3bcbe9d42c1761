import type { DataValidation, Worksheet } from "exceljs";
import { validationLimitProblems, type EntryValidation } from "../../domain/entries/entryValidation";
import type { IsoDate } from "../../domain/periods/periods";

/** UTC midnight of an ISO date: ExcelJS turns Date formulae of a date rule into serials (whole days). */
function utcMidnight(iso: IsoDate): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** The domain's validation as an ExcelJS rule (the ExcelJS twin of src/excel/officeValidation.ts). */
export function excelJsValidation(v: EntryValidation): DataValidation {
  const texts = {
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: v.style,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
    errorTitle: v.error.title,
    error: v.error.message,
  } as const;
  const r = v.rule;
  switch (r.kind) {
    case "list":
      return { ...texts, type: "list", formulae: [`"${r.values.join(",")}"`] };
    case "decimalBetween":
      return { ...texts, type: "decimal", operator: "between", formulae: [r.min, r.max] };
    case "decimalAtLeast":
      return { ...texts, type: "decimal", operator: "greaterThanOrEqual", formulae: [r.min] };
    case "dateBetween":
      return { ...texts, type: "date", operator: "between", formulae: [utcMidnight(r.from), utcMidnight(r.to)] };
    case "textLengthAtMost":
      return { ...texts, type: "textLength", operator: "lessThanOrEqual", formulae: [r.max] };
  }
}

/**
 * Adds the validation to a range of the sheet, refusing texts over Excel's limits (Excel would
 * report the file as corrupt). ExcelJS 4.4 keeps `worksheet.dataValidations` (keyed by address or
 * range) but leaves it out of its typings; a range key is written as one
 * <dataValidation sqref="F4:F63">, not one per cell.
 */
export function addValidation(ws: Worksheet, range: string, v: EntryValidation): void {
  const problems = validationLimitProblems(v);
  if (problems.length > 0) throw new Error(`data validation text over Excel's limits: ${problems.join("; ")}`);
  const validations = (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
  validations.add(range, excelJsValidation(v));
}
