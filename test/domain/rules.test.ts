import type { Cell } from "../../src/domain/entries/cells";
import type { ColumnKey } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import type { MeasureId } from "../../src/domain/ids";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { validateRows } from "../../src/domain/rules/tableRules";
import { ENTRY_RULES } from "../../src/domain/rules/entryRules";
import { parseEntry, type StatusRow } from "../../src/domain/statusSheet/statusRow";
import { isoToSerial } from "../../src/domain/entries/entryParse";
import type { IsoDate } from "../../src/domain/periods/periods";

const catalogue = bundledCatalogue();
const measure = catalogue.measures.find((m) => m.lead === "DGC")!;
const quarter = "2026-Q3" as Quarter;
const ctx = { quarter, committee: "DGC" as const, catalogue, previous: new Map([[measure.id, { progress: 60 }]]) as Map<MeasureId, { progress?: number }> };

type Entries = Partial<Record<ColumnKey, Cell["value"] | Cell>>;
const cell = (v: Cell["value"] | Cell): Cell => (v !== null && typeof v === "object" ? v : { value: v });
const serial = (d: string) => isoToSerial(d as IsoDate);

/** A valid row for the measure, with `over` applied: every case changes only what it tests. */
function row(over: Entries, lang: "en" | "km" = "en"): StatusRow {
  const base: Entries = {
    id: measure.id,
    goal: measure.goal,
    title: lang === "en" ? measure.title.en : measure.title.km,
    lead: measure.lead,
    role: lang === "en" ? "Lead" : "ដឹកនាំ",
    status: lang === "en" ? "On track" : "តាមផែនការ",
    progress: 70,
  };
  const cells: Partial<Record<ColumnKey, Cell>> = {};
  for (const [k, v] of Object.entries({ ...base, ...over })) if (v !== undefined) cells[k as ColumnKey] = cell(v as Cell["value"]);
  return { index: 0, cells };
}

const rulesOf = (r: StatusRow) => validateRows([r], ctx).map((f) => `${f.rule}@${f.column}`);

describe("a valid row passes in both languages", () => {
  test.each(["en", "km"] as const)("%s", (lang) => {
    expect(rulesOf(row({}, lang))).toEqual([]);
  });
});

