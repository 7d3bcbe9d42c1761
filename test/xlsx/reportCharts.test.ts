import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { readSubmissionFiles } from "../../src/cli/readSubmissions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { parseA1 } from "../../src/domain/entries/cells";
import { REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { SUMMARY_CHARTS } from "../../src/domain/report/reportLayout";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { writeReportVariants } from "../../src/xlsx/write/reportWriter";
import { writeReportFile } from "../../src/xlsx/write/reportStreamWriter";
import { writeDemoInputs } from "../support/demoInputs";
import { PYTHON, TOOLS, describeWith } from "../support/environment";
import { tempDir } from "../support/tmp";

const tmp = tempDir("report-charts");
afterAll(() => tmp.cleanup());
const GENERATED = new Date("2026-10-22T07:05:00Z");

type Writer = "streamed" | "memory";

/** The demo's Q3 report in `lang`, written by the CLI's streaming writer and by the task pane's in-memory one. */
async function write(lang: Lang): Promise<Record<Writer | "chartless", string>> {
  const { q2, q3 } = await writeDemoInputs(tmp.path(`inputs-${lang}`));
  const model = consolidate(readSubmissionFiles([q3]), { quarter: "2026-Q3" as Quarter, catalogue: bundledCatalogue(), previous: readSubmissionFiles([q2]) });
  const files = { streamed: tmp.path(`streamed-${lang}.xlsx`), memory: tmp.path(`memory-${lang}.xlsx`), chartless: tmp.path(`chartless-${lang}.xlsx`) };
  await writeReportFile(model, { lang, generatedAt: GENERATED }, files.streamed);
  const { withCharts, withoutCharts } = await writeReportVariants(model, { lang, generatedAt: GENERATED });
  writeFileSync(files.memory, withCharts);
  writeFileSync(files.chartless, withoutCharts);
  return files;
}
const written = new Map<Lang, Promise<Record<Writer | "chartless", string>>>();
const reportsFor = (lang: Lang) => written.get(lang) ?? written.set(lang, write(lang)).get(lang)!;

const parts = (file: string) => unzipSync(new Uint8Array(readFileSync(file)));
const text = (all: Record<string, Uint8Array>, name: string) => strFromU8(all[name] ?? new Uint8Array());
const attrs = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*)/?>`, "g"))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));

/** Every relationship's target exists, and every part has a content type (Excel repairs a file otherwise). */
function packageProblems(all: Record<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const types = text(all, "[Content_Types].xml");
  const overrides = new Set(attrs(types, "Override").map((o) => o.PartName!.slice(1)));
  const defaults = new Set(attrs(types, "Default").map((d) => d.Extension!));
  for (const name of Object.keys(all)) {
    if (name.endsWith("/") || name === "[Content_Types].xml") continue;
    if (!overrides.has(name) && !defaults.has(name.slice(name.lastIndexOf(".") + 1))) problems.push(`${name}: no content type`);
    if (!name.endsWith(".rels")) continue;
    const folder = name.replace(/_rels\/[^/]+$/, "");
    for (const rel of attrs(text(all, name), "Relationship")) {
      if (rel.TargetMode === "External") continue;
      const target = rel.Target!.startsWith("/") ? rel.Target!.slice(1) : new URL(rel.Target!, `http://x/${folder}`).pathname.slice(1);
      if (!(target in all)) problems.push(`${name}: ${rel.Id} → ${target} is missing`);
    }
  }
  for (const part of overrides) if (!(part in all)) problems.push(`[Content_Types].xml: override for missing ${part}`);
  return problems;
}

/** What a chart part says: its series' references and cached figures, its categories, title and fonts. */
function chartOf(xml: string) {
  const series = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const body = m[1]!;
    const ref = (tag: string) => new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(body)?.[1];
    const cache = (tag: string) => [...(new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(body)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]!);
    return { name: ref("tx"), values: ref("val"), categories: ref("cat"), cachedName: cache("tx")[0], cachedValues: cache("val").map(Number), cachedCategories: cache("cat") };
  });
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join("");
  return { series, title, kind: /<c:barChart>/.test(xml) ? "bar" : "other", fonts: [...new Set(attrs(xml, "a:cs").map((a) => a.typeface))], latin: [...new Set(attrs(xml, "a:latin").map((a) => a.typeface))] };
}

