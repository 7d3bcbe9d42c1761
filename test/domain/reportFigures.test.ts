import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { changesSinceLastQuarter, progressDelta } from "../../src/domain/consolidation/changes";
import { completeness, notReportedReason } from "../../src/domain/consolidation/completeness";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { SubmissionFile } from "../../src/domain/consolidation/types";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import { entry, submissionInput, type EntryCells } from "../support/submissionInput";

const catalogue = bundledCatalogue();
const quarter = "2026-Q3" as Quarter;
const dgc = catalogue.measures.filter((m) => m.lead === "DGC");
const [a, b, c, d, e] = dgc as [(typeof dgc)[0], (typeof dgc)[0], (typeof dgc)[0], (typeof dgc)[0], (typeof dgc)[0]];
const file = (name: string, committee: CommitteeCode, rows: EntryCells[], meta: Record<string, string> = {}): SubmissionFile => ({ file: name, input: submissionInput(name, { committee, ...meta }, rows) });
const line = (model: ReturnType<typeof consolidate>, id: string) => model.measures.find((l) => l.measure.id === id)!;

describe("changes since last quarter", () => {
  const previous = [
    file("q2.xlsx", "DGC", [entry(a, "DGC", { progress: 20 }), entry(b, "DGC", { progress: 60 }), entry(c, "DGC", { progress: 70 }), entry(d, "DGC", { progress: 50 })], { quarter: "2026-Q2" }),
  ];
  const now = [
    file("q3.xlsx", "DGC", [
      entry(a, "DGC", { progress: 45 }),
      entry(b, "DGC", { progress: 40 }),
      entry(c, "DGC", { status: "Completed", progress: 100, actualCompletion: "2026-09-01" }),
      entry(d, "DGC", { status: "Delayed", progress: 50, challenges: "x", nextSteps: "y" }),
    ]),
  ];
  const model = consolidate(now, { quarter, catalogue, previous });
  const changes = changesSinceLastQuarter(model)!;

  test("status moves in catalogue order, newly completed, and same-status progress changes with decreases first", () => {
    expect(changes.statusMoves.map((x) => [x.line.measure.id, x.from, x.to])).toEqual([
      [c.id, "on-track", "completed"],
      [d.id, "on-track", "delayed"],
    ]);
    expect(changes.newlyCompleted.map((x) => x.line.measure.id)).toEqual([c.id]);
    expect(changes.progressMoves.map((x) => [x.line.measure.id, x.delta])).toEqual([
      [b.id, -20],
      [a.id, 25],
    ]);
  });

  test("progress delta needs both quarters' figures; no previous quarter means no changes", () => {
    expect(progressDelta(line(model, a.id))).toBe(25);
    expect(progressDelta(line(model, e.id))).toBeUndefined();
    expect(changesSinceLastQuarter(consolidate(now, { quarter, catalogue }))).toBeUndefined();
  });
});

describe("completeness", () => {
  const joint = catalogue.measures.find((m) => m.lead === "DGC" && m.supporting.includes("DEBC"))!;
  const model = consolidate(
    [
      file("dgc.xlsx", "DGC", [entry(a, "DGC"), { ...entry(b, "DGC"), status: null }, entry(c, "DGC"), entry(c, "DGC")]),
      file("debc.xlsx", "DEBC", [entry(joint, "DEBC")]),
    ],
    { quarter, catalogue },
  );
  const byCommittee = Object.fromEntries(completeness(model).map((r) => [r.committee, r]));

  test("expected = measures led + supported; received counts usable rows; missing lists the rest", () => {
    const dgcRow = byCommittee.DGC!;
    // The bundled catalogue: DGC leads 60 measures and supports 43 others, 103 in all; 3 rows arrived.
    expect(dgcRow).toMatchObject({ led: 60, supported: 43, expected: 103, receivedLead: 3 });
    expect(dgcRow.missing).toHaveLength(100);
    expect(dgcRow.excludedRows).toBe(1); // the duplicate row of c
    expect(dgcRow.files).toEqual(["dgc.xlsx"]);
    expect(byCommittee.DEBC!.receivedSupporting).toBe(1);
    expect(byCommittee.DSC!).toMatchObject({ receivedLead: 0, receivedSupporting: 0, files: [], rate: 0 });
  });

  test.each([
    ["no accepted submission from the lead", () => catalogue.measures.find((m) => m.lead === "DSC")!, "no-submission"],
    ["the lead's file has no row for it", () => e, "no-row"],
    ["the lead's row has no status", () => b, "no-status"],
  ] as const)("not reported because %s", (_name, measure, kind) => {
    expect(notReportedReason(model, line(model, measure().id))?.kind).toBe(kind);
  });

  test("a reported measure has no reason", () => {
    expect(notReportedReason(model, line(model, a.id))).toBeUndefined();
  });
});
