/**
 * A quarter in which the three committees sent their workbook again and again (100 files in all):
 * the report lists each superseded file once, keeps the Data issues sheet for real data issues,
 * says what moved between each committee's last two files, and the summary still accounts for every
 * row received. Read back with openpyxl, an independent reader, and with our own.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COMMITTEE_CODES } from "../../src/domain/catalogue/committees";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { reportSummary } from "../../src/domain/consolidation/summary";
import type { SubmissionFile } from "../../src/domain/consolidation/types";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import { L, REPORT_SHEETS, fill } from "../../src/domain/report/reportLabels";
import { R } from "../../src/domain/report/resubmissionLabels";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { PYTHON, TOOLS, testWith } from "../support/environment";
import { cellValues } from "../support/reportDump";
import { entry, submissionInput } from "../support/submissionInput";
import { tempDir } from "../support/tmp";

const catalogue = bundledCatalogue();
const QUARTER = "2026-Q3" as Quarter;
const tmp = tempDir("resubmissions");
afterAll(() => tmp.cleanup());

const led = (c: CommitteeCode) => catalogue.measures.filter((m) => m.lead === c);

/**
 * File k of committee c: every measure it leads, progress moving with k; every file but the last
 * also carries errors (progress 150 on its first measure, an unknown ID), which must not reach the
 * report. The last file of each committee has one real error of its own: Completed at 60%.
 * Stamps are in Phnom Penh time (+07:00), so that their text order is not their order in time
 * against the UTC stamp of each committee's last file.
 */
function submission(c: CommitteeCode, k: number, last: boolean): SubmissionFile {
  const name = `${c}-2026-Q3-v${String(k).padStart(2, "0")}.xlsx`;
  const measures = led(c);
  const rows = measures.map((m, i) => entry(m, c, { progress: i === 0 && !last ? 150 : Math.min(99, 10 + k + i) }));
  if (last) rows[1] = entry(measures[1]!, c, { status: "Completed", progress: 60, actualCompletion: "2026-08-31" });
  else rows.push({ ...entry(measures[2]!, c), id: "ZZ-99" });
  const stamp = last ? `2026-10-10T02:00:00Z` : `2026-10-${String(1 + (k % 9)).padStart(2, "0")}T${String(8 + (k % 10)).padStart(2, "0")}:00:00+07:00`;
  return { file: name, input: submissionInput(name, { committee: c, submittedAt: stamp }, rows) };
}

const files: SubmissionFile[] = [];
const perCommittee = [34, 33, 33];
COMMITTEE_CODES.forEach((c, ci) => {
  for (let k = 0; k < perCommittee[ci]!; k++) files.push(submission(c, k, k === 5)); // the used one sits among the others
});
// Shuffled the same way every run: the order files arrive in must not matter.
files.sort((a, b) => ((files.indexOf(a) * 37) % 101) - ((files.indexOf(b) * 37) % 101));
const model = consolidate(files, { quarter: QUARTER, catalogue });
const used = COMMITTEE_CODES.map((c) => `${c}-2026-Q3-v05.xlsx`);

