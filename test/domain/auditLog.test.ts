import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { completeness } from "../../src/domain/consolidation/completeness";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { summaryHead } from "../../src/domain/consolidation/summary";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import { checkSubmission } from "../../src/domain/rules/submissionCheck";
import { TableSnapshot, auditValue, diffCells, diffTable, notYetLogged, type ChangeStamp, type TableLayout } from "../../src/domain/statusSheet/auditChanges";
import {
  AUDIT_LOG_KEEP,
  AUDIT_LOG_LIMIT,
  AUDIT_TEXT_LIMIT,
  auditRow,
  auditRowValues,
  changeCount,
  changesSinceLastSubmission,
  foldRows,
  parseAuditRows,
  rowsToFold,
  submissionRow,
  summaryText,
  type AuditRow,
} from "../../src/domain/statusSheet/auditLog";
import { STATUS_COLUMNS, columnIndex } from "../../src/domain/statusSheet/columns";
import { contentChecksum } from "../../src/domain/statusSheet/contentChecksum";
import { entry, submissionInput } from "../support/submissionInput";

const change = (at: string, over: Partial<AuditRow> = {}): AuditRow => auditRow({ at, source: "local", officer: "Sok", cell: "G4", measureId: "M1", column: "progress", before: "1", after: "2", changes: "1", ...over });
const submitted = (at: string): AuditRow => submissionRow(at, "Sok");

describe("changes since the previous submission", () => {
  const CASES: readonly [string, AuditRow[], string | undefined, number][] = [
    ["no log row", [], undefined, 0],
    ["never submitted: every change", [change("t1"), change("t2")], undefined, 2],
    ["stamped once: the changes before the stamp", [change("t1"), change("t2"), submitted("s1")], "s1", 2],
    ["stamped twice: only those between the two stamps", [change("t1"), submitted("s1"), change("t2"), change("t3"), change("t4"), submitted("s2")], "s2", 3],
    ["changed after the last stamp (a file not prepared again): since that stamp", [change("t1"), submitted("s1"), change("t2")], "s1", 1],
    ["a summary row before the first stamp counts in full", [auditRow({ at: "t0", until: "t9", source: "summary", changes: "1200" }), change("t10"), submitted("s1")], "s1", 1201],
    ["a co-author's change counts too", [change("t1", { source: "co-author", officer: "" }), submitted("s1")], "s1", 1],
  ];
  it.each(CASES)("%s", (_, rows, stamp, expected) => expect(changesSinceLastSubmission(rows, stamp)).toBe(expected));
});

describe("the log's bound", () => {
  it.each([
    [0, 1, 0],
    [AUDIT_LOG_LIMIT - 1, 1, 0],
    [AUDIT_LOG_LIMIT, 1, AUDIT_LOG_LIMIT + 2 - AUDIT_LOG_KEEP],
    [10, AUDIT_LOG_LIMIT, 10 + AUDIT_LOG_LIMIT + 1 - AUDIT_LOG_KEEP],
  ])("%i rows + %i new: fold %i", (existing, adding, fold) => {
    expect(rowsToFold(existing, adding)).toBe(fold);
    if (fold > 0) expect(existing - Math.min(fold, existing) + 1 + adding - Math.max(0, fold - existing)).toBe(AUDIT_LOG_KEEP);
  });

  it("folds rows into one summary row, an earlier summary included, counting every change and no submission", () => {
    const rows = [auditRow({ at: "2026-07-01T00:00:00.000Z", until: "2026-07-05T00:00:00.000Z", source: "summary", changes: "1000" }), change("2026-07-06T00:00:00.000Z"), submitted("2026-07-07T00:00:00.000Z"), change("2026-07-08T00:00:00.000Z")];
    const folded = foldRows(rows, "en");
    expect(folded).toMatchObject({ source: "summary", at: "2026-07-01T00:00:00.000Z", until: "2026-07-08T00:00:00.000Z", changes: "1002" });
    expect(folded.after).toBe("1,002 earlier changes from 2026-07-01T00:00:00.000Z to 2026-07-08T00:00:00.000Z");
    expect(foldRows(rows, "km").after).toBe("ការកែប្រែមុននេះចំនួន ១,០០២ ពី 2026-07-01T00:00:00.000Z ដល់ 2026-07-08T00:00:00.000Z");
    expect(changeCount(folded)).toBe(1002);
    expect(summaryText(1, "a", "b", "en")).toBe("1 earlier changes from a to b");
  });
});

