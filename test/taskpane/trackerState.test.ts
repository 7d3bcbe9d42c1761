import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Catalogue } from "../../src/domain/catalogue/catalogue";
import type { Quarter } from "../../src/domain/periods/periods";
import { problem, type Problem } from "../../src/domain/rules/problems";
import type { ExcelFailure } from "../../src/excel/errors";
import type { PrepareResult } from "../../src/excel/prepareSubmission";
import { afterLiveUpdate } from "../../src/taskpane/liveIssues";
import {
  INITIAL_TRACKER,
  currentCatalogue,
  knownCatalogues,
  trackerReducer,
  type SetUpDone,
  type TrackerCore,
  type TrackerEvent,
} from "../../src/taskpane/tracker/trackerState";

/** The pane's state machine, driven event by event without a browser. */
const bundled = bundledCatalogue();
const imported: Catalogue = { ...bundled, version: "official-2026-11-22", hash: "f".repeat(64) };
const Q3 = "2026-Q3" as Quarter;
const Q4 = "2026-Q4" as Quarter;
const at = (cell: string, code = "status.required"): Problem => problem(code, { en: code, km: code }, { sheet: "Status", cell });
const failure: ExcelFailure = { code: "GeneralException", message: { en: "Excel said no", km: "Excel បដិសេធ" } };
const setUp: SetUpDone = {
  rows: 61,
  measures: 61,
  orphans: [],
  dropped: [],
  carried: 0,
  refreshed: false,
  choice: { catalogue: bundled, committee: "DGC", quarter: Q3, lang: "en" },
} as unknown as SetUpDone;
const submitted: PrepareResult = { submitted: false, problems: [at("F9"), at("F4")], marked: 2 };

const run = (events: readonly TrackerEvent[], from: TrackerCore = INITIAL_TRACKER): TrackerCore => events.reduce(trackerReducer, from);
const checked = (...problems: Problem[]): TrackerEvent => ({ type: "checked", verdict: { problems, quarter: Q3 } });

