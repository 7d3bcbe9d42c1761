import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Cell } from "../../src/domain/entries/cells";
import { COMMITTEE_CODES } from "../../src/domain/catalogue/committees";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { REPORT_STATUS_LABELS } from "../../src/domain/consolidation/reportStatus";
import { reportSummary } from "../../src/domain/consolidation/summary";
import { REPORT_STATUSES } from "../../src/domain/consolidation/tallies";
import type { ReportModel, SubmissionFile } from "../../src/domain/consolidation/types";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Lang } from "../../src/domain/text/lang";
import { ROLE_LABELS, columnDef, type ColumnKey } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { writeReport, reportSheetNames } from "../../src/xlsx/write/reportWriter";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { L, REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { MIN_READABLE_SCALE } from "../../src/domain/report/printLayout";
import { R } from "../../src/domain/report/resubmissionLabels";
import { ISSUES_HEADER_ROW } from "../../src/xlsx/write/report/issuesSheet";
import { MEASURES_HEADER_ROW } from "../../src/xlsx/write/report/measuresSheet";
import { entry, submissionInput, type EntryCells } from "../support/submissionInput";
import { tempDir } from "../support/tmp";
import { PYTHON, TOOLS, describeWith, testWith } from "../support/environment";

const catalogue = bundledCatalogue();
const QUARTER = "2026-Q3" as Quarter;
const GENERATED = new Date("2026-10-22T07:05:00Z"); // 14:05 in Phnom Penh

// ---------------------------------------------------------------------------------------------
// A quarter's submissions, built by hand: hostile text, a real formula cell, a supporting
// committee that disagrees, an unknown measure, a rejected file, an unreadable file, last quarter.

const dgcLed = catalogue.measures.filter((m) => m.lead === "DGC");
const joint = dgcLed.find((m) => m.supporting.includes("DEBC"))!;
const [m1, m2, m3, m4, m5, m6] = dgcLed.filter((m) => m !== joint) as [typeof joint, typeof joint, typeof joint, typeof joint, typeof joint, typeof joint];
const debcLed = catalogue.measures.filter((m) => m.lead === "DEBC").slice(0, 3);

/** Text that a spreadsheet would run if it were written as a formula. */
const HOSTILE = {
  hyperlink: '=HYPERLINK("http://x","y")',
  command: "+cmd|' /C calc'!A0",
  at: "@SUM(A1)",
  minus: "-2+3",
} as const;
/** A cell that holds a real formula; what the reader keeps is its cached result. */
const FORMULA_CELL: Cell = { value: "=cached result", formula: 'HYPERLINK("http://evil.example","click")' };

const file = (name: string, committee: CommitteeCode, rows: EntryCells[], meta: Record<string, string> = {}): SubmissionFile => ({
  file: name,
  input: submissionInput(name, { committee, ...meta }, rows),
});

function quarterFiles(): SubmissionFile[] {
  return [
    file(
      "DGC-2026-Q3.xlsx",
      "DGC",
      [
        entry(m1, "DGC", { status: "On track", progress: 60, achievements: HOSTILE.hyperlink }),
        entry(m2, "DGC", { status: "At risk", progress: 30, challenges: HOSTILE.command, nextSteps: HOSTILE.at }),
        entry(m3, "DGC", { status: "Delayed", progress: 10, challenges: HOSTILE.minus, nextSteps: "Recruit two specialists" }),
        entry(m4, "DGC", { status: "On track", progress: 45, achievements: FORMULA_CELL }),
        entry(m5, "DGC", { status: "Completed", progress: 100, plannedCompletion: "2026-09-15", actualCompletion: "2026-08-31" }),
        entry(m6, "DGC", { status: "On track", progress: 140 }),
        entry(joint, "DGC", { status: "At risk", progress: 40, challenges: "Budget release delayed", nextSteps: "Ask the Ministry of Economy and Finance" }),
        { ...entry(m1, "DGC"), id: "G9-99" },
      ],
      { submittedAt: "2026-10-05T02:30:00Z" },
    ),
    file("DEBC-2026-Q3.xlsx", "DEBC", [entry(joint, "DEBC", { status: "On track", progress: 80 }), ...debcLed.map((m) => entry(m, "DEBC", { progress: 55 }))], {
      submittedAt: "2026-10-06T09:00:00Z",
    }),
    // Last quarter's file sent again: rejected, its rows listed as data issues.
    file("DSC-2026-Q2.xlsx", "DSC", catalogue.measures.filter((m) => m.lead === "DSC").slice(0, 2).map((m) => entry(m, "DSC")), { quarter: "2026-Q2" }),
    { file: "broken.xlsx", unreadable: { en: "not a zip file (corrupt or not an .xlsx workbook)", km: "មិនមែនជាឯកសារ zip" } },
  ];
}

function previousFiles(): SubmissionFile[] {
  return [
    file(
      "DGC-2026-Q2.xlsx",
      "DGC",
      [
        entry(m1, "DGC", { status: "On track", progress: 20 }),
        entry(m2, "DGC", { status: "On track", progress: 50 }),
        entry(m5, "DGC", { status: "On track", progress: 70 }),
        entry(joint, "DGC", { status: "On track", progress: 35 }),
      ],
      { quarter: "2026-Q2" },
    ),
  ];
}

const model = consolidate(quarterFiles(), { quarter: QUARTER, catalogue, previous: previousFiles() });
const noPrevious = consolidate(quarterFiles(), { quarter: QUARTER, catalogue });

/**
 * Counted by hand from quarterFiles(): every planted measure is in goal 1 (m1-m6 and joint are
 * G1-08…G1-14, the three DEBC ones G1-01…G1-03). Leads' statuses: DGC m1, m4, m6 on track, m2 and
 * joint at risk, m3 delayed, m5 completed; DEBC three on track; the DSC file is rejected. The rest
 * of each goal (25, 24, 25, 35, 30 measures) and committee (leads 60, 54, 25) is Not reported.
 * Each row: measures, then not started, on track, at risk, delayed, completed, discontinued, not reported.
 */
const HAND_COUNTED = {
  byGoal: {
    "1": [25, 0, 6, 2, 1, 1, 0, 15],
    "2": [24, 0, 0, 0, 0, 0, 0, 24],
    "3": [25, 0, 0, 0, 0, 0, 0, 25],
    "4": [35, 0, 0, 0, 0, 0, 0, 35],
    "5": [30, 0, 0, 0, 0, 0, 0, 30],
  },
  byCommittee: {
    DGC: [60, 0, 3, 2, 1, 1, 0, 53],
    DEBC: [54, 0, 3, 0, 0, 0, 0, 51],
    DSC: [25, 0, 0, 0, 0, 0, 0, 25],
  },
  total: [139, 0, 6, 2, 1, 1, 0, 129],
} as const;

// ---------------------------------------------------------------------------------------------
// Checks on the bytes themselves (no external reader needed).

function sheetXml(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).map(([name, data]) => [name, strFromU8(data)]));
}

