/**
 * The CLI's fast path — files read, checked and dropped one at a time (startConsolidation), the
 * report streamed to disk (writeReportFile), the summary written issue by issue — against the plain
 * path the task pane takes: consolidate() over all files, then writeReport() and JSON.stringify.
 * Same inputs, same summary JSON byte for byte, same report cells.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { runConsolidate } from "../../src/cli/consolidateCommand";
import { readSubmissionFiles } from "../../src/cli/readSubmissions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { reportSummary } from "../../src/domain/consolidation/summary";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeDemoInputs } from "../support/demoInputs";
import { TOOLS, testWith } from "../support/environment";
import { cellValues, dumpWithOpenpyxl } from "../support/reportDump";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("fast-path");
afterAll(() => tmp.cleanup());
const GENERATED = new Date("2026-10-22T07:05:00Z");
const QUARTER = "2026-Q3" as Quarter;

interface Outputs {
  readonly report: string;
  readonly summary: string;
}

const inputs = writeDemoInputs(tmp.path("inputs"));

async function fastPath(lang: Lang, withPrevious: boolean): Promise<Outputs> {
  const { q2, q3 } = await inputs;
  const out = { report: tmp.path(`fast-${lang}-${withPrevious}.xlsx`), summary: tmp.path(`fast-${lang}-${withPrevious}.json`) };
  const io = captureIo();
  const code = await runConsolidate([q3], { quarter: QUARTER, out: out.report, summary: out.summary, lang, ...(withPrevious ? { previous: [q2] } : {}) }, io.io, GENERATED);
  expect({ code, err: io.err }).toEqual({ code: 0, err: expect.arrayContaining([expect.stringMatching(/damaged\.xlsx: error: /)]) });
  return out;
}

async function plainPath(lang: Lang, withPrevious: boolean): Promise<Outputs> {
  const { q2, q3 } = await inputs;
  const model = consolidate(readSubmissionFiles([q3]), { quarter: QUARTER, catalogue: bundledCatalogue(), ...(withPrevious ? { previous: readSubmissionFiles([q2]) } : {}) });
  const out = { report: tmp.path(`plain-${lang}-${withPrevious}.xlsx`), summary: tmp.path(`plain-${lang}-${withPrevious}.json`) };
  writeFileSync(out.report, await writeReport(model, { lang, generatedAt: GENERATED }));
  writeFileSync(out.summary, `${JSON.stringify(reportSummary(model), null, 2)}\n`);
  return out;
}

const cases: [string, Lang, boolean][] = [
  ["English, with last quarter", "en", true],
  ["Khmer, without last quarter", "km", false],
];
const runs = new Map<string, Promise<[Outputs, Outputs]>>();
const both = (lang: Lang, withPrevious: boolean) => {
  const key = `${lang}-${withPrevious}`;
  if (!runs.has(key)) runs.set(key, Promise.all([fastPath(lang, withPrevious), plainPath(lang, withPrevious)]));
  return runs.get(key)!;
};

describe.each(cases)("consolidate, fast path against plain path: %s", (_name, lang, withPrevious) => {
  test("the same summary JSON, byte for byte, and it covers what consolidation must sort out", async () => {
    const [fast, plain] = await both(lang, withPrevious);
    const text = readFileSync(fast.summary, "utf8");
    expect(text).toBe(readFileSync(plain.summary, "utf8"));
    const summary = JSON.parse(text) as {
      submissions: { file: string; status: string; reason: string | null; supersededBy: string | null }[];
      issues: { file: string | null; rule: string }[];
    };
    const outcome = Object.fromEntries(summary.submissions.map((s) => [s.file, [s.status, s.reason ?? ""]]));
    expect(outcome["DEBC-2026-Q3.xlsx"]).toEqual(["accepted", ""]);
    expect(outcome["DEBC-2026-Q3-resent.xlsx"]).toEqual(["rejected", "superseded by the later submission DEBC-2026-Q3.xlsx"]);
    expect(summary.submissions.find((s) => s.file === "DEBC-2026-Q3-resent.xlsx")!.supersededBy).toBe("DEBC-2026-Q3.xlsx");
    // The superseded file is one line, not a data issue per row.
    expect(summary.issues.filter((i) => i.file === "DEBC-2026-Q3-resent.xlsx")).toEqual([]);
    expect(outcome["DSC-old-quarter.xlsx"]).toEqual(["rejected", "The workbook is for 2026-Q2, not 2026-Q3"]);
    expect(outcome["damaged.xlsx"]![0]).toBe("rejected");
    expect(summary.issues.map((i) => i.rule)).toEqual(expect.arrayContaining(["row.excluded", "completed.progress", "risk.next-steps", "text.formula-like"]));
    if (withPrevious) expect(summary.issues.map((i) => i.rule)).toContain("progress.decrease");
  }, 120_000);

  test("the same report cells, read back by our reader", async () => {
    const [fast, plain] = await both(lang, withPrevious);
    const values = cellValues(fast.report);
    expect(Object.keys(values)).toHaveLength(8);
    expect(values).toEqual(cellValues(plain.report));
  }, 120_000);

  testWith([TOOLS.openpyxl], "the same report read back by openpyxl: values, types and styles of every cell, merges, sizes, panes, filters, page setup", async () => {
    const [fast, plain] = await both(lang, withPrevious);
    expect(dumpWithOpenpyxl(fast.report)).toEqual(dumpWithOpenpyxl(plain.report));
  }, 120_000);
});
