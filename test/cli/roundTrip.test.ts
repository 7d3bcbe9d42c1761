import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { columnIndex, type ColumnKey } from "../../src/domain/statusSheet/columns";
import { columnLetters } from "../../src/domain/entries/cells";
import { statusLabel } from "../../src/domain/entries/status";
import type { Lang } from "../../src/domain/text/lang";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("roundtrip");
afterAll(() => tmp.cleanup());

type Value = ExcelJS.CellValue;
const FIRST_BODY_ROW = 4;
const col = (key: ColumnKey) => columnLetters(columnIndex(key));
const date = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** One planted problem per row; every other row is filled validly. */
function cases(lang: Lang): [string, Partial<Record<ColumnKey, Value>>, string[]][] {
  const s = (code: Parameters<typeof statusLabel>[0]) => statusLabel(code, lang);
  return [
    ["status missing", { status: null }, ["status.required@status"]],
    ["status outside the vocabulary", { status: "Finished" }, ["status.vocabulary@status"]],
    ["progress typed as words", { progress: "half" }, ["progress.number@progress"]],
    ["progress over 100", { progress: 140 }, ["progress.range@progress"]],
    ["completed at 80%", { status: s("completed"), progress: 80, actualCompletion: date(2026, 8, 1) }, ["completed.progress@progress"]],
    ["completed without a date", { status: s("completed"), progress: 100 }, ["completed.date@actualCompletion"]],
    ["completed after the quarter", { status: s("completed"), progress: 100, actualCompletion: date(2026, 11, 2) }, ["completed.date@actualCompletion"]],
    ["completed in an earlier quarter", { status: s("completed"), progress: 100, actualCompletion: "15/02/2026" }, []],
    ["not started at 20%", { status: s("not-started"), progress: 20 }, ["notstarted.progress@progress"]],
    ["at risk, no reasons", { status: s("at-risk") }, ["risk.challenges@challenges", "risk.next-steps@nextSteps"]],
    ["delayed, no next steps", { status: s("delayed"), challenges: "Budget late" }, ["risk.next-steps@nextSteps"]],
    ["discontinued, no reason", { status: s("discontinued") }, ["discontinued.reason@challenges"]],
    ["a date that is not a date", { plannedCompletion: "soon" }, ["date.valid@plannedCompletion"]],
    ["a date outside 2021-2035", { plannedCompletion: date(2040, 1, 1) }, ["date.range@plannedCompletion"]],
    ["evidence not a link", { evidence: "in the drawer" }, ["evidence.url@evidence"]],
    ["budget as words", { budgetPlanned: "unknown" }, ["budget.number@budgetPlanned"]],
    ["negative budget", { budgetSpent: -5 }, ["budget.non-negative@budgetSpent"]],
    ["overspent", { budgetPlanned: 100, budgetSpent: 200 }, ["budget.overspent@budgetSpent"]],
    ["a real formula in a text cell", { achievements: { formula: '"Done"&""', result: "Done" } }, ["text.formula@achievements"]],
    ["=HYPERLINK typed as text", { nextSteps: '=HYPERLINK("http://x.example","y")' }, ["text.formula-like@nextSteps"]],
    ["text too long", { challenges: "x".repeat(2100) }, ["text.length@challenges"]],
    ["catalogue title edited", { title: "Something else" }, ["catalogue.unchanged@title"]],
    ["measure ID changed to an unknown one", { id: "G9-99" }, ["measure.known@id"]],
    // Accepted input forms: each must produce no issue at all.
    ["progress '45%'", { progress: "45%" }, []],
    ["progress in Khmer digits", { progress: "៤៥" }, []],
    ["progress 0.45 in a percent cell", { progress: { percent: 0.45 } as unknown as Value }, []],
    ["status in the other language, with a zero-width space", { status: lang === "en" ? "តាម\u200bផែនការ" : " on track " }, []],
    ["date as dd/mm/yyyy text", { plannedCompletion: "31/12/2027" }, []],
    ["date in Khmer digits", { plannedCompletion: "៣១/១២/២០២៧" }, []],
    ["date as a date cell", { plannedCompletion: date(2027, 12, 31) }, []],
    ["date as an Excel serial", { plannedCompletion: 46752 }, []],
  ];
}

describe.each<Lang>(["en", "km"])("template → filled with ExcelJS → validate (%s)", (lang) => {
  test("finds exactly the planted issues, at their cells", async () => {
    const file = tmp.path(`dgc-${lang}.xlsx`);
    const io = captureIo();
    expect(await main(["template", "--committee", "DGC", "--quarter", "2026-Q3", "--lang", lang, "--out", file], io.io)).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.state === "visible" && /Status|ស្ថានភាព/.test(w.name))!;
    const table = cases(lang);
    const bodyRows = ws.actualRowCount - FIRST_BODY_ROW + 1;
    expect(bodyRows).toBeGreaterThan(table.length);
    const expected: string[] = [];
    for (let i = 0; i < bodyRows; i++) {
      const r = FIRST_BODY_ROW + i;
      if (!ws.getCell(`${col("id")}${r}`).value) continue;
      ws.getCell(`${col("status")}${r}`).value = statusLabel("on-track", lang);
      ws.getCell(`${col("progress")}${r}`).value = 50;
      const planted = table[i];
      if (!planted) continue;
      const [, values, rules] = planted;
      for (const [key, value] of Object.entries(values) as [ColumnKey, Value][]) {
        const cell = ws.getCell(`${col(key)}${r}`);
        if (value && typeof value === "object" && "percent" in value) {
          cell.value = (value as { percent: number }).percent;
          // ExcelJS shares one style object among cells read from a file: give this cell its own.
          cell.style = { ...cell.style, numFmt: "0%" };
        } else cell.value = value;
      }
      expected.push(...rules.map((rule) => `${rule.split("@")[0]}@${col(rule.split("@")[1] as ColumnKey)}${r}`));
    }
    await wb.xlsx.writeFile(file);

    const out = captureIo();
    const code = await main(["validate", "--json", file], out.io);
    const [report] = JSON.parse(out.out.join("\n"));
    const found = report.issues.map((i: { rule: string; cell: string }) => `${i.rule}@${i.cell}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(code).toBe(1);
    expect(report.issues.every((i: { messageKm: string }) => /[\u1780-\u17ff]/.test(i.messageKm))).toBe(true);
  }, 30_000);
});
