/**
 * A workbook set up from an imported catalogue carries it (its Catalogue sheet, checked against
 * the hash in its metadata): the ribbon's "Check entries", the pane's check and `policy-tracker
 * validate` on a machine that never saw the import give the same verdict. An edited carried
 * catalogue is reported; the secretariat's `consolidate` never trusts a carried catalogue.
 */
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { validateWorkbook } from "../../src/commands/ribbonActions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Catalogue } from "../../src/domain/catalogue/catalogue";
import { shortHash } from "../../src/domain/catalogue/catalogueBuild";
import { catalogueToJson, parseCatalogueJson } from "../../src/domain/catalogue/catalogueJson";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import type { Lang } from "../../src/domain/text/lang";
import { SHEET_NAMES, type ColumnKey } from "../../src/domain/statusSheet/columns";
import type { Problem } from "../../src/domain/rules/problems";
import { statusLabel } from "../../src/domain/entries/status";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { excelGateway } from "../../src/taskpane/gateway";
import { createExcelFake, type ExcelFake, type Scalar } from "../excel-fake";
import { QUARTER, cellOf, fillRow, ok } from "../excel/support";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("carried");
afterAll(() => tmp.cleanup());
// ExcelJS and the CLI load on the first test.
jest.setTimeout(30_000);

/** The official action plan as imported: other titles, lead institutions, a year as a target, a new measure. */
function importedCatalogue(): Catalogue {
  const bundled = bundledCatalogue();
  const measures = bundled.measures.map((m, i) => ({
    ...m,
    title: { en: i === 0 ? `- ${m.title.en} (official)` : `${m.title.en} (official)`, km: m.title.km },
    provenance: "official",
    ...(i % 3 === 0 ? { leadInstitution: "Ministry of Post and Telecommunications" } : {}),
    ...(i % 4 === 0 ? { target: "2027" } : {}),
  }));
  measures.push({ ...measures[1]!, id: "G4-99" as never, lead: "DGC", supporting: [], title: { en: "Open the national data exchange platform", km: "" } });
  const { catalogue, problems } = parseCatalogueJson(JSON.parse(JSON.stringify({ version: "2027.1", source: "Official action plan", measures })), "official.json");
  if (!catalogue) throw new Error(problems.map((p) => p.message.en).join("; "));
  return catalogue;
}

const imported = importedCatalogue();
const entries = (lang: Lang): Partial<Record<ColumnKey, Scalar>>[] => [
  { status: statusLabel("on-track", lang), progress: 150 },
  { status: statusLabel("on-track", lang), progress: 40, achievements: "Drafted the plan", officer: "Sok Dara" },
  { status: statusLabel("delayed", lang), progress: 20 },
];

/** A verdict as comparable text: rule, severity and cell of each problem, sorted. */
const verdictOf = (problems: readonly Pick<Problem, "code" | "severity" | "where">[]) =>
  problems.map((p) => `${p.code} ${p.severity} ${p.where.cell ?? "-"}`).sort();

interface CliIssue {
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly cell: string | null;
}

async function cliVerdict(file: string, extra: string[] = []): Promise<{ code: number; issues: string[] }> {
  const cap = captureIo();
  const code = await main(["validate", file, "--json", ...extra], cap.io);
  const [report] = JSON.parse(cap.out.join("\n")) as { issues: CliIssue[] }[];
  return { code, issues: report!.issues.map((i) => `${i.rule} ${i.severity} ${i.cell ?? "-"}`).sort() };
}

