import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { Quarter } from "../../domain/periods/periods";
import type { Problem } from "../../domain/rules/problems";
import type { ExcelFailure } from "../../excel/errors";
import type { LiveUpdate } from "../../excel/liveValidation";
import type { PrepareResult } from "../../excel/prepareSubmission";
import type { SetUpResult } from "../../excel/setUpStatusWorkbook";
import type { NextQuarterResult } from "../../excel/startNextQuarter";
import type { CatalogueFileResult } from "../catalogueFile";
import type { SetUpChoice } from "../gateway";
import { UNCHECKED, inSheetOrder, type IssueState } from "../issues";

/** What the pane may be doing; one action at a time, shown with a spinner where it was asked for. */
export type Activity = "setUp" | "validate" | "live" | "select" | "prepare" | "nextQuarter" | "import";

export interface SetUpDone extends SetUpResult {
  readonly choice: SetUpChoice;
}

/** The pane's state: one value, changed only by `trackerReducer`, so every transition can be tested without a browser. */
export interface TrackerCore {
  readonly busy?: Activity;
  /** The last failure of each action, until it is dismissed or the action succeeds. */
  readonly failures: Partial<Record<Activity, ExcelFailure>>;
  readonly setUp?: SetUpDone;
  readonly issues: IssueState;
  readonly live: boolean;
  readonly submission?: PrepareResult;
  readonly nextQuarter?: NextQuarterResult;
  /** The workbook's quarter, as far as the last set-up, check or quarter change told us. */
  readonly workbookQuarter?: Quarter;
  /** The catalogue shipped with the add-in; undefined while it loads. */
  readonly bundled?: Catalogue;
  readonly imported?: Catalogue;
  readonly importResult?: CatalogueFileResult;
  /** The imported catalogue could not be kept for later sessions. */
  readonly importNotKept: boolean;
  /** The bundled catalogue did not load (the add-in's files are incomplete). */
  readonly catalogueLoadError?: string;
}

/** A table check's result, from any of the paths that check: on demand, before live watching, before a new quarter. */
export interface Checked {
  readonly problems: readonly Problem[];
  readonly quarter?: Quarter;
}

export type TrackerEvent =
  | { readonly type: "bundledLoaded"; readonly catalogue: Catalogue }
  | { readonly type: "bundledFailed"; readonly message: string }
  /** The catalogue kept from an earlier import; an import made meanwhile wins. */
  | { readonly type: "storedLoaded"; readonly catalogue: Catalogue }
  | { readonly type: "started"; readonly activity: Activity }
  | { readonly type: "finished" }
  | { readonly type: "failed"; readonly activity: Activity; readonly failure: ExcelFailure }
  | { readonly type: "succeeded"; readonly activity: Activity }
  | { readonly type: "dismissed"; readonly activity: Activity }
  /** A new set-up makes the last quarter change's result moot, whatever the set-up's outcome. */
  | { readonly type: "setUpRequested" }
  | { readonly type: "setUpDone"; readonly setUp: SetUpDone }
  | { readonly type: "checked"; readonly verdict: Checked }
  /**
   * A live check's result, with the fold that merges it into the list (`afterLiveUpdate`): it
   * arrives with the gateway's chunk, so the pane's first load does not carry it.
   */
  | { readonly type: "liveUpdated"; readonly update: LiveUpdate; readonly fold: (issues: IssueState, update: LiveUpdate) => IssueState }
  | { readonly type: "liveSwitched"; readonly on: boolean }
  | { readonly type: "submitted"; readonly result: PrepareResult }
  | { readonly type: "nextQuarterDone"; readonly result: NextQuarterResult }
  | { readonly type: "imported"; readonly result: CatalogueFileResult }
  | { readonly type: "importKept"; readonly kept: boolean }
  | { readonly type: "bundledChosen" };

export const INITIAL_TRACKER: TrackerCore = { failures: {}, issues: UNCHECKED, live: false, importNotKept: false };

function without<K extends keyof TrackerCore>(state: TrackerCore, ...keys: K[]): TrackerCore {
  const next = { ...state };
  for (const key of keys) delete next[key];
  return next;
}

/** After the add-in rewrote the table, what the pane knew about its issues and submission is stale. */
const tableRewritten = (state: TrackerCore): TrackerCore => ({ ...without(state, "submission"), issues: UNCHECKED });

const withQuarter = (state: TrackerCore, quarter: Quarter | undefined): TrackerCore => (quarter ? { ...state, workbookQuarter: quarter } : state);

export function trackerReducer(state: TrackerCore, event: TrackerEvent): TrackerCore {
  switch (event.type) {
    case "bundledLoaded":
      return { ...state, bundled: event.catalogue };
    case "bundledFailed":
      return { ...state, catalogueLoadError: event.message };
    case "storedLoaded":
      return state.imported ? state : { ...state, imported: event.catalogue };
    case "started":
      return { ...state, busy: event.activity };
    case "finished":
      return without(state, "busy");
    case "failed":
      return { ...state, failures: { ...state.failures, [event.activity]: event.failure } };
    case "succeeded":
    case "dismissed": {
      if (!(event.activity in state.failures)) return state;
      const failures = { ...state.failures };
      delete failures[event.activity];
      return { ...state, failures };
    }
    case "setUpRequested":
      return without(state, "nextQuarter");
    case "setUpDone":
      return tableRewritten({ ...state, setUp: event.setUp, workbookQuarter: event.setUp.choice.quarter });
    case "checked":
      return withQuarter({ ...state, issues: { checked: true, problems: inSheetOrder(event.verdict.problems) } }, event.verdict.quarter);
    case "liveUpdated":
      return { ...state, issues: event.fold(state.issues, event.update) };
    case "liveSwitched":
      return { ...state, live: event.on };
    case "submitted":
      return { ...state, submission: event.result, issues: { checked: true, problems: inSheetOrder(event.result.problems) } };
    case "nextQuarterDone":
      return tableRewritten({ ...state, nextQuarter: event.result, workbookQuarter: event.result.to });
    case "imported":
      return event.result.catalogue ? { ...state, importResult: event.result, imported: event.result.catalogue } : { ...state, importResult: event.result };
    case "importKept":
      return { ...state, importNotKept: !event.kept };
    case "bundledChosen":
      return { ...without(state, "imported", "importResult"), importNotKept: false };
  }
}

/** The catalogue Set up uses: the imported one when there is one; undefined while loading. */
export function currentCatalogue(state: TrackerCore): Catalogue | undefined {
  return state.imported ?? state.bundled;
}

/** A workbook may have been set up from either catalogue: checks accept both (matched by hash). */
export function knownCatalogues(state: TrackerCore): Catalogue[] {
  const all = [state.imported, state.bundled];
  return all.filter((c, i): c is Catalogue => c !== undefined && all.findIndex((o) => o?.hash === c.hash) === i);
}
