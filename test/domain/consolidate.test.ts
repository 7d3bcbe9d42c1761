import fc from "fast-check";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { checkSession, mergeLatestStamps, type CheckedFile } from "../../src/domain/consolidation/checkedFile";
import { consolidate, startConsolidation } from "../../src/domain/consolidation/consolidate";
import { reportSummary } from "../../src/domain/consolidation/summary";
import type { SubmissionFile } from "../../src/domain/consolidation/types";
import type { Quarter } from "../../src/domain/periods/periods";
import type { CommitteeCode } from "../../src/domain/ids";
import { entry, submissionInput } from "../support/submissionInput";

const catalogue = bundledCatalogue();
const quarter = "2026-Q3" as Quarter;
const joint = catalogue.measures.find((m) => m.lead === "DGC" && m.supporting.includes("DEBC"))!;
const dgcOnly = catalogue.measures.find((m) => m.lead === "DGC" && m !== joint)!;
const dsc = catalogue.measures.find((m) => m.lead === "DSC")!;

const file = (name: string, committee: CommitteeCode, rows: ReturnType<typeof entry>[], meta = {}): SubmissionFile => ({
  file: name,
  input: submissionInput(name, { committee, ...meta }, rows),
});
const run = (files: SubmissionFile[], previous?: SubmissionFile[]) => consolidate(files, { quarter, catalogue, ...(previous ? { previous } : {}) });
/** The reference: every file checked in full (the rules over every row), one at a time. */
const oneByOne = (files: readonly SubmissionFile[]) => {
  const consolidation = startConsolidation({ quarter, catalogue });
  for (const f of files) consolidation.add(f);
  return consolidation.finish();
};
const line = (model: ReturnType<typeof run>, id: string) => model.measures.find((l) => l.measure.id === id)!;

