import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { checkFeedback, feedbackFileName, feedbackMismatch, seenText, type Feedback } from "../../src/domain/consolidation/feedback";
import type { SubmissionFile } from "../../src/domain/consolidation/types";
import type { CommitteeCode, MeasureId } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import type { StatusRow } from "../../src/domain/statusSheet/statusRow";
import { entry, submissionInput, type EntryCells } from "../support/submissionInput";

const catalogue = bundledCatalogue();
const quarter = "2026-Q3" as Quarter;
const dgc = catalogue.measures.filter((m) => m.lead === "DGC");
const [m1, m2, m3] = dgc as [(typeof dgc)[0], (typeof dgc)[0], (typeof dgc)[0]];
const dsc = catalogue.measures.find((m) => m.lead === "DSC")!;

const file = (name: string, committee: CommitteeCode, rows: EntryCells[], meta = {}): SubmissionFile => ({ file: name, input: submissionInput(name, { committee, ...meta }, rows) });
const rowsOf = (cells: EntryCells[]): readonly StatusRow[] => submissionInput("x.xlsx", { committee: "DGC" }, cells).rows;
const ctx = { quarter, committee: "DGC" as const, catalogue };

const planted = () =>
  consolidate(
    [
      file("DGC-2026-Q3.xlsx", "DGC", [entry(m1, "DGC", { progress: 150 }), entry(m2, "DGC", { status: "Completed", progress: 60 }), entry(m3, "DGC", { achievements: "=HYPERLINK(\"x\")" })], {
        language: "km",
        submittedAt: "2026-10-05T02:30:00Z",
      }),
      file("DSC-2026-Q3.xlsx", "DSC", [entry(dsc, "DSC")]),
    ],
    { quarter, catalogue },
  );

describe("feedback from consolidation", () => {
  test("one feedback per committee whose submission used has issues, in the workbook's language, naming measure and column", () => {
    const model = planted();
    expect(model.feedback.map((f) => f.header)).toEqual([
      { committee: "DGC", quarter, language: "km", catalogueVersion: catalogue.version, catalogueHash: catalogue.hash, file: "DGC-2026-Q3.xlsx", submittedAt: "2026-10-05T02:30:00Z" },
    ]);
    expect(model.feedback[0]!.items.map((i) => [i.measureId, i.column, i.value, i.rule, i.severity])).toEqual([
      [m1.id, "progress", "150", "progress.range", "error"],
      [m2.id, "progress", "60", "completed.progress", "error"],
      [m2.id, "actualCompletion", "", "completed.date", "error"],
      [m3.id, "achievements", '=HYPERLINK("x")', "text.formula-like", "warning"],
    ]);
    // The committee works in Khmer: so does its feedback.
    expect(model.feedback[0]!.items[0]!.message).toMatch(/[\u1780-\u17ff]/);
    expect(feedbackFileName(model.feedback[0]!.header)).toBe("feedback-2026-Q3-DGC.xlsx");
  });

  test("a superseded submission gets no feedback: only the one used", () => {
    const model = consolidate(
      [
        file("DGC-early.xlsx", "DGC", [entry(m1, "DGC", { progress: 150 })], { submittedAt: "2026-10-01T00:00:00Z" }),
        file("DGC-late.xlsx", "DGC", [entry(m1, "DGC", { status: "Completed", progress: 60 })], { submittedAt: "2026-10-02T00:00:00Z" }),
      ],
      { quarter, catalogue },
    );
    expect(model.feedback.map((f) => [f.header.file, f.items.map((i) => i.rule)])).toEqual([["DGC-late.xlsx", ["completed.progress", "completed.date"]]]);
  });
});

