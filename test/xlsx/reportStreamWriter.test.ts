import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { readSubmissionFiles } from "../../src/cli/readSubmissions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeReportFile } from "../../src/xlsx/write/reportStreamWriter";
import { writeDemoInputs } from "../support/demoInputs";
import { TOOLS, testWith } from "../support/environment";
import { cellValues, dumpWithOpenpyxl } from "../support/reportDump";
import { tempDir } from "../support/tmp";

const tmp = tempDir("stream-report");
afterAll(() => tmp.cleanup());
const GENERATED = new Date("2026-10-22T07:05:00Z");

/** The same model written by both writers: the in-memory one (task pane) and the streaming one (CLI). */
async function bothReports(lang: Lang): Promise<{ memory: string; streamed: string }> {
  const { q2, q3 } = await writeDemoInputs(tmp.path(`inputs-${lang}`));
  const catalogue = bundledCatalogue();
  const model = consolidate(readSubmissionFiles([q3]), { quarter: "2026-Q3" as Quarter, catalogue, previous: readSubmissionFiles([q2]) });
  const memory = tmp.path(`memory-${lang}.xlsx`);
  const streamed = tmp.path(`streamed-${lang}.xlsx`);
  writeFileSync(memory, await writeReport(model, { lang, generatedAt: GENERATED }));
  await writeReportFile(model, { lang, generatedAt: GENERATED }, streamed);
  return { memory, streamed };
}

const reports = new Map<Lang, Promise<{ memory: string; streamed: string }>>();
const reportsFor = (lang: Lang) => reports.get(lang) ?? reports.set(lang, bothReports(lang)).get(lang)!;

describe.each<Lang>(["en", "km"])("the streaming report writer (%s)", (lang) => {
  test("writes the same cell values as the in-memory writer (read by our reader), and no temporary file is left", async () => {
    const { memory, streamed } = await reportsFor(lang);
    const values = cellValues(streamed);
    expect(Object.keys(values)).toHaveLength(8);
    expect(values).toEqual(cellValues(memory));
    expect(readdirSync(tmp.path(".")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 60_000);

  test("keeps the progress bars' Excel 2010 look (x14 extension: solid, 0-100 %), as the in-memory writer does", async () => {
    const { memory, streamed } = await reportsFor(lang);
    const dataBars = (file: string) =>
      Object.values(unzipSync(new Uint8Array(readFileSync(file)), { filter: (f) => f.name.startsWith("xl/worksheets/") }))
        .map((part) => strFromU8(part).match(/<x14:dataBar [^>]*>/g) ?? [])
        .flat();
    expect(dataBars(streamed)).toEqual(['<x14:dataBar minLength="0" maxLength="100" gradient="0">']);
    expect(dataBars(streamed)).toEqual(dataBars(memory));
  }, 60_000);

  testWith([TOOLS.openpyxl], "read by openpyxl: same values, types, styles, merges, sizes, panes, filters and page setup", async () => {
    const { memory, streamed } = await reportsFor(lang);
    expect(dumpWithOpenpyxl(streamed)).toEqual(dumpWithOpenpyxl(memory));
  }, 60_000);
});

test("a failed write leaves no file behind", async () => {
  const out = tmp.path("nowhere/report.xlsx");
  const model = consolidate([], { quarter: "2026-Q3" as Quarter, catalogue: bundledCatalogue() });
  await expect(writeReportFile(model, { lang: "en", generatedAt: GENERATED }, out)).rejects.toThrow();
  expect(existsSync(out)).toBe(false);
});
