import type { Quarter } from "../../domain/periods/periods";
import type { ExcelOutcome } from "../../excel/errors";
import type { InsertedReport } from "../../excel/insertReport";
import type { BuildProgress, BuiltReport } from "./protocol";
import type { ConsolidateForm, ConsolidationState } from "./state";

/**
 * What happens on the Consolidate panel, one event at a time. The panel and its actions dispatch
 * these; `consolidationReducer` is the only code that changes the state, so every transition can
 * be tested without a browser, a worker or Excel.
 */
export type ConsolidationEvent =
  /** The secretariat's choices: quarter, report language, this quarter's files, last quarter's files. */
  | { readonly type: "formChanged"; readonly change: Partial<ConsolidateForm> }
  /** The open workbook's own quarter: a better default than the pane's guess, until one is picked. */
  | { readonly type: "workbookQuarterRead"; readonly quarter: Quarter }
  | { readonly type: "buildStarted" }
  | { readonly type: "buildProgressed"; readonly progress: BuildProgress }
  | { readonly type: "buildFinished"; readonly report: BuiltReport; readonly elapsedMs: number }
  | { readonly type: "buildFailed"; readonly message: string }
  | { readonly type: "buildFailureDismissed" }
  | { readonly type: "insertStarted" }
  | { readonly type: "insertFinished"; readonly outcome: ExcelOutcome<InsertedReport> }
  | { readonly type: "insertFailureDismissed" }
  /** The report or a feedback file opened as a new workbook (Excel.createWorkbook): Mac, iPad, a refused insert. */
  | { readonly type: "openStarted" }
  | { readonly type: "openFinished"; readonly outcome: ExcelOutcome<void> }
  | { readonly type: "openFailureDismissed" };

export function consolidationReducer(state: ConsolidationState, event: ConsolidationEvent): ConsolidationState {
  switch (event.type) {
    // The last report stays on screen until the next build: a changed choice does not make it wrong.
    case "formChanged":
      return { ...state, form: { ...state.form, ...event.change } };
    case "workbookQuarterRead":
      return state.form.quarterChosen ? state : { ...state, form: { ...state.form, quarter: event.quarter } };
    // A new build makes the last report, and where it went, moot.
    case "buildStarted":
      return { ...state, build: { step: "building" }, insert: { step: "idle" }, open: { step: "idle" } };
    case "buildProgressed":
      return state.build.step === "building" ? { ...state, build: { step: "building", progress: event.progress } } : state;
    case "buildFinished":
      return { ...state, build: { step: "built", report: event.report, elapsedMs: event.elapsedMs } };
    case "buildFailed":
      return { ...state, build: { step: "failed", message: event.message } };
    case "buildFailureDismissed":
      return state.build.step === "failed" ? { ...state, build: { step: "idle" } } : state;
    case "insertStarted":
      return { ...state, insert: { step: "inserting" } };
    case "insertFinished":
      return { ...state, insert: event.outcome.ok ? { step: "inserted", result: event.outcome.value } : { step: "failed", failure: event.outcome.failure } };
    case "insertFailureDismissed":
      return { ...state, insert: { step: "idle" } };
    case "openStarted":
      return { ...state, open: { step: "opening" } };
    case "openFinished":
      return { ...state, open: event.outcome.ok ? { step: "opened" } : { step: "failed", failure: event.outcome.failure } };
    case "openFailureDismissed":
      return { ...state, open: { step: "idle" } };
  }
}
