import { readFileSync, readdirSync } from "node:fs";
import { issueJson, writeSummaryFile } from "../../src/cli/summaryFile";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { reportSummary } from "../../src/domain/consolidation/summary";
import type { Quarter } from "../../src/domain/periods/periods";
import { entry, submissionInput } from "../support/submissionInput";
import { tempDir } from "../support/tmp";

const tmp = tempDir("summary");
afterAll(() => tmp.cleanup());
const catalogue = bundledCatalogue();
const quarter = "2026-Q3" as Quarter;
const dgc = catalogue.measures.filter((m) => m.lead === "DGC");

test.each([
  ["no issues at all", []],
  [
    "issues with quotes, newlines, Khmer and formula-like text",
    [
      { file: "a\"b\nc.xlsx", unreadable: { en: 'bad "zip"\n\tline two', km: "ខូច" } },
      { file: "dgc.xlsx", input: submissionInput("dgc.xlsx", { committee: "DGC" }, [entry(dgc[0]!, "DGC", { status: "វិធានការ", evidence: '=HYPERLINK("x")' }), { ...entry(dgc[1]!, "DGC"), id: "G9-99" }]) },
    ],
  ],
  // More issues than one JSON.stringify batch (512) takes: the batches join as one array.
  ["1,100 issues, across batch boundaries", Array.from({ length: 1100 }, (_, i) => ({ file: `f${i}.xlsx`, unreadable: { en: `bad ${i}\n"x"`, km: "ខូច" } }))],
] as const)("the streamed summary has exactly the bytes of JSON.stringify(summary, null, 2): %s", (_name, files) => {
  const model = consolidate([...files], { quarter, catalogue });
  const file = tmp.path(`${_name.replace(/\W+/g, "-")}.json`);
  const head = writeSummaryFile(file, model);
  const summary = reportSummary(model);
  expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(summary, null, 2)}\n`);
  const { issues: _issues, ...expectedHead } = summary;
  expect(head).toEqual(expectedHead);
  expect(readdirSync(tmp.path(".")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test.each([
  ["flat strings and nulls", { file: "a.xlsx", sheet: null, cell: "B2", rule: "x.y", severity: "error", message: 'say "hi"\n\tក' }],
  ["undefined values, numbers, NaN, booleans", { a: undefined, b: 1.5, c: NaN, d: true, e: -0 }],
  ["a nested object and array", { a: "x", where: { file: "f", cells: ["A1", null] }, b: [] }],
  ["nothing", {}],
  ["only undefined", { a: undefined }],
] as [string, Record<string, unknown>][])("an issue is written as JSON.stringify writes it inside the summary: %s", (_name, issue) => {
  const expected = JSON.stringify({ issues: [issue] }, null, 2).split("\n").slice(2, -2).join("\n").replace(/^ {4}/, "");
  expect(issueJson(issue)).toBe(expected);
});