/** "'Summary'!$C$6:$C$10" → the cells' values, read back from the report with the project's reader. */
function cellsAt(file: string, formula: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$?([A-Z]+\$?\d+)(?::\$?([A-Z]+\$?\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a reference: ${formula}`);
  const [from, to] = [parseA1(m[2]!.replace(/\$/g, ""))!, parseA1((m[3] ?? m[2]!).replace(/\$/g, ""))!];
  const rows = openWorkbook(new Uint8Array(readFileSync(file)), file).readSheet(m[1]!.replace(/''/g, "'")).rows;
  const out: unknown[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push(rows[r]?.[c]?.value ?? null);
  return out;
}

describe.each<[Lang, Writer]>([
  ["en", "streamed"],
  ["km", "streamed"],
  ["en", "memory"],
  ["km", "memory"],
])("the report's charts (%s, %s writer)", (lang, writer) => {
  const summary = REPORT_SHEETS.summary[lang];

  test("two stacked bars on the Summary sheet, in a consistent package: sheet → drawing → chart parts, content types", async () => {
    const file = (await reportsFor(lang))[writer];
    const all = parts(file);
    expect(Object.keys(all).filter((n) => /^xl\/(charts|drawings)\//.test(n)).sort()).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    expect(packageProblems(all)).toEqual([]);
    const book = openWorkbook(new Uint8Array(readFileSync(file)), file);
    const sheetPart = book.sheets.find((s) => s.name === summary)!.part;
    const drawingRel = attrs(text(all, sheetPart), "drawing")[0]!["r:id"];
    const sheetRels = attrs(text(all, sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels"), "Relationship");
    expect(sheetRels.find((r) => r.Id === drawingRel)).toMatchObject({ Target: "../drawings/drawing1.xml" });
    expect(attrs(text(all, "xl/drawings/drawing1.xml"), "xdr:cNvPr").map((a) => a.name)).toEqual(SUMMARY_CHARTS.map((c) => c.name));
    // No other sheet got a drawing.
    for (const s of book.sheets.filter((x) => x.name !== summary)) expect(text(all, s.part)).not.toContain("<drawing");
  }, 120_000);

  test.each(SUMMARY_CHARTS.map((c, i) => [c.name, i] as const))("%s: a series per status from the Summary table's cells, which its cached figures equal", async (_name, i) => {
    const file = (await reportsFor(lang))[writer];
    const chart = chartOf(text(parts(file), `xl/charts/chart${i + 1}.xml`));
    const spec = SUMMARY_CHARTS[i]!;
    expect(chart.kind).toBe("bar");
    expect(chart.title).toBe(spec.title[lang]);
    expect(chart.series).toHaveLength(7);
    const { table } = spec;
    const on = `'${summary}'!`;
    chart.series.forEach((s, k) => {
      const col = String.fromCharCode(67 + k); // C… (STATUS_TABLE_COLUMNS.firstStatus)
      expect([s.name, s.values, s.categories]).toEqual([
        `${on}$${col}$${table.header}`,
        `${on}$${col}$${table.firstBody}:$${col}$${table.firstBody + table.bodyRows - 1}`,
        `${on}$A$${table.firstBody}:$A$${table.firstBody + table.bodyRows - 1}`,
      ]);
      expect(cellsAt(file, s.name!)).toEqual([s.cachedName]);
      expect(cellsAt(file, s.values!)).toEqual(s.cachedValues);
      expect(cellsAt(file, s.categories!)).toEqual(s.cachedCategories);
    });
  }, 120_000);

  test("text in the charts names the report's font, and a Khmer font for Khmer script", async () => {
    const file = (await reportsFor(lang))[writer];
    const chart = chartOf(text(parts(file), "xl/charts/chart1.xml"));
    expect(chart.fonts).toEqual(["Khmer OS Siemreap"]);
    expect(chart.latin).toEqual([lang === "km" ? "Khmer OS Siemreap" : "Calibri"]);
  }, 120_000);
});

describe("the report without its charts (for Excel on the web)", () => {
  test.each<Lang>(["en", "km"])("%s: the same package, less the drawing, the chart parts and what points at them", async (lang) => {
    const { memory, chartless } = await reportsFor(lang);
    const [withCharts, without] = [parts(memory), parts(chartless)];
    const chartParts = (n: string) => /^xl\/(charts|drawings)\//.test(n) || /^xl\/worksheets\/_rels\//.test(n);
    expect(Object.keys(without).sort()).toEqual(Object.keys(withCharts).filter((n) => !chartParts(n)).sort());
    expect(Object.values(without).map((part) => strFromU8(part)).join("")).not.toMatch(/<drawing |drawingml\.chart/);
    expect(packageProblems(without)).toEqual([]);
  }, 120_000);
});

describe("no temporary file is left beside the CLI's report", () => {
  test("after writing", async () => {
    await reportsFor("en");
    expect(readdirSync(tmp.path(".")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);
});

const READ_CHARTS = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[c.tagname, c.type, c.grouping, len(c.series), c.series[0].tx.strRef.f, c.series[0].val.numRef.f, c.series[0].cat.strRef.f, c.anchor._from.row, c.anchor.to.row, c.anchor._from.col, c.anchor.to.col] for c in ws._charts]
print(json.dumps(out))
`;

describeWith([TOOLS.openpyxl], "read by openpyxl", () => {
  test.each<[Lang, Writer]>([
    ["en", "streamed"],
    ["km", "memory"],
  ])("%s (%s): the Summary sheet's two stacked bar charts, with their references and anchors", async (lang, writer) => {
    const file = (await reportsFor(lang))[writer];
    const charts = JSON.parse(execFileSync(PYTHON, ["-c", READ_CHARTS, file], { encoding: "utf8" })) as Record<string, unknown[][]>;
    const summary = REPORT_SHEETS.summary[lang];
    expect(Object.entries(charts).filter(([, list]) => list.length > 0).map(([name]) => name)).toEqual([summary]);
    expect(charts[summary]).toEqual(
      SUMMARY_CHARTS.map(({ table, rows, columns }) => [
        "barChart",
        "bar",
        "stacked",
        7,
        `'${summary}'!$C$${table.header}`,
        `'${summary}'!$C$${table.firstBody}:$C$${table.firstBody + table.bodyRows - 1}`,
        `'${summary}'!$A$${table.firstBody}:$A$${table.firstBody + table.bodyRows - 1}`,
        rows[0] - 1,
        rows[1],
        columns[0],
        columns[1] + 1,
      ]),
    );
  }, 120_000);
});