/** Where a text sits on a sheet of the fake (the layout of the catalogue sheet is not assumed). */
function findOnFake(fake: ExcelFake, sheet: string, text: string): string {
  const grid = fake.values(`'${sheet}'!A1:Z400`);
  for (const [r, row] of grid.entries()) {
    const c = row.indexOf(text);
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 1}`;
  }
  throw new Error(`"${text}" is not on ${sheet}`);
}

async function setUpOnFake(lang: Lang): Promise<ExcelFake> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue: imported, committee: "DGC", quarter: QUARTER, lang, host: fake }));
  for (const [i, row] of entries(lang).entries()) await fillRow(fake, SHEET_NAMES.status[lang], i, row);
  return fake;
}

/** `policy-tracker template --catalogue`, then the same entries typed in (ExcelJS). */
async function templateFile(lang: Lang, catalogueFile: string): Promise<string> {
  const file = tmp.path(`DGC-${lang}.xlsx`);
  const cap = captureIo();
  const args = ["template", "--committee", "DGC", "--quarter", QUARTER, "--lang", lang, "--catalogue", catalogueFile, "--out", file];
  expect(await main(args, cap.io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET_NAMES.status[lang])!;
  for (const [i, row] of entries(lang).entries()) for (const [key, value] of Object.entries(row)) ws.getCell(cellOf(i, key as ColumnKey)).value = value;
  await wb.xlsx.writeFile(file);
  return file;
}

async function editFileCell(file: string, sheet: string, from: string, to: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let found = false;
  wb.getWorksheet(sheet)!.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === from) {
        cell.value = to;
        found = true;
      }
    }),
  );
  expect(found).toBe(true);
  const out = file.replace(/\.xlsx$/, "-edited.xlsx");
  await wb.xlsx.writeFile(out);
  return out;
}

describe.each<Lang>(["en", "km"])("a workbook set up from an imported catalogue (%s)", (lang) => {
  const catalogueFile = tmp.path(`official-${lang}.json`);
  beforeAll(() => writeFileSync(catalogueFile, catalogueToJson(imported)));

  test("validates the same from the ribbon, the pane and the CLI, none of which knows the import", async () => {
    const fake = await setUpOnFake(lang);
    const bundledOnly = [bundledCatalogue()];
    const ribbon = ok(await validateWorkbook({ completed: () => undefined }, fake, bundledOnly));
    const pane = ok(await excelGateway(fake).validateTable(bundledOnly));
    const cli = await cliVerdict(await templateFile(lang, catalogueFile));

    expect(ribbon.catalogueVersion).toBe("2027.1");
    expect(verdictOf(ribbon.problems)).not.toContainEqual(expect.stringMatching(/^meta\.catalogue-unknown/));
    // The table holds the imported catalogue's measures (its new one is the committee's).
    expect(ribbon.rows).toBe(committeeMeasures(imported, "DGC").length);
    expect(ribbon.rows).toBe(committeeMeasures(bundledCatalogue(), "DGC").length + 1);
    // Every row left blank needs a status; beyond that, exactly what was planted (no catalogue rule fires).
    const blank = verdictOf(ribbon.problems).filter((line) => line.startsWith("status.required "));
    expect(blank).toHaveLength(ribbon.rows - entries(lang).length);
    expect(verdictOf(ribbon.problems).filter((line) => !blank.includes(line))).toEqual([
      `progress.range error ${cellOf(0, "progress")}`,
      `risk.challenges error ${cellOf(2, "challenges")}`,
      `risk.next-steps error ${cellOf(2, "nextSteps")}`,
    ]);
    expect(verdictOf(pane.problems)).toEqual(verdictOf(ribbon.problems));
    expect(cli.issues).toEqual(verdictOf(ribbon.problems));
    expect(cli.code).toBe(1);
  });

  test("an edited cell of the carried catalogue is reported, from the ribbon and from the CLI", async () => {
    const fake = await setUpOnFake(lang);
    const title = imported.measures[5]!.title.en;
    fake.seed.values(`'${SHEET_NAMES.catalogue[lang]}'!${findOnFake(fake, SHEET_NAMES.catalogue[lang], title)}`, [["A better title"]]);
    const ribbon = ok(await validateWorkbook({ completed: () => undefined }, fake, [bundledCatalogue()]));
    const changed = ribbon.problems.filter((p) => p.code === "catalogue.sheet-changed");
    expect(changed).toHaveLength(1);
    expect(changed[0]!.severity).toBe("error");
    expect(changed[0]!.where.sheet).toBe(SHEET_NAMES.catalogue[lang]);
    expect(changed[0]!.message.en).toMatch(/catalogue .*changed.*2027\.1/);
    expect(changed[0]!.message.km).toMatch(/[\u1780-\u17FF]/);
    expect(ribbon.ready).toBe(false);

    const edited = await editFileCell(await templateFile(lang, catalogueFile), SHEET_NAMES.catalogue[lang], title, "A better title");
    const cli = await cliVerdict(edited);
    expect(cli.issues).toContain("catalogue.sheet-changed error -");
    expect(cli.issues).toEqual(verdictOf(ribbon.problems));
  });

  test("consolidate without that catalogue rejects the file, naming the catalogue and how to give it", async () => {
    const file = await templateFile(lang, catalogueFile);
    const report = tmp.path(`report-${lang}.xlsx`);
    const without = captureIo();
    expect(await main(["consolidate", file, "--quarter", QUARTER, "--out", report], without.io)).toBe(2);
    const reason = without.err.join("\n");
    expect(reason).toContain("2027.1");
    expect(reason).toContain(shortHash(imported.hash));
    expect(reason).toContain("--catalogue");

    const given = captureIo();
    expect(await main(["consolidate", file, "--quarter", QUARTER, "--out", report, "--catalogue", catalogueFile], given.io)).toBe(0);
    expect(given.out.join("\n")).toMatch(/1 submissions accepted, 0 rejected/);
    expect(readFileSync(report).byteLength).toBeGreaterThan(0);
  });
});
