import type { Lang } from "../../domain/text/lang";
import type { Quarter } from "../../domain/periods/periods";
import type { ExcelFailure } from "../../excel/errors";
import type { InsertedReport } from "../../excel/insertReport";
import type { BuildProgress, BuiltReport, InputFile } from "./protocol";

/**
 * What the Consolidate panel holds. The App keeps it (type-only import: no code in the main bundle),
 * so a built report survives switching panels; the panel's chunk has the code that changes it
 * (consolidationReducer, in reducer.ts).
 */
export interface ConsolidateForm {
  readonly quarter: Quarter;
  /** False until the secretariat picks a quarter: until then the workbook's quarter may replace the default. */
  readonly quarterChosen: boolean;
  readonly lang: Lang;
  readonly files: readonly InputFile[];
  readonly previous: readonly InputFile[];
}

export type BuildState =
  | { readonly step: "idle" }
  | { readonly step: "building"; readonly progress?: BuildProgress }
  | { readonly step: "built"; readonly report: BuiltReport; readonly elapsedMs: number }
  | { readonly step: "failed"; readonly message: string };

export type InsertState =
  | { readonly step: "idle" }
  | { readonly step: "inserting" }
  | { readonly step: "inserted"; readonly result: InsertedReport }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

export type OpenState =
  | { readonly step: "idle" }
  | { readonly step: "opening" }
  | { readonly step: "opened" }
  | { readonly step: "failed"; readonly failure: ExcelFailure };

export interface ConsolidationState {
  readonly form: ConsolidateForm;
  readonly build: BuildState;
  readonly insert: InsertState;
  /** The report opened as a new workbook (Excel.createWorkbook). */
  readonly open: OpenState;
}

export function initialConsolidation(quarter: Quarter, lang: Lang): ConsolidationState {
  return {
    form: { quarter, quarterChosen: false, lang, files: [], previous: [] },
    build: { step: "idle" },
    insert: { step: "idle" },
    open: { step: "idle" },
  };
}