describe("each rule fires on its planted problem, and only it", () => {
  test.each<[string, Entries, string[]]>([
    ["status required", { status: null }, ["status.required@status"]],
    ["status outside the vocabulary", { status: "Done" }, ["status.vocabulary@status"]],
    ["progress not a number", { progress: "seventy" }, ["progress.number@progress"]],
    ["progress above 100", { progress: 150 }, ["progress.range@progress"]],
    ["progress below 0", { progress: "-5" }, ["progress.range@progress", "progress.decrease@progress"]],
    ["completed below 100%", { status: "Completed", progress: 90, actualCompletion: serial("2026-08-01") }, ["completed.progress@progress"]],
    ["completed without a date", { status: "Completed", progress: 100 }, ["completed.date@actualCompletion"]],
    ["completed after the quarter", { status: "Completed", progress: 100, actualCompletion: "15/10/2026" }, ["completed.date@actualCompletion"]],
    ["completed in an earlier quarter: carried over, fine", { status: "Completed", progress: 100, actualCompletion: "2026-03-01" }, []],
    ["not started with progress", { status: "Not started", progress: 10 }, ["notstarted.progress@progress", "progress.decrease@progress"]],
    ["at risk without reasons or next steps", { status: "At risk" }, ["risk.challenges@challenges", "risk.next-steps@nextSteps"]],
    ["delayed without next steps", { status: "Delayed", challenges: "Procurement slipped" }, ["risk.next-steps@nextSteps"]],
    ["discontinued without a reason", { status: "Discontinued" }, ["discontinued.reason@challenges"]],
    ["a date that is not a date", { plannedCompletion: "next year" }, ["date.valid@plannedCompletion"]],
    ["an impossible date", { plannedCompletion: "31/02/2027" }, ["date.valid@plannedCompletion"]],
    ["a date outside 2021-2035", { plannedCompletion: "01/01/2040" }, ["date.range@plannedCompletion"]],
    ["progress below last quarter's (warning)", { progress: 50 }, ["progress.decrease@progress"]],
    ["evidence not a URL", { evidence: "see shared drive" }, ["evidence.url@evidence"]],
    ["budget not a number", { budgetPlanned: "a lot" }, ["budget.number@budgetPlanned"]],
    ["budget negative", { budgetSpent: -100 }, ["budget.non-negative@budgetSpent"]],
    ["budget overspent (warning)", { budgetPlanned: 1000, budgetSpent: 1500 }, ["budget.overspent@budgetSpent"]],
    ["a real formula in a text cell", { achievements: { value: "y", formula: 'HYPERLINK("http://evil","y")' } }, ["text.formula@achievements"]],
    ["text typed as =HYPERLINK (warning)", { nextSteps: '=HYPERLINK("http://evil")' }, ["text.formula-like@nextSteps"]],
    ["text starting with @ (warning)", { achievements: "@SUM(A1)" }, ["text.formula-like@achievements"]],
    ["text too long", { achievements: "x".repeat(2001) }, ["text.length@achievements"]],
    ["unknown measure ID", { id: "G9-99" }, ["measure.known@id"]],
    ["catalogue title edited", { title: "My own title" }, ["catalogue.unchanged@title"]],
    ["catalogue goal edited", { goal: 5 }, ["catalogue.unchanged@goal"]],
  ])("%s", (_name, over, expected) => {
    expect(rulesOf(row(over)).sort()).toEqual(expected.sort());
  });

  test("a duplicated measure ID is flagged on the second row", () => {
    const findings = validateRows([row({}), { ...row({}), index: 1 }], ctx);
    expect(findings.map((f) => [f.rule, f.row])).toEqual([["measure.duplicate", 1]]);
  });

  test("a measure the committee neither leads nor supports is a warning", () => {
    const other = catalogue.measures.find((m) => m.lead !== "DGC" && !m.supporting.includes("DGC"))!;
    const r = row({ id: other.id, goal: other.goal, title: other.title.en, lead: other.lead, role: "Supporting" });
    expect(rulesOf(r)).toEqual(["measure.committee@id"]);
  });

  test("every rule in the set has a case above or in the accepted-forms table", () => {
    const covered = new Set(["status.required", "status.vocabulary", "progress.number", "progress.range", "completed.progress", "completed.date", "notstarted.progress", "risk.challenges", "risk.next-steps", "discontinued.reason", "date.valid", "date.range", "progress.decrease", "evidence.url", "budget.number", "budget.non-negative", "budget.overspent", "text.formula", "text.formula-like", "text.length"]);
    expect(ENTRY_RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test("every finding has a message in English and in Khmer", () => {
    const findings = validateRows([row({ status: "At risk", progress: 150, evidence: "x", plannedCompletion: "x" })], ctx);
    expect(findings.length).toBeGreaterThan(3);
    for (const f of findings) {
      expect(f.message.en).not.toBe("");
      expect(f.message.km).toMatch(/[\u1780-\u17ff]/);
    }
  });
});

describe("accepted input forms parse to the same entry", () => {
  test.each<[string, Entries, Partial<ReturnType<typeof parseEntry>>]>([
    ["progress 45", { progress: 45 }, { progress: 45 }],
    ["progress '45%'", { progress: "45%" }, { progress: 45 }],
    ["progress 0.45 in a percent cell", { progress: { value: 0.45, format: "percent" } }, { progress: 45 }],
    ["progress in Khmer digits", { progress: "៤៥%" }, { progress: 45 }],
    ["date as an Excel serial", { plannedCompletion: serial("2027-06-30") }, { plannedCompletion: "2027-06-30" as IsoDate }],
    ["date as dd/mm/yyyy text", { plannedCompletion: "30/06/2027" }, { plannedCompletion: "2027-06-30" as IsoDate }],
    ["date in Khmer digits", { plannedCompletion: "៣០/០៦/២០២៧" }, { plannedCompletion: "2027-06-30" as IsoDate }],
    ["date as ISO text", { plannedCompletion: "2027-06-30" }, { plannedCompletion: "2027-06-30" as IsoDate }],
    ["status in Khmer with a zero-width space", { status: "យឺត\u200bយ៉ាវ" }, { status: "delayed" }],
    ["status with stray spaces and case", { status: "  at   RISK " }, { status: "at-risk" }],
    ["budget with separators and $", { budgetPlanned: "$12,500" }, { budgetPlanned: 12500 }],
    ["a formula's cached value, never its text", { achievements: { value: "Done", formula: "A1" } }, { achievements: "Done" }],
  ])("%s", (_name, over, expected) => {
    expect(parseEntry(row(over))).toMatchObject(expected);
  });
});
