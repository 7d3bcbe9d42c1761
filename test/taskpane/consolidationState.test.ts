import type { SubmissionSummary } from "../../src/domain/consolidation/types";
import type { Quarter } from "../../src/domain/periods/periods";
import type { ExcelFailure } from "../../src/excel/errors";
import type { InsertedReport } from "../../src/excel/insertReport";
import { offersOpen, type ReportDestinations } from "../../src/taskpane/consolidate/destinations";
import type { BuildOutcome } from "../../src/taskpane/consolidate/outcome";
import type { BuiltReport, FeedbackFile, InputFile } from "../../src/taskpane/consolidate/protocol";
import { consolidationReducer, type ConsolidationEvent } from "../../src/taskpane/consolidate/reducer";
import { initialConsolidation, type ConsolidationState } from "../../src/taskpane/consolidate/state";

/** The Consolidate panel's state machine, driven event by event without a browser, a worker or Excel. */
const Q2 = "2026-Q2" as Quarter;
const Q3 = "2026-Q3" as Quarter;
const Q4 = "2026-Q4" as Quarter;
const file = (name: string): InputFile => ({ name, size: 10, arrayBuffer: async () => new ArrayBuffer(10) });
const [dgc, debc, dgcAgain] = [file("DGC-2026-Q3.xlsx"), file("DEBC-2026-Q3.xlsx"), file("DGC-2026-Q3.xlsx")];
const lastQuarter = file("NDESC-report-2026-Q2-en.xlsx");
const failure: ExcelFailure = { code: "GeneralException", message: { en: "Excel said no", km: "Excel បដិសេធ" } };
const taken: ExcelFailure = { code: "PolicyTracker.SheetNameTaken", message: { en: "Summary exists", km: "Summary មានរួចហើយ" } };

const line = (name: string, status: SubmissionSummary["status"], more: Partial<SubmissionSummary> = {}): SubmissionSummary => ({ file: name, status, rows: 61, ...more });
const outcome = (submissions: readonly SubmissionSummary[]): BuildOutcome => ({
  quarter: Q3,
  lang: "en",
  catalogueVersion: "bundled",
  submissions,
  accepted: submissions.filter((s) => s.status === "accepted").length,
  previous: [],
  previousAccepted: 0,
  measures: 61,
  byStatus: {} as BuildOutcome["byStatus"],
  issues: { errors: 0, warnings: 2 },
});
const feedbackFile: FeedbackFile = { committee: "DGC" as FeedbackFile["committee"], fileName: "feedback-2026-Q3-DGC.xlsx", items: 2, bytes: new Uint8Array([4]) };
const report: BuiltReport = { outcome: outcome([line("DGC-2026-Q3.xlsx", "accepted")]), bytes: new Uint8Array([1]), withoutCharts: new Uint8Array([2]) };
const withFeedback: BuiltReport = { ...report, feedback: [feedbackFile] };
const superseded: BuiltReport = {
  ...report,
  outcome: outcome([
    line("DGC-2026-Q3 (first).xlsx", "rejected", { committee: "DGC" as SubmissionSummary["committee"], supersededBy: "DGC-2026-Q3.xlsx" }),
    line("DGC-2026-Q3.xlsx", "accepted", { committee: "DGC" as SubmissionSummary["committee"] }),
  ]),
};
const noReport: BuiltReport = { outcome: outcome([line("corrupt.xlsx", "rejected", { rows: 0, reason: { en: "damaged", km: "ខូច" } })]) };
const inserted: InsertedReport = { sheets: ["Summary", "Measures"], charts: 2, replaced: false };

const start = initialConsolidation(Q3, "en");
const run = (events: readonly ConsolidationEvent[], from: ConsolidationState = start): ConsolidationState => events.reduce(consolidationReducer, from);
const built = (r: BuiltReport = report): ConsolidationEvent[] => [{ type: "buildStarted" }, { type: "buildFinished", report: r, elapsedMs: 1200 }];
const picked = (files: readonly InputFile[]): ConsolidationEvent => ({ type: "formChanged", change: { files } });