describe("consolidation", () => {
  test("the lead committee's entry is authoritative; the supporting entry appears beside it", () => {
    const model = run([
      file("dgc.xlsx", "DGC", [entry(joint, "DGC", { status: "At risk", challenges: "c", nextSteps: "n", progress: 40 })]),
      file("debc.xlsx", "DEBC", [entry(joint, "DEBC", { status: "On track", progress: 45 })]),
    ]);
    const l = line(model, joint.id);
    expect(l.status).toBe("at-risk");
    expect(l.lead!.committee).toBe("DGC");
    expect(l.supporting.map((s) => [s.committee, s.entry.status])).toEqual([["DEBC", "on-track"]]);
    expect(l.disagreements.map((d) => d.en)).toEqual(['DEBC reports "On track", DGC (lead) "At risk"']);
  });

  test.each([
    ["same status, close progress: no disagreement", { status: "On track", progress: 50 }, 0],
    ["progress 25 points apart", { status: "On track", progress: 75 }, 1],
    ["different status and far progress", { status: "Delayed", challenges: "c", nextSteps: "n", progress: 90 }, 2],
  ])("%s", (_name, supportingEntry, disagreements) => {
    const model = run([file("dgc.xlsx", "DGC", [entry(joint, "DGC")]), file("debc.xlsx", "DEBC", [entry(joint, "DEBC", supportingEntry)])]);
    expect(line(model, joint.id).disagreements).toHaveLength(disagreements);
  });

  test("measures with no entry, or whose lead did not report, are Not reported", () => {
    const model = run([file("debc.xlsx", "DEBC", [entry(joint, "DEBC")])]);
    expect(line(model, joint.id).status).toBe("not-reported");
    expect(line(model, joint.id).supporting).toHaveLength(1);
    expect(line(model, dsc.id).status).toBe("not-reported");
    expect(reportSummary(model).measures.byStatus["not-reported"]).toBe(139);
  });

  test("two submissions for one committee: the later stamp wins, the other is one superseded line, not data issues", () => {
    const model = run([
      file("dgc-late.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 70 })], { submittedAt: "2026-10-05T09:00:00Z" }),
      file("dgc-early.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 20 })], { submittedAt: "2026-10-01T09:00:00Z" }),
    ]);
    expect(line(model, dgcOnly.id).lead!.entry.progress).toBe(70);
    expect(model.submissions.map((s) => [s.file, s.status])).toEqual([
      ["dgc-late.xlsx", "accepted"],
      ["dgc-early.xlsx", "rejected"],
    ]);
    expect(model.submissions[1]!.reason!.en).toMatch(/superseded by the later submission dgc-late\.xlsx/);
    expect(model.submissions[1]!.supersededBy).toBe("dgc-late.xlsx");
    expect(model.rows.map((r) => [r.file, r.outcome])).toEqual([
      ["dgc-early.xlsx", "superseded"],
      ["dgc-late.xlsx", "used"],
    ]);
    expect(model.issues).toEqual([]);
  });

  test.each([
    // As text, "…T16:00+07:00" sorts after "…T10:00Z"; as instants it is an hour earlier.
    ["an offset", "2026-10-06T16:00:00+07:00", "2026-10-06T10:00:00Z"],
    ["a date without a time against a time the day before, west of UTC", "2026-10-06", "2026-10-05T23:30:00-05:00"],
    ["fractions of a second and a half-hour zone", "2026-10-06T09:00:00.9+00:30", "2026-10-06T09:00:00.1Z"],
    ["no stamp against any stamp", "", "2021-01-01T00:00:00Z"],
    ["an unreadable stamp against any stamp", "yesterday", "2021-01-01T00:00:00Z"],
  ])("stamps are compared as instants: %s", (_name, earlier, later) => {
    const dgc = (name: string, progress: number, submittedAt: string) => file(name, "DGC", [entry(dgcOnly, "DGC", { progress })], { submittedAt });
    const model = run([dgc("z-earlier.xlsx", 20, earlier), dgc("a-later.xlsx", 70, later)]);
    expect(line(model, dgcOnly.id).lead!.file).toBe("a-later.xlsx");
    expect(model.submissions.map((s) => [s.file, s.supersededBy])).toEqual([
      ["z-earlier.xlsx", "a-later.xlsx"],
      ["a-later.xlsx", undefined],
    ]);
  });

  test("a superseded submission's rule findings are not the report's data issues; the used one's are", () => {
    const model = run([
      file("dgc-early.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 150 }), { ...entry(dgcOnly, "DGC"), id: "G9-99" }], { submittedAt: "2026-10-01T09:00:00Z" }),
      file("dgc-late.xlsx", "DGC", [entry(dgcOnly, "DGC", { status: "Completed", progress: 60 })], { submittedAt: "2026-10-05T09:00:00Z" }),
    ]);
    expect(model.issues.map((p) => [p.where.file, p.code])).toEqual([
      ["dgc-late.xlsx", "completed.progress"],
      ["dgc-late.xlsx", "completed.date"],
    ]);
    expect(reportSummary(model).rows).toEqual({ total: 3, used: 1, supporting: 0, excluded: 2, superseded: 2 });
  });

  test("what moved between the superseded and the used submission, per committee", () => {
    const other = catalogue.measures.filter((m) => m.lead === "DGC" && m !== joint && m !== dgcOnly)[0]!;
    const dropped = catalogue.measures.filter((m) => m.lead === "DGC" && m !== joint && m !== dgcOnly)[1]!;
    const model = run([
      file("dgc-1.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 10 })], { submittedAt: "2026-10-01T09:00:00Z" }),
      file("dgc-3.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 60 }), entry(other, "DGC", { status: "At risk", challenges: "c", nextSteps: "n", progress: 30 }), entry(joint, "DGC")], {
        submittedAt: "2026-10-03T09:00:00Z",
      }),
      file("dgc-2.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 40 }), entry(other, "DGC", { progress: 30 }), entry(joint, "DGC"), entry(dropped, "DGC")], {
        submittedAt: "2026-10-02T09:00:00Z",
      }),
      file("debc.xlsx", "DEBC", [entry(joint, "DEBC")]),
    ]);
    expect(model.resubmissions).toHaveLength(1);
    const r = model.resubmissions[0]!;
    expect(r).toMatchObject({ committee: "DGC", used: { file: "dgc-3.xlsx" }, replaced: { file: "dgc-2.xlsx", submittedAt: "2026-10-02T09:00:00Z" }, supersededFiles: 2 });
    expect(r.moves.map((m) => [m.measure.id, m.replaced, m.used])).toEqual(
      [
        [dgcOnly.id, { status: "on-track", progress: 40 }, { status: "on-track", progress: 60 }],
        [other.id, { status: "on-track", progress: 30 }, { status: "at-risk", progress: 30 }],
        [dropped.id, { status: "on-track", progress: 50 }, undefined],
      ].sort((a, b) => catalogue.measures.findIndex((m) => m.id === a[0]) - catalogue.measures.findIndex((m) => m.id === b[0])),
    );
  });

  test("four submissions from one committee, in no particular order: each superseded one names the file used instead", () => {
    const dgc = (name: string, progress: number, submittedAt: string) => file(name, "DGC", [entry(dgcOnly, "DGC", { progress })], { submittedAt });
    const model = run([dgc("b.xlsx", 40, "2026-10-02T09:00:00Z"), dgc("c.xlsx", 70, "2026-10-03T09:00:00Z"), dgc("a.xlsx", 20, "2026-10-01T09:00:00Z"), dgc("d.xlsx", 10, "2026-10-02T09:00:00Z")]);
    expect(line(model, dgcOnly.id).lead!.entry.progress).toBe(70);
    expect(model.submissions.map((s) => [s.file, s.status, s.reason?.en ?? ""])).toEqual([
      ["b.xlsx", "rejected", "superseded by the later submission c.xlsx"],
      ["c.xlsx", "accepted", ""],
      ["a.xlsx", "rejected", "superseded by the later submission c.xlsx"],
      ["d.xlsx", "rejected", "superseded by the later submission c.xlsx"],
    ]);
    expect(model.submissions.map((s) => s.supersededBy)).toEqual(["c.xlsx", undefined, "c.xlsx", "c.xlsx"]);
    expect(model.issues).toEqual([]);
  });

  test("add() keeps what the report needs: a file's rows may be emptied once it is added", () => {
    const files = () => [
      file("dgc-late.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 70 }), { ...entry(dgcOnly, "DGC"), id: "G9-99" }], { submittedAt: "2026-10-05T09:00:00Z" }),
      file("debc.xlsx", "DEBC", [entry(joint, "DEBC", { status: "Delayed", progress: 10 })]),
      file("dgc-early.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 20 }), entry(joint, "DGC")], { submittedAt: "2026-10-01T09:00:00Z" }),
      file("old.xlsx", "DSC", [entry(dsc, "DSC")], { quarter: "2026-Q2" }),
    ];
    const consolidation = startConsolidation({ quarter, catalogue });
    for (const f of files()) {
      consolidation.add(f);
      // What the CLI does: the file is dropped. Here its rows are even overwritten, to show nothing refers to them.
      const rows = (f as unknown as { input: { rows: { cells: Record<string, unknown> }[] } }).input.rows;
      for (const r of rows) for (const k of Object.keys(r.cells)) r.cells[k] = { value: "overwritten" };
      rows.length = 0;
    }
    expect(consolidation.finish()).toEqual(run(files()));
  });

  test.each([
    ["wrong quarter", { quarter: "2026-Q2" }, /for 2026-Q2, not 2026-Q3/],
    ["unknown catalogue", { catalogueHash: "f".repeat(64) }, /set up from catalogue .*ffffffffffff.*not given here.*--catalogue/],
    ["bad committee", { committee: "XYZ" }, /committee "XYZ"/],
  ])("a file with the %s is rejected and every row of it is listed in data issues", (_name, meta, reason) => {
    const model = run([file("bad.xlsx", "DGC", [entry(dgcOnly, "DGC"), entry(joint, "DGC")], meta)]);
    expect(model.submissions[0]).toMatchObject({ status: "rejected", rows: 2 });
    expect(model.submissions[0]!.reason!.en).toMatch(reason);
    expect(model.issues.filter((p) => p.code === "row.excluded")).toHaveLength(2);
    expect(line(model, dgcOnly.id).status).toBe("not-reported");
  });

  test("unknown and duplicated measure IDs are excluded with their cell; the rest is used", () => {
    const model = run([file("dgc.xlsx", "DGC", [entry(dgcOnly, "DGC"), { ...entry(dgcOnly, "DGC"), id: "G9-99" }, entry(dgcOnly, "DGC")])]);
    const excluded = model.issues.filter((p) => p.code === "row.excluded");
    expect(excluded.map((p) => [p.where.cell, p.message.en])).toEqual([
      ["A5", "Row of G9-99 left out: the measure ID is not in the catalogue"],
      ["A6", `Row of ${dgcOnly.id} left out: the measure appears twice in the file`],
    ]);
    expect(line(model, dgcOnly.id).status).toBe("on-track");
  });

  test("rule errors stay on the row: used in the report, flagged, listed in data issues", () => {
    const model = run([file("dgc.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 150 })])]);
    expect(line(model, dgcOnly.id).lead!.hasErrors).toBe(true);
    expect(model.issues.map((p) => [p.code, p.where.cell])).toContainEqual(["progress.range", "G4"]);
  });

  test("an unreadable file is listed with its reason and the others are still consolidated", () => {
    const model = run([{ file: "broken.xlsx", unreadable: { en: "the file is empty", km: "ឯកសារទទេ" } }, file("dgc.xlsx", "DGC", [entry(dgcOnly, "DGC")])]);
    expect(model.submissions[0]).toMatchObject({ file: "broken.xlsx", status: "rejected", rows: 0 });
    expect(line(model, dgcOnly.id).status).toBe("on-track");
  });

  test("two files with the same name (picked from two folders) are both listed, the second told apart", () => {
    const model = run([
      { file: "DGC.xlsx", unreadable: { en: "the file is empty", km: "ឯកសារទទេ" } },
      file("DGC.xlsx", "DGC", [entry(dgcOnly, "DGC", { status: "At risk", progress: 50 })]), // at risk with no reasons: issues
    ]);
    expect(model.submissions.map((s) => [s.file, s.status])).toEqual([
      ["DGC.xlsx", "rejected"],
      ["DGC.xlsx (2)", "accepted"],
    ]);
    expect(model.rows.map((r) => [r.file, r.outcome])).toEqual([["DGC.xlsx (2)", "used"]]);
    expect(new Set(model.issues.map((p) => p.where.file))).toEqual(new Set(["DGC.xlsx", "DGC.xlsx (2)"]));
  });

  test("previous quarter: changes are tracked and a progress drop is warned about", () => {
    const previous = [file("dgc-q2.xlsx", "DGC", [entry(dgcOnly, "DGC", { progress: 80 })], { quarter: "2026-Q2" })];
    const model = run([file("dgc.xlsx", "DGC", [entry(dgcOnly, "DGC", { status: "Completed", progress: 60 })])], previous);
    expect(model.hasPrevious).toBe(true);
    expect(line(model, dgcOnly.id).previous).toEqual({ status: "on-track", progress: 80 });
    expect(model.issues.map((p) => p.code)).toContain("progress.decrease");
  });
});

describe("every input row ends in the report, in data issues, or in a superseded submission", () => {
  const committees: CommitteeCode[] = ["DGC", "DEBC", "DSC"];
  const measures = catalogue.measures;
  const rowArb = fc.record({
    measure: fc.nat(measures.length + 5), // beyond the catalogue: unknown IDs
    status: fc.constantFrom("On track", "At risk", "Completed", "", "Bogus"),
    progress: fc.oneof(fc.integer({ min: -10, max: 120 }), fc.constant(null)),
  });
  // Stamps in several zones, so that their text order and their order in time differ.
  const stampArb = fc.record({ day: fc.integer({ min: 1, max: 3 }), hour: fc.integer({ min: 0, max: 23 }), zone: fc.constantFrom("Z", "+07:00", "-05:00") });
  const fileArb = fc.record({
    committee: fc.constantFrom(...committees),
    quarter: fc.constantFrom("2026-Q3", "2026-Q3", "2026-Q2"),
    stamp: stampArb,
    rows: fc.array(rowArb, { maxLength: 25 }),
    unreadable: fc.boolean().map((b) => b && Math.random() < 0.3),
  });

  test("input rows = rows in the report (lead or supporting) + rows excluded as data issues + rows of superseded files", () => {
    fc.assert(
      fc.property(fc.array(fileArb, { maxLength: 8 }), (specs) => {
        const stamps = specs.map((s) => `2026-10-0${s.stamp.day}T${String(s.stamp.hour).padStart(2, "0")}:00:00${s.stamp.zone}`);
        const files: SubmissionFile[] = specs.map((s, i) => {
          const name = `f${i}.xlsx`;
          if (s.unreadable) return { file: name, unreadable: { en: "damaged", km: "ខូច" } };
          const rows = s.rows.map((r) => {
            const m = measures[r.measure];
            const base = m ? entry(m, s.committee) : { id: `X${r.measure}` };
            return { ...base, status: r.status, progress: r.progress };
          });
          return file(name, s.committee, rows, { quarter: s.quarter, submittedAt: stamps[i] });
        });
        const inputRows = files.reduce((n, f) => n + ("input" in f ? f.input.rows.length : 0), 0);
        const model = run(files);
        const summary = reportSummary(model);
        const inReport = model.measures.reduce((n, l) => n + (l.lead ? 1 : 0) + l.supporting.length, 0);
        const excluded = model.issues.filter((p) => p.code === "row.excluded").length;
        const superseded = model.submissions.filter((s) => s.supersededBy !== undefined);
        const supersededRows = superseded.reduce((n, s) => n + s.rows, 0);
        expect(inReport + excluded + supersededRows).toBe(inputRows);
        expect(summary.rows).toEqual({ total: inputRows, used: summary.rows.used, supporting: summary.rows.supporting, excluded: excluded + supersededRows, superseded: supersededRows });
        expect(summary.rows.used + summary.rows.supporting).toBe(inReport);
        // A superseded file is one line: no data issue names it.
        const supersededFiles = new Set(superseded.map((s) => s.file));
        expect(model.issues.filter((p) => supersededFiles.has(p.where.file ?? ""))).toEqual([]);
        // The file used for each committee has the latest stamp in time (then the later name, then the one added last).
        for (const c of committees) {
          const candidates = model.submissions.map((s, i) => ({ s, i })).filter(({ s }) => s.committee === c && (s.status === "accepted" || s.supersededBy));
          if (candidates.length === 0) continue;
          const latest = candidates.reduce((a, b) => {
            const ta = Date.parse(stamps[a.i]!);
            const tb = Date.parse(stamps[b.i]!);
            return tb > ta || (tb === ta && b.s.file >= a.s.file) ? b : a;
          });
          expect(candidates.filter(({ s }) => s.status === "accepted").map(({ s }) => s.file)).toEqual([latest.s.file]);
          for (const { s } of candidates) if (s !== latest.s) expect(s.supersededBy).toBe(latest.s.file);
        }
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ["in file order", (n: number) => Array.from({ length: n }, (_, i) => i)],
    ["in reverse order", (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i)],
  ])("files checked apart by sessions (%s, each session's results cloned) and added in order consolidate as checking each in full does", (_order, order) => {
    // Few names and stamps: ties on the stamp and on the file name (a file given twice) both happen;
    // a missing stamp is earlier than any. (The first two stamps are one instant written in two zones.)
    const tiedStamp = fc.constantFrom("2026-10-01T09:00:00Z", "2026-10-01T16:00:00+07:00", "2026-10-02T09:00:00Z", undefined);
    const tied = fc.tuple(fileArb, tiedStamp, fc.nat(2));
    fc.assert(
      fc.property(fc.array(tied, { maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (specs, sessions) => {
        const files: SubmissionFile[] = specs.map(([s, stamp, name]) => {
          const file_ = `f${name}.xlsx`;
          if (s.unreadable) return { file: file_, unreadable: { en: "damaged", km: "ខូច" } };
          const rows = s.rows.map((r) => {
            const m = measures[r.measure];
            return { ...(m ? entry(m, s.committee) : { id: `X${r.measure}` }), status: r.status, progress: r.progress };
          });
          return file(file_, s.committee, rows, { quarter: s.quarter, ...(stamp ? { submittedAt: stamp } : {}) });
        });
        const options = { quarter, catalogue };
        const apart = Array.from({ length: sessions }, () => checkSession(options));
        // As the CLI's threads do: session k takes files k, k + n, …; what it sends is cloned.
        const checked: CheckedFile[] = [];
        const place = (results: { index: number; checked: CheckedFile }[]) => results.forEach((r) => (checked[r.index] = structuredClone(r.checked)));
        for (const i of order(files.length)) place(apart[i % sessions]!.offer(files[i]!, i));
        const latest = mergeLatestStamps(apart.map((a) => structuredClone(a.latestStamps())));
        for (const a of apart) place(a.settle(latest));
        expect(checked.filter(Boolean)).toHaveLength(files.length);
        const consolidation = startConsolidation(options);
        for (const c of checked) consolidation.addChecked(c);
        expect(consolidation.finish()).toEqual(oneByOne(files));
        expect(run(files)).toEqual(oneByOne(files));
      }),
      { numRuns: 200 },
    );
  });
});