const READ = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}, default=str))
`;

describe("100 submissions of the same three committees", () => {
  test("the model: three used, 97 superseded, and data issues only from the files used", () => {
    expect(files).toHaveLength(100);
    expect(model.submissions.filter((s) => s.status === "accepted").map((s) => s.file).sort()).toEqual([...used].sort());
    const superseded = model.submissions.filter((s) => s.supersededBy);
    expect(superseded).toHaveLength(97);
    for (const s of superseded) expect(s.supersededBy).toBe(`${s.committee}-2026-Q3-v05.xlsx`);
    expect(new Set(model.issues.map((p) => p.where.file))).toEqual(new Set(used));
    expect(model.issues.map((p) => p.code).sort()).toEqual(["completed.progress", "completed.progress", "completed.progress"]);
  });

  test("the summary JSON accounts for every input row", () => {
    const summary = reportSummary(model);
    const input = files.reduce((n, f) => n + ("input" in f ? f.input.rows.length : 0), 0);
    const supersededRows = summary.submissions.filter((s) => s.supersededBy).reduce((n, s) => n + s.rows, 0);
    const excludedIssues = summary.issues.filter((i) => i.rule === "row.excluded").length;
    expect(summary.rows.total).toBe(input);
    expect(summary.rows.used + summary.rows.supporting + excludedIssues + supersededRows).toBe(input);
    expect(summary.rows).toMatchObject({ excluded: excludedIssues + supersededRows, superseded: supersededRows });
    expect(summary.submissions.filter((s) => s.supersededBy)).toHaveLength(97);
  });

  testWith([TOOLS.openpyxl], "the report read back by openpyxl: Data issues holds the 3 real issues; each superseded file is one line", async () => {
    const path = tmp.path("report.xlsx");
    writeFileSync(path, await writeReport(model, { lang: "en", generatedAt: new Date("2026-10-22T07:05:00Z") }));
    const book = JSON.parse(execFileSync(PYTHON, ["-c", READ, path], { encoding: "utf8", maxBuffer: 64 << 20 })) as Record<string, (string | number | null)[][]>;

    const issues = book[REPORT_SHEETS.issues.en]!.slice(3).filter((r) => r.some((v) => v !== null));
    expect(issues.map((r) => [r[1], r[4]])).toEqual(expect.arrayContaining(used.map((f) => [f, "completed.progress"])));
    expect(issues).toHaveLength(3);

    const completeness = book[REPORT_SHEETS.completeness.en]!;
    const heading = completeness.findIndex((r) => r[0] === R.supersededTitle.en);
    expect(heading).toBeGreaterThan(0);
    const lines = completeness.slice(heading + 3).filter((r) => typeof r[1] === "string" && /-v\d\d\.xlsx$/.test(r[1] as string));
    expect(lines).toHaveLength(97);
    // committee, file, stamp (a date-time cell), rows, replaced by (file and its stamp in Phnom Penh time)
    const v07 = lines.find((r) => r[1] === "DEBC-2026-Q3-v07.xlsx")!;
    expect([v07[0], v07[4], v07[6], v07[7]]).toEqual(["DEBC", "2026-10-08 15:00:00", led("DEBC").length + 1, "DEBC-2026-Q3-v05.xlsx (submitted 10/10/2026 09:00)"]);

    const cover = book[REPORT_SHEETS.cover.en]!;
    expect(cover.filter((r) => r[3] === R.superseded.en)).toHaveLength(97);
    const rowsLine = cover.find((r) => r[0] === L.rowsLine.en)!;
    const summary = reportSummary(model);
    expect(rowsLine[1]).toBe(
      fill(L.rowsFigures.en, { total: summary.rows.total, used: summary.rows.used, supporting: 0, excluded: summary.rows.excluded - summary.rows.superseded, superseded: summary.rows.superseded }),
    );

    // The Changes sheet: per committee, the measures that moved between v05 (used) and the latest one it replaced.
    const changes = book[REPORT_SHEETS.changes.en]!;
    for (const r of model.resubmissions) {
      const at = changes.findIndex((row) => typeof row[0] === "string" && (row[0] as string).startsWith(`${r.committee} — `));
      expect(changes[at]![0]).toContain(`${r.used.file} (submitted 10/10/2026 09:00) replaced ${r.replaced.file}`);
      expect(changes[at + 1]![0]).toBe(fill(R.alsoSuperseded.en, { n: r.supersededFiles - 1 }));
      const rows = changes.slice(at + 3, at + 3 + r.moves.length);
      expect(rows.map((x) => x[0])).toEqual(r.moves.map((m) => m.measure.id));
    }
    expect(model.resubmissions.map((r) => [r.committee, r.supersededFiles])).toEqual([
      ["DGC", 33],
      ["DEBC", 32],
      ["DSC", 32],
    ]);
    // Our reader agrees on what openpyxl saw.
    expect(Object.values(cellValues(path)[REPORT_SHEETS.issues.en]!).filter((v) => v === "completed.progress")).toHaveLength(3);
  }, 60_000);
});