describe("the Consolidate panel's state, event by event", () => {
  test("it starts with the pane's quarter and language, no file, nothing built, inserted or opened", () => {
    expect(start).toEqual({
      form: { quarter: Q3, quarterChosen: false, lang: "en", files: [], previous: [] },
      build: { step: "idle" },
      insert: { step: "idle" },
      open: { step: "idle" },
    });
  });

  test.each<{ name: string; events: ConsolidationEvent[]; expected: Partial<ConsolidationState> }>([
    // The form
    { name: "files picked", events: [picked([dgc, debc])], expected: { form: { ...start.form, files: [dgc, debc] } } },
    { name: "a second pick replaces the first (as the file picker does)", events: [picked([dgc]), picked([debc])], expected: { form: { ...start.form, files: [debc] } } },
    { name: "files cleared", events: [picked([dgc, debc]), picked([])], expected: { form: { ...start.form, files: [] } } },
    {
      name: "two files of the same name are both kept, in order: the build says what became of each",
      events: [picked([dgc, debc, dgcAgain])],
      expected: { form: { ...start.form, files: [dgc, debc, dgcAgain] } },
    },
    {
      name: "last quarter's files are a list of their own",
      events: [picked([dgc]), { type: "formChanged", change: { previous: [lastQuarter] } }],
      expected: { form: { ...start.form, files: [dgc], previous: [lastQuarter] } },
    },
    { name: "the report's language", events: [{ type: "formChanged", change: { lang: "km" } }], expected: { form: { ...start.form, lang: "km" } } },
    { name: "the workbook's quarter replaces the pane's guess", events: [{ type: "workbookQuarterRead", quarter: Q2 }], expected: { form: { ...start.form, quarter: Q2 } } },
    {
      name: "a quarter the secretariat picked is not replaced by the workbook's",
      events: [{ type: "formChanged", change: { quarter: Q4, quarterChosen: true } }, { type: "workbookQuarterRead", quarter: Q2 }],
      expected: { form: { ...start.form, quarter: Q4, quarterChosen: true } },
    },
    // The build
    { name: "build started", events: [{ type: "buildStarted" }], expected: { build: { step: "building" } } },
    {
      name: "build progress: file i of n, then the writing",
      events: [
        { type: "buildStarted" },
        { type: "buildProgressed", progress: { phase: "reading", file: 1, of: 2, name: "DGC-2026-Q3.xlsx" } },
        { type: "buildProgressed", progress: { phase: "writing" } },
      ],
      expected: { build: { step: "building", progress: { phase: "writing" } } },
    },
    {
      name: "progress after the build ended changes nothing",
      events: [...built(), { type: "buildProgressed", progress: { phase: "writing" } }],
      expected: { build: { step: "built", report, elapsedMs: 1200 } },
    },
    { name: "build finished: the report and how long it took", events: built(), expected: { build: { step: "built", report, elapsedMs: 1200 } } },
    {
      name: "build finished with no usable file: what each file said, no report",
      events: built(noReport),
      expected: { build: { step: "built", report: noReport, elapsedMs: 1200 } },
    },
    {
      name: "superseded files: the earlier submission kept as rejected, naming the file used instead",
      events: built(superseded),
      expected: { build: { step: "built", report: superseded, elapsedMs: 1200 } },
    },
    { name: "feedback files come with the report", events: built(withFeedback), expected: { build: { step: "built", report: withFeedback, elapsedMs: 1200 } } },
    { name: "build failed", events: [{ type: "buildStarted" }, { type: "buildFailed", message: "the worker stopped" }], expected: { build: { step: "failed", message: "the worker stopped" } } },
    {
      name: "a failed build dismissed",
      events: [{ type: "buildStarted" }, { type: "buildFailed", message: "no" }, { type: "buildFailureDismissed" }],
      expected: { build: { step: "idle" } },
    },
    { name: "dismissing a failure there is not keeps the report", events: [...built(), { type: "buildFailureDismissed" }], expected: { build: { step: "built", report, elapsedMs: 1200 } } },
    {
      name: "a changed choice keeps the last report on screen",
      events: [...built(), { type: "formChanged", change: { quarter: Q4, quarterChosen: true, lang: "km" } }],
      expected: { build: { step: "built", report, elapsedMs: 1200 }, form: { ...start.form, quarter: Q4, quarterChosen: true, lang: "km" } },
    },
    // Where the report goes
    { name: "insert started", events: [...built(), { type: "insertStarted" }], expected: { insert: { step: "inserting" } } },
    {
      name: "inserted: its sheets and charts",
      events: [...built(), { type: "insertStarted" }, { type: "insertFinished", outcome: { ok: true, value: inserted } }],
      expected: { insert: { step: "inserted", result: inserted } },
    },
    {
      name: "insert refused: the failure with its code, until dismissed",
      events: [...built(), { type: "insertStarted" }, { type: "insertFinished", outcome: { ok: false, failure: taken } }],
      expected: { insert: { step: "failed", failure: taken } },
    },
    {
      name: "an insert failure dismissed",
      events: [...built(), { type: "insertFinished", outcome: { ok: false, failure: taken } }, { type: "insertFailureDismissed" }],
      expected: { insert: { step: "idle" } },
    },
    { name: "opening as a new workbook (createWorkbook)", events: [...built(), { type: "openStarted" }], expected: { open: { step: "opening" } } },
    {
      name: "opened as a new workbook",
      events: [...built(), { type: "openStarted" }, { type: "openFinished", outcome: { ok: true, value: undefined } }],
      expected: { open: { step: "opened" } },
    },
    {
      name: "opening refused by Excel",
      events: [...built(), { type: "openStarted" }, { type: "openFinished", outcome: { ok: false, failure } }],
      expected: { open: { step: "failed", failure } },
    },
    {
      name: "an open failure dismissed",
      events: [...built(), { type: "openFinished", outcome: { ok: false, failure } }, { type: "openFailureDismissed" }],
      expected: { open: { step: "idle" } },
    },
    // A new build
    {
      name: "a new build drops the last report and where it went (reset for the new one)",
      events: [
        ...built(withFeedback),
        { type: "insertFinished", outcome: { ok: false, failure: taken } },
        { type: "openFinished", outcome: { ok: true, value: undefined } },
        { type: "buildStarted" },
      ],
      expected: { build: { step: "building" }, insert: { step: "idle" }, open: { step: "idle" } },
    },
    {
      name: "a new build keeps the form",
      events: [picked([dgc, dgcAgain]), { type: "formChanged", change: { previous: [lastQuarter], lang: "km" } }, ...built()],
      expected: { form: { ...start.form, files: [dgc, dgcAgain], previous: [lastQuarter], lang: "km" } },
    },
  ])("$name", ({ events, expected }) => {
    const state = run(events);
    for (const [key, value] of Object.entries(expected)) expect([key, state[key as keyof ConsolidationState]]).toEqual([key, value]);
  });

  describe("on a Mac (no download): where the report can go, as the panel offers it", () => {
    const mac: ReportDestinations = { download: false, insert: "available", open: true };
    const offered = (state: ConsolidationState) => offersOpen(mac, state.insert.step === "failed");

    test("insert chosen and done: the report is in the workbook", () => {
      const state = run([...built(), { type: "insertStarted" }, { type: "insertFinished", outcome: { ok: true, value: inserted } }]);
      expect(state.insert).toEqual({ step: "inserted", result: inserted });
      expect(state.open).toEqual({ step: "idle" });
    });

    test("insert refused: the report opens as a new workbook instead", () => {
      const refused = run([...built(), { type: "insertStarted" }, { type: "insertFinished", outcome: { ok: false, failure: taken } }]);
      expect(offered(refused)).toBe(true);
      const opened = run([{ type: "openStarted" }, { type: "openFinished", outcome: { ok: true, value: undefined } }], refused);
      expect(opened).toMatchObject({ insert: { step: "failed", failure: taken }, open: { step: "opened" } });
    });

    test("createWorkbook refused too: both failures are shown, each dismissed on its own", () => {
      const both = run([
        ...built(),
        { type: "insertFinished", outcome: { ok: false, failure: taken } },
        { type: "openStarted" },
        { type: "openFinished", outcome: { ok: false, failure } },
      ]);
      expect(both).toMatchObject({ insert: { step: "failed" }, open: { step: "failed", failure } });
      expect(run([{ type: "openFailureDismissed" }], both)).toMatchObject({ insert: { step: "failed" }, open: { step: "idle" } });
    });

    test("a committee's feedback file opens as a new workbook by the same steps", () => {
      const state = run([...built(withFeedback), { type: "openStarted" }, { type: "openFinished", outcome: { ok: true, value: undefined } }]);
      expect(state.build).toMatchObject({ step: "built", report: { feedback: [feedbackFile] } });
      expect(state.open).toEqual({ step: "opened" });
    });
  });

  test("events never change the state they are given", () => {
    const before = run([picked([dgc]), ...built(withFeedback), { type: "insertFinished", outcome: { ok: false, failure: taken } }]);
    const frozen = JSON.stringify(before);
    run(
      [
        { type: "formChanged", change: { files: [], lang: "km" } },
        { type: "workbookQuarterRead", quarter: Q2 },
        { type: "insertFailureDismissed" },
        { type: "openStarted" },
        { type: "buildStarted" },
        { type: "buildFailed", message: "no" },
      ],
      before,
    );
    expect(JSON.stringify(before)).toBe(frozen);
  });
});