describe("writeReport", () => {
  test.each<[string, ReportModel, Lang]>([
    ["en, with a previous quarter", model, "en"],
    ["km, with a previous quarter", model, "km"],
    ["en, without a previous quarter", noPrevious, "en"],
  ])("%s: eight sheets and not a single formula element", async (_name, m, lang) => {
    const bytes = await writeReport(m, { lang, generatedAt: GENERATED });
    const sheets = sheetXml(bytes);
    expect(Object.keys(sheets)).toHaveLength(8);
    for (const [name, xml] of Object.entries(sheets)) expect({ name, formulas: xml.match(/<f[ >]/g) ?? [] }).toEqual({ name, formulas: [] });
  });

  test("the model used by these tests has what the report must handle", () => {
    expect(model.submissions.map((s) => [s.file, s.status])).toEqual([
      ["DGC-2026-Q3.xlsx", "accepted"],
      ["DEBC-2026-Q3.xlsx", "accepted"],
      ["DSC-2026-Q2.xlsx", "rejected"],
      ["broken.xlsx", "rejected"],
    ]);
    expect(model.rows.filter((r) => r.outcome === "excluded").length).toBe(3); // G9-99 and the two DSC rows
    expect(model.measures.find((l) => l.measure.id === m6.id)!.lead!.hasErrors).toBe(true);
    expect(model.measures.find((l) => l.measure.id === joint.id)!.disagreements.length).toBeGreaterThan(0);
  });

  test("the summary JSON's goal × status and committee × status counts are the hand-counted ones", () => {
    const summary = reportSummary(model);
    const row = (t: { measures: number; byStatus: Record<string, number> }) => [t.measures, ...REPORT_STATUSES.map((s) => t.byStatus[s])];
    expect(Object.fromEntries(Object.entries(summary.byGoal).map(([k, t]) => [k, row(t)]))).toEqual(HAND_COUNTED.byGoal);
    expect(Object.fromEntries(Object.entries(summary.byCommittee).map(([k, t]) => [k, row(t)]))).toEqual(HAND_COUNTED.byCommittee);
    expect([summary.measures.total, ...REPORT_STATUSES.map((s) => summary.measures.byStatus[s])]).toEqual(HAND_COUNTED.total);
  });

  /** Every measure reported by its lead as at risk without challenges or next steps: two errors per row. */
  const fullQuarter = () => {
    const rows = (c: CommitteeCode) => catalogue.measures.filter((m) => m.lead === c).map((m) => entry(m, c, { status: "At risk", progress: 50 }));
    return consolidate(
      COMMITTEE_CODES.map((c) => file(`${c}.xlsx`, c, rows(c))),
      { quarter: QUARTER, catalogue },
    );
  };

  test("writes a full quarter (139 measures, 278 issues) in Khmer", async () => {
    const full = fullQuarter();
    expect(full.issues).toHaveLength(278);
    // Speed belongs to `npm run bench`; here only that the whole quarter is written and reads back.
    const bytes = await writeReport(full, { lang: "km", generatedAt: GENERATED });
    const book = openWorkbook(bytes, "full.xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(reportSheetNames("km"));
    // Every measure has its line, and every issue its row, below the header.
    const ids = new Set<string>(catalogue.measures.map((m) => m.id));
    const idRows = (sheet: string, headerRow: number) =>
      book.readSheet(sheet, { maxRows: 1_000 }).rows.slice(headerRow).filter((row) => row.some((c) => typeof c?.value === "string" && ids.has(c.value)));
    expect(idRows(REPORT_SHEETS.measures.km, MEASURES_HEADER_ROW)).toHaveLength(139);
    const issueRows = book.readSheet(REPORT_SHEETS.issues.km, { maxRows: 1_000 }).rows.slice(ISSUES_HEADER_ROW);
    expect(issueRows.map((row) => row[0]?.value)).toEqual(Array.from({ length: 278 }, (_, i) => i + 1));
    const perRule = new Map<unknown, number>();
    for (const row of issueRows) perRule.set(row[4]?.value, (perRule.get(row[4]?.value) ?? 0) + 1);
    expect([...perRule.values()]).toEqual([139, 139]); // challenges and next steps missing, once per measure each
  });

  testWith([TOOLS.openpyxl], "the full quarter in Khmer, read back by openpyxl: every measure and every issue", async () => {
    const tmp = tempDir("report-full");
    try {
      const path = tmp.path("full-km.xlsx");
      writeFileSync(path, await writeReport(fullQuarter(), { lang: "km", generatedAt: GENERATED }));
      const wb = readBack(path);
      expect(wb.names).toEqual(reportSheetNames("km"));
      const ids = new Set<Value>(catalogue.measures.map((m) => m.id));
      const measureRows = wb.sheets[REPORT_SHEETS.measures.km]!.rows.slice(MEASURES_HEADER_ROW).filter((row) => row.some(([v]) => ids.has(v)));
      expect(measureRows).toHaveLength(139);
      const issueRows = wb.sheets[REPORT_SHEETS.issues.km]!.rows.slice(ISSUES_HEADER_ROW).filter((row) => row[0]?.[0] !== null && row[0]?.[0] !== undefined);
      expect(issueRows.map((row) => row[0])).toEqual(Array.from({ length: 278 }, (_, i) => [i + 1, "n"]));
      const perRule = new Map<Value, number>();
      for (const row of issueRows) perRule.set(row[4]![0], (perRule.get(row[4]![0]) ?? 0) + 1);
      expect([...perRule.entries()]).toEqual([
        ["risk.challenges", 139],
        ["risk.next-steps", 139],
      ]);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Read back by an independent reader: openpyxl (Debian python3-openpyxl) run as /usr/bin/python3.


/** Every sheet as rows of [value, data type], plus every formula cell anywhere. */
const READ_BACK = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")  # openpyxl drops the x14 data-bar extension with a warning
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
sheets = {}
formulas = []
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f":
                formulas.append(ws.title + "!" + c.coordinate)
        rows.append([[c.value, c.data_type] for c in row])
    sheets[ws.title] = {
        "rows": rows,
        "freeze": ws.freeze_panes,
        "autoFilter": ws.auto_filter.ref,
        "print": {
            "orientation": ws.page_setup.orientation, "paperSize": ws.page_setup.paperSize,
            "scale": ws.page_setup.scale, "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "titleRows": ws.print_title_rows,
            "header": " ".join(filter(None, [ws.oddHeader.left.text, ws.oddHeader.center.text, ws.oddHeader.right.text])),
            "footer": " ".join(filter(None, [ws.oddFooter.left.text, ws.oddFooter.center.text, ws.oddFooter.right.text])),
        },
        "dataBars": [str(cf.sqref) for cf in ws.conditional_formatting for r in cf.rules if r.type == "dataBar"],
        "numFmt": {c.coordinate: c.number_format for row in ws.iter_rows(min_row=4, max_row=4) for c in row},
    }
print(json.dumps({"names": wb.sheetnames, "formulas": formulas, "sheets": sheets}, default=str))
`;

type Value = string | number | null;
interface SheetBack {
  rows: [Value, string][][];
  freeze: string | null;
  autoFilter: string | null;
  print: { orientation: string; paperSize: number; scale: number; fitToPage: boolean; titleRows: string | null; header: string; footer: string };
  dataBars: string[];
  numFmt: Record<string, string>;
}
interface ReadBack {
  names: string[];
  formulas: string[];
  sheets: Record<string, SheetBack>;
}

function readBack(path: string): ReadBack {
  return JSON.parse(execFileSync(PYTHON, ["-c", READ_BACK, path], { encoding: "utf8", maxBuffer: 256 << 20 })) as ReadBack;
}

const values = (sheet: SheetBack) => sheet.rows.map((row) => row.map(([v]) => v));
/** The table under a header row (1-based), as objects keyed by header label, up to the first empty row. */
function table(sheet: SheetBack, headerRow: number): Record<string, [Value, string]>[] {
  const header = sheet.rows[headerRow - 1]!.map(([v]) => String(v ?? ""));
  const out: Record<string, [Value, string]>[] = [];
  for (const row of sheet.rows.slice(headerRow)) {
    if (row.every(([v]) => v === null)) break;
    out.push(Object.fromEntries(header.map((h, i) => [h, row[i] ?? [null, "n"]])));
  }
  return out;
}

describeWith([TOOLS.openpyxl], "the report read back by openpyxl", () => {
  const tmp = tempDir("report");
  afterAll(() => tmp.cleanup());

  const written = new Map<string, ReadBack>();
  async function report(m: ReportModel, lang: Lang, name: string): Promise<ReadBack> {
    const key = `${name}-${lang}`;
    const cached = written.get(key);
    if (cached) return cached;
    const path = tmp.path(`${key}.xlsx`);
    writeFileSync(path, await writeReport(m, { lang, generatedAt: GENERATED }));
    const wb = readBack(path);
    written.set(key, wb);
    return wb;
  }
  const langs: Lang[] = ["en", "km"];

  test.each(langs)("%s: the sheets, in order, named in the report's language; no formula cell anywhere", async (lang) => {
    const wb = await report(model, lang, "full");
    expect(wb.names).toEqual(reportSheetNames(lang));
    expect(wb.names[0]).toBe(REPORT_SHEETS.cover[lang]);
    expect(wb.formulas).toEqual([]);
    for (const name of wb.names) {
      const sheet = wb.sheets[name]!;
      // The print layout itself is checked in reportPrint.test.ts.
      expect({ name, ...sheet.print }).toMatchObject({ name, orientation: "landscape", paperSize: 9, fitToPage: false });
      expect(sheet.print.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
      expect(sheet.print.header).toContain(lang === "km" ? "ត្រីមាសទី៣ ឆ្នាំ២០២៦" : "Q3 2026");
      expect(sheet.print.footer).toContain("&P");
    }
  });

  test.each(langs)("%s: hostile text comes back verbatim, as strings", async (lang) => {
    const wb = await report(model, lang, "full");
    const rows = table(wb.sheets[REPORT_SHEETS.measures[lang]]!, MEASURES_HEADER_ROW);
    const label = (key: ColumnKey) => columnDef(key).label[lang];
    const row = (id: string) => rows.find((r) => r[label("id")]![0] === id)!;
    const cases: [string, ColumnKey, string][] = [
      [m1.id, "achievements", HOSTILE.hyperlink],
      [m2.id, "challenges", HOSTILE.command],
      [m2.id, "nextSteps", HOSTILE.at],
      [m3.id, "challenges", HOSTILE.minus],
      [m4.id, "achievements", String(FORMULA_CELL.value)],
    ];
    for (const [id, key, text] of cases) expect({ id, key, cell: row(id)[label(key)] }).toEqual({ id, key, cell: [text, "s"] });
    // The same texts on the Exceptions sheet.
    const exceptions = values(wb.sheets[REPORT_SHEETS.exceptions[lang]]!).flat();
    for (const text of [HOSTILE.command, HOSTILE.at, HOSTILE.minus]) expect(exceptions).toContain(text);
  });

  test.each(langs)("%s: the Measures sheet has one row per catalogue measure, with numbers, dates and status labels", async (lang) => {
    const wb = await report(model, lang, "full");
    const sheet = wb.sheets[REPORT_SHEETS.measures[lang]]!;
    const rows = table(sheet, MEASURES_HEADER_ROW);
    const label = (key: ColumnKey) => columnDef(key).label[lang];
    expect(rows.map((r) => r[label("id")]![0])).toEqual(catalogue.measures.map((m) => m.id));
    expect(rows).toHaveLength(139);
    expect(sheet.freeze).toBe(`B${MEASURES_HEADER_ROW + 1}`);
    expect(sheet.autoFilter).toMatch(new RegExp(`^A${MEASURES_HEADER_ROW}:[A-Z]+${MEASURES_HEADER_ROW + 139}$`));
    expect(sheet.dataBars).toHaveLength(1);
    const byId = (id: string) => rows.find((r) => r[label("id")]![0] === id)!;
    expect(byId(m5.id)[label("status")]).toEqual([REPORT_STATUS_LABELS.completed[lang], "s"]);
    expect(byId(m5.id)[label("progress")]).toEqual([100, "n"]);
    expect(byId(m5.id)[label("plannedCompletion")]).toEqual(["2026-09-15 00:00:00", "d"]);
    expect(byId(m5.id)[label("actualCompletion")]).toEqual(["2026-08-31 00:00:00", "d"]);
    // Not reported: lead gave nothing.
    const silent = catalogue.measures.find((m) => m.lead === "DSC")!;
    expect(byId(silent.id)[label("status")]).toEqual([REPORT_STATUS_LABELS["not-reported"][lang], "s"]);
    expect(byId(silent.id)[label("progress")]).toEqual([null, "n"]);
    // Supporting committee beside the lead, the disagreement, last quarter and the error flag.
    const jointRow = byId(joint.id);
    expect(jointRow[L.supportingEntries[lang]]![0]).toMatch(new RegExp(`^DEBC: ${REPORT_STATUS_LABELS["on-track"][lang]}, 80%`));
    expect(String(jointRow[L.disagreements[lang]]![0])).toContain("DEBC");
    expect(jointRow[L.previousStatus[lang]]).toEqual([REPORT_STATUS_LABELS["on-track"][lang], "s"]);
    expect(jointRow[L.progressChange[lang]]).toEqual([5, "n"]);
    expect(byId(m6.id)[L.hasErrors[lang]]).toEqual([L.yes[lang], "s"]);
    expect(byId(m1.id)[L.hasErrors[lang]]).toEqual([null, "n"]);
  });

  test.each(langs)("%s: the Summary sheet's goal × status and committee × status counts are the hand-counted ones", async (lang) => {
    const wb = await report(model, lang, "full");
    const sheet = wb.sheets[REPORT_SHEETS.summary[lang]]!;
    const grid = values(sheet);
    const statusLabels = REPORT_STATUSES.map((s) => REPORT_STATUS_LABELS[s][lang]);
    const block = (firstLabel: string, expected: Readonly<Record<string, readonly number[]>>) => {
      const at = grid.findIndex((r) => r[0] === firstLabel);
      expect(at).toBeGreaterThan(-1);
      const header = grid[at]!;
      expect(header.slice(2, 2 + REPORT_STATUSES.length)).toEqual(statusLabels);
      Object.entries(expected).forEach(([key, counts], i) => {
        const row = grid[at + 1 + i]!;
        expect({ key, counts: row.slice(1, 2 + REPORT_STATUSES.length) }).toEqual({ key, counts });
      });
      const total = grid[at + 1 + Object.keys(expected).length]!;
      expect(total[0]).toBe(L.total[lang]);
      expect(total.slice(1, 2 + REPORT_STATUSES.length)).toEqual(HAND_COUNTED.total);
    };
    block(L.despfGoal[lang], HAND_COUNTED.byGoal);
    block(columnDef("lead").label[lang], HAND_COUNTED.byCommittee);
  });

  test.each(langs)("%s: the Data issues sheet has one row per issue, in the report's language", async (lang) => {
    const wb = await report(model, lang, "full");
    const rows = table(wb.sheets[REPORT_SHEETS.issues[lang]]!, ISSUES_HEADER_ROW);
    expect(rows).toHaveLength(model.issues.length);
    expect(rows.map((r) => r[L.rule[lang]]![0])).toEqual(model.issues.map((p) => p.code));
    expect(rows.map((r) => r[L.message[lang]]![0])).toEqual(model.issues.map((p) => p.message[lang] || p.message.en));
    expect(rows.map((r) => r[L.file[lang]]![0])).toEqual(model.issues.map((p) => p.where.file ?? null));
    expect(rows.map((r) => r[L.cell[lang]]![0])).toEqual(model.issues.map((p) => p.where.cell ?? null));
  });

  test("every input row is in the report: used and supporting rows on Measures, excluded rows on Data issues", async () => {
    const wb = await report(model, "en", "full");
    const measures = table(wb.sheets[REPORT_SHEETS.measures.en]!, MEASURES_HEADER_ROW);
    const issues = table(wb.sheets[REPORT_SHEETS.issues.en]!, ISSUES_HEADER_ROW);
    const committeeOf = new Map(model.submissions.map((s) => [s.file, s.committee]));
    for (const r of model.rows) {
      if (r.outcome === "excluded") {
        expect(issues.some((i) => i[L.rule.en]![0] === "row.excluded" && i[L.file.en]![0] === r.file)).toBe(true);
        continue;
      }
      const row = measures.find((m) => m[columnDef("id").label.en]![0] === r.measureId)!;
      if (r.outcome === "used") expect(row[ROLE_LABELS.lead.en]![0]).toBe(committeeOf.get(r.file));
      else expect(String(row[L.supportingEntries.en]![0])).toContain(`${committeeOf.get(r.file)}:`);
    }
    const excludedIssues = issues.filter((i) => i[L.rule.en]![0] === "row.excluded").length;
    expect(excludedIssues).toBe(model.rows.filter((r) => r.outcome === "excluded").length);
  });

  test("the cover names the quarter, the catalogue and every submission with its outcome", async () => {
    const wb = await report(model, "en", "full");
    const cover = values(wb.sheets[REPORT_SHEETS.cover.en]!).flat().filter((v): v is string | number => v !== null);
    const text = cover.map(String);
    expect(text[0]).toBe(L.title.en);
    expect(text).toContain("National Digital Economy and Society Council (NDESC)");
    expect(text.some((t) => t.startsWith("Q3 2026 (01/07/2026 – 30/09/2026)"))).toBe(true);
    expect(text.some((t) => t.startsWith("22/10/2026 14:05"))).toBe(true);
    expect(text.some((t) => t.includes(catalogue.version) && t.includes(catalogue.hash.slice(0, 12)))).toBe(true);
    expect(text).toContain(L.workingTitles.en);
    for (const s of model.submissions) expect(text).toContain(s.file);
    expect(text).toContain("The workbook is for 2026-Q2, not 2026-Q3");
    expect(text).toContain("not a zip file (corrupt or not an .xlsx workbook)");
    expect(text.filter((t) => t === L.rejected.en)).toHaveLength(2);
    // The DGC stamp 02:30 UTC is 09:30 in Phnom Penh.
    expect(text).toContain("2026-10-05 09:30:00");
  });

  test("the Khmer cover has the Khmer solar date and, in October, the Buddhist Era year 2570", async () => {
    const wb = await report(model, "km", "full");
    const text = values(wb.sheets[REPORT_SHEETS.cover.km]!).flat().map((v) => String(v ?? ""));
    expect(text).toContain("ថ្ងៃព្រហស្បតិ៍ ទី២២ ខែតុលា ឆ្នាំ២០២៦");
    expect(text).toContain("២៥៧០");
    expect(text).toContain(L.buddhistEra.km);
    expect(text.some((t) => t.startsWith("២២/១០/២០២៦ ម៉ោង ១៤:០៥"))).toBe(true);
  });

  test("changes since last quarter: status moves, newly completed and progress changes; one line without a previous quarter", async () => {
    const wb = await report(model, "en", "full");
    const grid = values(wb.sheets[REPORT_SHEETS.changes.en]!);
    const rowOf = (id: string) => grid.filter((r) => r[0] === id);
    // m2 moved On track → At risk, m5 On track → Completed (twice: a move and newly completed), m1 stayed On track, +40.
    expect(rowOf(m2.id).map((r) => r.slice(4))).toEqual([["On track", "At risk", 50, 30, -20]]);
    expect(rowOf(m5.id).map((r) => r.slice(4))).toEqual([
      ["On track", "Completed", 70, 100, 30],
      ["On track", "Completed", 70, 100, 30],
    ]);
    expect(rowOf(m1.id).map((r) => r.slice(4))).toEqual([["On track", "On track", 20, 60, 40]]);

    const none = await report(noPrevious, "en", "none");
    const lines = values(none.sheets[REPORT_SHEETS.changes.en]!).filter((r) => r.some((v) => v !== null));
    // Then the changes between resubmissions: none in this quarter.
    expect(lines.map((r) => r[0])).toEqual([`${L.changesTitle.en} — Q3 2026`, L.noPrevious.en, R.resubmissionsTitle.en, R.resubmissionsNote.en, R.noneSuperseded.en]);
  });
});