describe("the pane's state, event by event", () => {
  test.each<{ name: string; events: TrackerEvent[]; expected: Partial<TrackerCore> }>([
    { name: "an action runs: busy, then not", events: [{ type: "started", activity: "validate" }], expected: { busy: "validate" } },
    { name: "an action ends", events: [{ type: "started", activity: "validate" }, { type: "finished" }], expected: { busy: undefined } },
    {
      name: "a failure is kept per action until the action succeeds",
      events: [{ type: "failed", activity: "setUp", failure }, { type: "failed", activity: "prepare", failure }, { type: "succeeded", activity: "setUp" }],
      expected: { failures: { prepare: failure } },
    },
    { name: "a failure is dismissed", events: [{ type: "failed", activity: "live", failure }, { type: "dismissed", activity: "live" }], expected: { failures: {} } },
    {
      name: "set up: the result and the quarter kept, the issue list and the submission are stale",
      events: [checked(at("F4")), { type: "submitted", result: submitted }, { type: "setUpDone", setUp }],
      expected: { setUp, workbookQuarter: Q3, issues: { checked: false }, submission: undefined },
    },
    {
      name: "a set-up asked for makes the last quarter change's result moot",
      events: [{ type: "nextQuarterDone", result: { from: Q3, to: Q4, cleared: [], rows: 61 } }, { type: "setUpRequested" }],
      expected: { nextQuarter: undefined, workbookQuarter: Q4 },
    },
    {
      name: "validate: the issues in sheet order, the workbook's quarter learnt",
      events: [checked(at("F9"), at("B4"), at("F4"))],
      expected: { issues: { checked: true, problems: [at("B4"), at("F4"), at("F9")] }, workbookQuarter: Q3 },
    },
    {
      name: "a live update replaces the issues of the rows it checked and keeps the others",
      events: [
        checked(at("F4"), at("F5"), at("F6")),
        { type: "liveUpdated", fold: afterLiveUpdate, update: { full: false, sheet: "Status", rows: [1], sheetRows: [4], problems: [at("G5", "progress.range")] } },
      ],
      expected: { issues: { checked: true, problems: [at("F4"), at("G5", "progress.range"), at("F6")] } },
    },
    {
      name: "a live update of some rows says nothing about an unchecked table",
      events: [{ type: "liveUpdated", fold: afterLiveUpdate, update: { full: false, sheet: "Status", rows: [1], sheetRows: [4], problems: [at("G5")] } }],
      expected: { issues: { checked: false } },
    },
    {
      name: "a full live update replaces every issue",
      events: [checked(at("F4")), { type: "liveUpdated", fold: afterLiveUpdate, update: { full: true, sheet: "Status", rows: [], sheetRows: [], problems: [at("F7")] } }],
      expected: { issues: { checked: true, problems: [at("F7")] } },
    },
    { name: "live validation switched on and off", events: [{ type: "liveSwitched", on: true }, { type: "liveSwitched", on: false }], expected: { live: false } },
    {
      name: "submit: the result and its problems, in sheet order",
      events: [{ type: "submitted", result: submitted }],
      expected: { submission: submitted, issues: { checked: true, problems: [at("F4"), at("F9")] } },
    },
    {
      name: "next quarter: the result and the new quarter; the issue list and the submission are stale",
      events: [checked(at("F4")), { type: "submitted", result: submitted }, { type: "nextQuarterDone", result: { from: Q3, to: Q4, cleared: ["status"], rows: 61 } }],
      expected: { nextQuarter: { from: Q3, to: Q4, cleared: ["status"], rows: 61 }, workbookQuarter: Q4, issues: { checked: false }, submission: undefined },
    },
    {
      name: "an imported catalogue is used and its result shown",
      events: [{ type: "bundledLoaded", catalogue: bundled }, { type: "imported", result: { file: "plan.csv", catalogue: imported, problems: [], rowsRead: 139, accepted: 139 } }],
      expected: { bundled, imported },
    },
    {
      name: "an import with no usable row keeps the catalogue in use",
      events: [{ type: "imported", result: { file: "bad.csv", problems: [], rowsRead: 0, accepted: 0 } }],
      expected: { imported: undefined, importResult: { file: "bad.csv", problems: [], rowsRead: 0, accepted: 0 } },
    },
    { name: "an import the browser could not keep is said", events: [{ type: "importKept", kept: false }], expected: { importNotKept: true } },
    {
      name: "the kept catalogue loads late: an import made meanwhile wins",
      events: [{ type: "imported", result: { file: "plan.csv", catalogue: imported, problems: [], rowsRead: 1, accepted: 1 } }, { type: "storedLoaded", catalogue: bundled }],
      expected: { imported },
    },
    {
      name: "back to the bundled catalogue",
      events: [{ type: "imported", result: { file: "p.csv", catalogue: imported, problems: [], rowsRead: 1, accepted: 1 } }, { type: "importKept", kept: false }, { type: "bundledChosen" }],
      expected: { imported: undefined, importResult: undefined, importNotKept: false },
    },
    { name: "the bundled catalogue did not load", events: [{ type: "bundledFailed", message: "chunk missing" }], expected: { catalogueLoadError: "chunk missing" } },
  ])("$name", ({ events, expected }) => {
    const state = run(events);
    for (const [key, value] of Object.entries(expected)) expect([key, state[key as keyof TrackerCore]]).toEqual([key, value]);
  });

  test("the catalogue in use: the imported one, else the bundled one; checks accept both, once each", () => {
    const withBoth = run([{ type: "bundledLoaded", catalogue: bundled }, { type: "storedLoaded", catalogue: imported }]);
    expect(currentCatalogue(withBoth)).toBe(imported);
    expect(knownCatalogues(withBoth)).toEqual([imported, bundled]);
    const bundledOnly = run([{ type: "bundledLoaded", catalogue: bundled }, { type: "storedLoaded", catalogue: bundled }]);
    expect(knownCatalogues(bundledOnly)).toEqual([bundled]);
    expect(currentCatalogue(INITIAL_TRACKER)).toBeUndefined();
  });

  test("events never change the state they are given", () => {
    const before = run([checked(at("F4")), { type: "failed", activity: "setUp", failure }]);
    const frozen = JSON.stringify(before);
    run([{ type: "succeeded", activity: "setUp" }, { type: "setUpDone", setUp }, { type: "bundledChosen" }], before);
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
