import type { EntryValidation } from "../domain/entries/entryValidation";

/** The domain's validation as an Office.js rule (DataValidation, ExcelApi 1.8). */
export function officeRule(v: EntryValidation): Excel.DataValidationRule {
  const r = v.rule;
  switch (r.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: r.values.join(",") } };
    case "decimalBetween":
      return {
        decimal: { operator: "Between", formula1: r.min, formula2: r.max },
      };
    case "decimalAtLeast":
      return { decimal: { operator: "GreaterThanOrEqualTo", formula1: r.min } };
    case "dateBetween":
      // ISO 8601 text is locale-neutral for date rules.
      return {
        date: { operator: "Between", formula1: r.from, formula2: r.to },
      };
    case "textLengthAtMost":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: r.max } };
  }
}

/** Queues the rule, its prompt and its error alert on a range that has no validation left. */
export function queueValidation(range: Excel.Range, v: EntryValidation): void {
  range.dataValidation.rule = officeRule(v);
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.prompt = {
    showPrompt: true,
    title: v.prompt.title,
    message: v.prompt.message,
  };
  range.dataValidation.errorAlert = {
    showAlert: true,
    style: v.style === "stop" ? "Stop" : "Warning",
    title: v.error.title,
    message: v.error.message,
  };
}