describe("checking feedback against the table as it is now", () => {
  const feedback: Feedback = planted().feedback[0]!;
  const states = (rows: EntryCells[], previous?: Map<MeasureId, { progress: number }>) =>
    checkFeedback(feedback, rowsOf(rows), { ...ctx, ...(previous ? { previous } : {}) }).map((c) => [c.item.measureId, c.item.rule, c.state, c.row]);

  test.each<[string, EntryCells[], (string | number | undefined)[][]]>([
    [
      "nothing corrected",
      [entry(m1, "DGC", { progress: 150 }), entry(m2, "DGC", { status: "Completed", progress: 60 }), entry(m3, "DGC", { achievements: '=HYPERLINK("x")' })],
      [
        [m1.id, "progress.range", "open", 0],
        [m2.id, "completed.progress", "open", 1],
        [m2.id, "completed.date", "open", 1],
        [m3.id, "text.formula-like", "open", 2],
      ],
    ],
    [
      "corrected, and the rows re-sorted: each item follows its measure",
      [entry(m3, "DGC"), entry(m2, "DGC", { status: "Completed", progress: 100, actualCompletion: "2026-09-01" }), entry(m1, "DGC", { progress: 90 })],
      [
        [m1.id, "progress.range", "fixed", 2],
        [m2.id, "completed.progress", "fixed", 1],
        [m2.id, "completed.date", "fixed", 1],
        [m3.id, "text.formula-like", "fixed", 0],
      ],
    ],
    [
      "half corrected, a measure's row deleted",
      [entry(m2, "DGC", { status: "Completed", progress: 100 }), entry(m3, "DGC", { achievements: '=HYPERLINK("x")' })],
      [
        [m1.id, "progress.range", "gone", undefined],
        [m2.id, "completed.progress", "fixed", 0],
        [m2.id, "completed.date", "open", 0],
        [m3.id, "text.formula-like", "open", 1],
      ],
    ],
    [
      "the ID typed in lower case with stray spaces still finds the row",
      [{ ...entry(m1, "DGC", { progress: 150 }), id: ` ${m1.id.toLowerCase()}\u200b ` }],
      [
        [m1.id, "progress.range", "open", 0],
        [m2.id, "completed.progress", "gone", undefined],
        [m2.id, "completed.date", "gone", undefined],
        [m3.id, "text.formula-like", "gone", undefined],
      ],
    ],
  ])("%s", (_name, rows, expected) => expect(states(rows).map((s) => s.map((v) => v ?? undefined))).toEqual(expected));

  test("a rule that compares with last quarter is not called fixed when last quarter is not at hand", () => {
    const withDecrease: Feedback = { ...feedback, items: [{ ...feedback.items[0]!, rule: "progress.decrease", severity: "warning" }] };
    const rows = rowsOf([entry(m1, "DGC", { progress: 30 })]);
    expect(checkFeedback(withDecrease, rows, ctx).map((c) => c.state)).toEqual(["unchecked"]);
    expect(checkFeedback(withDecrease, rows, { ...ctx, previous: new Map([[m1.id, { progress: 50 }]]) }).map((c) => c.state)).toEqual(["open"]);
    expect(checkFeedback(withDecrease, rows, { ...ctx, previous: new Map([[m1.id, { progress: 20 }]]) }).map((c) => c.state)).toEqual(["fixed"]);
  });

  test.each([
    ["the same committee and quarter", "DGC", quarter, undefined],
    ["another committee", "DSC", quarter, /for DGC 2026-Q3 \(made from DGC-2026-Q3\.xlsx\), but this workbook is DSC 2026-Q3/],
    ["another quarter", "DGC", "2026-Q4", /but this workbook is DGC 2026-Q4/],
    ["a workbook without metadata", undefined, undefined, /but this workbook is \? \?/],
  ])("applies to %s?", (_name, committee, q, expected) => {
    const why = feedbackMismatch(feedback.header, { ...(committee ? { committee: committee as CommitteeCode } : {}), ...(q ? { quarter: q as Quarter } : {}) });
    if (!expected) expect(why).toBeUndefined();
    else {
      expect(why!.en).toMatch(expected);
      expect(why!.km).toMatch(/[\u1780-\u17ff]/);
    }
  });

  test.each([
    ["a formula", { value: 3, formula: "1+2" }, "=1+2"],
    ["a percent cell", { value: 0.455, format: "percent" as const }, "45.5%"],
    ["a date cell", { value: 46234, format: "date" as const }, "2026-07-31"],
    ["text", { value: "Bogus" }, "Bogus"],
    ["nothing", undefined, ""],
  ])("the value seen in %s", (_name, cell, text) => expect(seenText(cell)).toBe(text));
});
