import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { captureIo, tempDir } from "../support/tmp";
import { goodRow, statusBook } from "../support/statusBook";
import { TOOLS, testWith } from "../support/environment";
import { dumpWithOpenpyxl } from "../support/reportDump";

const tmp = tempDir("consolidate");
afterAll(() => tmp.cleanup());

/** Every cell of every sheet of a written report, through our own reader. */
function allCells(file: string) {
  const wb = openWorkbook(new Uint8Array(readFileSync(file)), file);
  return wb.sheets.flatMap((s) => wb.readSheet(s.name, { maxRows: 20_000 }).rows.flatMap((r) => (r ?? []).filter(Boolean).map((c) => ({ sheet: s.name, ...c! }))));
}

describe("policy-tracker consolidate", () => {
  const dir = tmp.path("q3");
  mkdirSync(dir);
  const hostile = goodRow(1);
  hostile[9] = '=HYPERLINK("http://evil.example","click")';
  hostile[10] = "+cmd|' /C calc'!A0";
  hostile[11] = "@SUM(A1:A9)";
  writeFileSync(`${dir}/dgc.xlsx`, statusBook({ rows: [goodRow(0), hostile] }));
  writeFileSync(`${dir}/broken.xlsx`, "PK\u0003\u0004 not really");
  writeFileSync(`${dir}/old.xlsx`, statusBook({ rows: [goodRow(2)], meta: { quarter: "2026-Q2", committee: "DEBC" } }));

  test("writes the report and a summary that account for every input row; bad files are listed, not fatal", async () => {
    const out = tmp.path("report.xlsx");
    const summaryFile = tmp.path("summary.json");
    const io = captureIo();
    const code = await main(["consolidate", dir, "--quarter", "2026-Q3", "--out", out, "--summary", summaryFile], io.io);
    expect(code).toBe(0);
    expect(io.out.join("\n")).toMatch(/2026-Q3: 1 submissions accepted, 2 rejected; 139 measures: 2 on track, 137 not reported; 1 rows excluded/);
    expect(io.err.join("\n")).toMatch(/broken\.xlsx: error: /);
    expect(io.err.join("\n")).toMatch(/old\.xlsx: error: The workbook is for 2026-Q2, not 2026-Q3/);

    const summary = JSON.parse(readFileSync(summaryFile, "utf8"));
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(["quarter", "catalogue", "submissions", "measures", "byCommittee", "byGoal", "issues"]));
    expect(summary.quarter).toBe("2026-Q3");
    // Files are named by their file name, never by the path on this computer.
    expect(summary.submissions.map((s: { file: string; status: string; rows: number }) => [s.file, s.status, s.rows])).toEqual([
      ["broken.xlsx", "rejected", 0],
      ["dgc.xlsx", "accepted", 2],
      ["old.xlsx", "rejected", 1],
    ]);
    expect(summary.rows).toEqual({ total: 3, used: 2, supporting: 0, excluded: 1, superseded: 0 });
    expect(summary.measures.byStatus["on-track"]).toBe(2);

    // No formula reaches the report, and the hostile text comes back verbatim as text.
    const cells = allCells(out);
    expect(cells.filter((c) => c.formula !== undefined)).toEqual([]);
    for (const text of [hostile[9], hostile[10], hostile[11]]) expect(cells.some((c) => c.value === text)).toBe(true);
    expect(cells.filter((c) => typeof c.value === "string" && c.value.includes(tmp.path("")))).toEqual([]);
    expect(cells.some((c) => c.value === "dgc.xlsx")).toBe(true);
  }, 60_000);

  testWith([TOOLS.openpyxl], "the report read back by openpyxl: no formula cell, the hostile text verbatim as strings", async () => {
    const out = tmp.path("report-openpyxl.xlsx");
    expect(await main(["consolidate", dir, "--quarter", "2026-Q3", "--out", out], captureIo().io)).toBe(0);
    const sheets = dumpWithOpenpyxl(out).sheets;
    const cells = Object.values(sheets).flatMap((s) => Object.values(s.cells));
    expect(cells.filter(([, type]) => type === "f")).toEqual([]);
    for (const text of [hostile[9], hostile[10], hostile[11]]) expect(cells.filter(([value, type]) => value === text && type === "s").length).toBeGreaterThan(0);
  }, 60_000);

  test.each([
    ["a bad quarter", ["consolidate", "x", "--quarter", "2026-Q9", "--out", "r.xlsx"], /not a quarter/],
    ["nothing usable", ["consolidate", "BROKEN", "--quarter", "2026-Q3", "--out", "NOPE"], /none of the 1 files is a usable 2026-Q3 submission; no report written/],
  ])("exit 2 on %s", async (_name, args, message) => {
    const io = captureIo();
    const argv = args.map((a) => (a === "BROKEN" ? `${dir}/broken.xlsx` : a === "NOPE" ? tmp.path("nope.xlsx") : a));
    expect(await main(argv, io.io)).toBe(2);
    expect(io.err.join("\n")).toMatch(message);
    expect(existsSync(tmp.path("nope.xlsx"))).toBe(false);
  });
});

describe("policy-tracker demo", () => {
  test("writes the committees' workbooks for two quarters and both quarters' reports", async () => {
    const out = tmp.path("demo");
    const io = captureIo();
    expect(await main(["demo", "--out", out], io.io)).toBe(0);
    for (const q of ["2026-Q2", "2026-Q3"]) for (const c of ["DGC", "DEBC", "DSC"]) expect(existsSync(`${out}/${q}/${c}-${q}.xlsx`)).toBe(true);
    for (const f of ["report-2026-Q2.xlsx", "report-2026-Q3.xlsx", "report-2026-Q3-km.xlsx", "summary-2026-Q3.json"]) expect(existsSync(`${out}/${f}`)).toBe(true);
    const summary = JSON.parse(readFileSync(`${out}/summary-2026-Q3.json`, "utf8"));
    expect(summary.submissions.every((s: { status: string }) => s.status === "accepted")).toBe(true);
    // The planted problems show up as data issues.
    expect(summary.issues.map((i: { rule: string }) => i.rule)).toEqual(expect.arrayContaining(["completed.progress", "risk.next-steps", "progress.range", "evidence.url", "text.formula-like"]));
  }, 90_000);

  test("last quarter's report serves as the baseline as well as last quarter's submissions; a report of the wrong quarter is said", async () => {
    const out = tmp.path("demo"); // written by the test above
    const io = captureIo();
    const argv = (previous: string[], report: string, summary: string) => ["consolidate", `${out}/2026-Q3`, "--quarter", "2026-Q3", "--out", report, "--summary", summary, "--previous", ...previous];
    expect(await main(argv([`${out}/report-2026-Q2.xlsx`, `${out}/report-2026-Q3.xlsx`], tmp.path("r.xlsx"), tmp.path("s.json")), io.io)).toBe(0);
    // Same progress-decrease warnings, same summary, byte for byte, as the demo's run on the Q2 submissions.
    expect(readFileSync(tmp.path("s.json"), "utf8")).toBe(readFileSync(`${out}/summary-2026-Q3.json`, "utf8"));
    const changes = (file: string) => allCells(file).filter((c) => c.sheet === "Changes");
    expect(changes(tmp.path("r.xlsx")).length).toBeGreaterThan(10);
    expect(changes(tmp.path("r.xlsx"))).toEqual(changes(`${out}/report-2026-Q3.xlsx`));
    expect(io.err.join("\n")).toMatch(/report-2026-Q3\.xlsx: error: this report is for Q3 2026, not for last quarter \(Q2 2026\)/);
  }, 60_000);
});