describe("log rows in the sheet", () => {
  it("read back by column key, whatever the order, blank rows skipped, numbers and booleans as text", () => {
    const row = change("2026-07-01T00:00:00.000Z");
    const header = ["until", "changes", "after", "before", "column", "measureId", "cell", "officer", "source", "at", "later"];
    const values = auditRowValues(row);
    const byKey = Object.fromEntries(["at", "source", "officer", "cell", "measureId", "column", "before", "after", "changes", "until"].map((k, i) => [k, values[i]]));
    const grid = [header, header.map((k) => byKey[k] ?? "x"), [], ["", null]];
    expect(parseAuditRows(grid)).toEqual([row]);
    expect(values[8]).toBe(1);
  });

  it("records dates of date columns as dates and cuts long text", () => {
    expect(auditValue("plannedCompletion", 46_477)).toBe("2027-03-31");
    expect(auditValue("progress", 46_477)).toBe("46477");
    expect(auditValue("achievements", true)).toBe("TRUE");
    const long = auditValue("achievements", "x".repeat(AUDIT_TEXT_LIMIT + 10));
    expect(long).toHaveLength(AUDIT_TEXT_LIMIT);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("finding changes", () => {
  const layout: TableLayout = { bodyRow0: 3, col0: 0, positions: new Map(STATUS_COLUMNS.map((c, i) => [c.key, i])) };
  const row = (id: string, status = "", progress: unknown = "") => {
    const values: unknown[] = STATUS_COLUMNS.map(() => "");
    values[columnIndex("id")] = id;
    values[columnIndex("status")] = status;
    values[columnIndex("progress")] = progress;
    return values;
  };
  const stamp: ChangeStamp = { at: "t", source: "local", officer: "Sok" };
  const cell = (bodyIndex: number, key: "id" | "status" | "progress" | "title") => ({ bodyIndex, tableColumn: columnIndex(key), stamp });

  it("compares each changed entry cell with the snapshot; catalogue cells and equal values are not changes", () => {
    const snapshot = new TableSnapshot(layout, [row("M1", "On track", 40), row("M2")]);
    const current = new Map([
      [0, row("M1", "On track", 60)],
      [1, row("M2", "", "")],
    ]);
    const changes = diffCells(snapshot, current, [cell(0, "status"), cell(0, "progress"), cell(0, "title"), cell(1, "status"), cell(1, "progress")]);
    expect(changes.map((c) => [c.measureId, c.column, c.before, c.after])).toEqual([["M1", "progress", 40, 60]]);
  });

  it("finds a row by its measure ID when rows moved (a sort), and lists a removed row's entries as cleared", () => {
    const snapshot = new TableSnapshot(layout, [row("M1", "On track", 40), row("M2", "Delayed", 10), row("M3", "At risk", 5)]);
    const changes = diffTable(snapshot, [row("M2", "Delayed", 10), row("M1", "On track", 45)], stamp);
    expect(changes.map((c) => [c.measureId, c.column, c.before, c.after])).toEqual([
      ["M1", "progress", 40, 45],
      ["M3", "status", "At risk", ""],
      ["M3", "progress", 5, ""],
    ]);
  });

  it("drops a co-author's change their own add-in logged, each logged row answering for one change", () => {
    const theirs = change("t1", { source: "co-author", officer: "" });
    const logged = [change("t1b", { officer: "Dara" })];
    expect(notYetLogged([theirs, theirs], logged)).toEqual([theirs]);
    expect(notYetLogged([theirs], [submitted("s")])).toEqual([theirs]);
  });
});

describe("the stamp covers the log", () => {
  const catalogue = bundledCatalogue();
  const m = catalogue.measures.find((x) => x.lead === "DGC")!;
  const input = (meta: Record<string, string>, log?: { present: boolean; rows: AuditRow[] }) => ({
    ...submissionInput("dgc.xlsx", { committee: "DGC", ...meta }, [entry(m, "DGC")]),
    ...(log ? { auditLog: log } : {}),
  });
  const log = [change("2026-09-01T00:00:00.000Z"), submitted("2026-09-02T00:00:00.000Z")];
  const rows = input({}).rows;
  const codes = (i: ReturnType<typeof input>) => checkSubmission(i, { catalogues: [catalogue] }).problems.map((p) => p.code);

  const CASES: readonly [string, ReturnType<typeof input>, string[]][] = [
    ["a stamp over entries and log, both as stamped", input({ contentChecksum: contentChecksum(rows, log) }, { present: true, rows: log }), []],
    ["a stamp from before the log existed (entries only), no log", input({ contentChecksum: contentChecksum(rows) }, { present: false, rows: [] }), []],
    ["a log row edited", input({ contentChecksum: contentChecksum(rows, log) }, { present: true, rows: [change("2026-09-01T00:00:00.000Z", { after: "9" }), log[1]!] }), ["meta.checksum"]],
    ["the log removed", input({ contentChecksum: contentChecksum(rows, log) }, { present: false, rows: [] }), ["meta.checksum"]],
    ["no stamp: nothing to verify", input({}, { present: true, rows: log }), []],
    ["a table read in Excel (no log given): not verified, Prepare stamps afresh", input({ contentChecksum: "0".repeat(64) }), []],
  ];
  it.each(CASES)("%s", (_, i, expected) => expect(codes(i)).toEqual(expected));
});

describe("the report counts logged changes per committee and per submission", () => {
  const catalogue = bundledCatalogue();
  const lead = (c: CommitteeCode) => catalogue.measures.find((x) => x.lead === c)!;
  const file = (name: string, committee: CommitteeCode, log?: AuditRow[], submittedAt?: string) => ({
    file: name,
    input: { ...submissionInput(name, { committee, ...(submittedAt ? { submittedAt } : {}) }, [entry(lead(committee), committee)]), ...(log ? { auditLog: { present: true, rows: log } } : {}) },
  });
  const model = consolidate(
    [
      file("dgc-old.xlsx", "DGC", [change("t1"), submitted("s1")], "s1"),
      file("dgc.xlsx", "DGC", [change("t1"), submitted("s1"), change("t2"), change("t3"), submitted("s2")], "s2"),
      file("debc.xlsx", "DEBC"),
    ],
    { quarter: "2026-Q3" as Quarter, catalogue },
  );

  it("in the summary JSON, per submission (null without a log)", () => {
    expect(summaryHead(model).submissions.map((s) => [s.file, s.status, s.loggedChanges])).toEqual([
      ["dgc-old.xlsx", "rejected", 1],
      ["dgc.xlsx", "accepted", 2],
      ["debc.xlsx", "accepted", null],
    ]);
  });

  it("lists a file whose log no longer matches its stamp in the data issues, and still uses it", () => {
    const stamped = file("dsc.xlsx", "DSC", [change("t1", { after: "edited by hand" }), submitted("s1")], "s1");
    const tampered = { ...stamped, input: { ...stamped.input, meta: { ...stamped.input.meta, contentChecksum: contentChecksum(stamped.input.rows, [change("t1"), submitted("s1")]) } } };
    const result = consolidate([tampered], { quarter: "2026-Q3" as Quarter, catalogue });
    expect(result.issues.filter((p) => p.code === "meta.checksum").map((p) => [p.where.file, p.where.sheet, p.severity])).toEqual([["dsc.xlsx", "PT_Audit", "error"]]);
    expect(result.submissions.map((s) => s.status)).toEqual(["accepted"]);
  });

  it("on the Completeness sheet's model, for the submission used (none without a log)", () => {
    const by = Object.fromEntries(completeness(model).map((r) => [r.committee, r.loggedChanges]));
    expect(by).toEqual({ DGC: 2, DEBC: undefined, DSC: undefined });
  });
});
