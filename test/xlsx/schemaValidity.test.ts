import { readFileSync, readdirSync, statSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { join, relative } from "node:path";
import { runDemo } from "../../src/cli/demoCommand";
import { TOOLS, describeWith } from "../support/environment";
import { checkAgainstSchemas, processMarkupCompatibility } from "../support/ooxmlSchemas";
import { captureIo, tempDir } from "../support/tmp";

/**
 * Every part of every workbook `policy-tracker demo` writes (the committees' status workbooks, the
 * Council's reports in English and Khmer with their charts, the trend workbooks) against the
 * ISO/IEC 29500 transitional schemas in schemas/ooxml. Without xmllint the check skips, saying why;
 * under CI it fails (test/support/environment.ts).
 */
const tmp = tempDir("schemas");
afterAll(() => tmp.cleanup());

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? xlsxFiles(path) : name.endsWith(".xlsx") ? [path] : [];
  });
}

describe("markup-compatibility processing before validation", () => {
  test.each([
    ["drops mc:Ignorable and what is in the namespaces it lists", '<r xmlns="u" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="v" mc:Ignorable="x" x:a="1" b="2"><x:e>t</x:e><k/></r>', '<r xmlns="u" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="v" b="2"><k/></r>'],
    ["keeps the fallback of an AlternateContent", '<r xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice Requires="x"><n/></mc:Choice><mc:Fallback><o a="1"/></mc:Fallback></mc:AlternateContent></r>', '<r xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><o a="1"/></r>'],
    ["escapes text and attributes again", '<r a="&quot;&amp;">1 &lt; 2</r>', '<r a="&quot;&amp;">1 &lt; 2</r>'],
  ])("%s", (_case, input, output) => {
    expect(processMarkupCompatibility(input)).toBe(`<?xml version="1.0" encoding="UTF-8"?>${output}`);
  });
});

describeWith([TOOLS.xmllint], "every part of the demo's workbooks is valid against the ISO/IEC 29500 transitional schemas", () => {
  const out = tmp.path("demo");
  let files: string[] = [];
  beforeAll(async () => {
    const io = captureIo();
    expect(await runDemo(out, io.io)).toBe(0);
    files = xlsxFiles(out);
  }, 300_000);

  test("the demo wrote status workbooks and the Council's reports in English and Khmer, with charts", () => {
    const names = files.map((f) => relative(out, f));
    expect(names).toEqual(expect.arrayContaining(["report-2026-Q3.xlsx", "report-2026-Q3-km.xlsx", "trend.xlsx", "trend-km.xlsx", "2026-Q3/DGC-2026-Q3.xlsx"]));
  });

  test("no part fails its schema, and the chart and drawing parts were among those checked", () => {
    const problems: string[] = [];
    const checked = new Map<string, number>();
    for (const file of files) {
      const report = checkAgainstSchemas(new Uint8Array(readFileSync(file)), relative(out, file));
      problems.push(...report.problems);
      for (const [schema, parts] of Object.entries(report.checked)) checked.set(schema, (checked.get(schema) ?? 0) + parts.length);
    }
    expect(problems).toEqual([]);
    // Two stacked bars in each of the three reports, four line charts in each trend workbook.
    expect(checked.get("dml-chart.xsd")).toBe(3 * 2 + 2 * 4);
    expect(checked.get("dml-spreadsheetDrawing.xsd")).toBe(5);
    expect(checked.get("sml.xsd")).toBeGreaterThan(files.length * 3);
  }, 300_000);

  test("a part out of schema order is caught (the check can fail)", () => {
    const report = files.find((f) => f.endsWith("report-2026-Q3-km.xlsx"))!;
    // autoTitleDeleted moved before the title: the schema's sequence puts it after.
    const all = unzipSync(new Uint8Array(readFileSync(report)));
    const xml = strFromU8(all["xl/charts/chart1.xml"]!);
    all["xl/charts/chart1.xml"] = strToU8(xml.replace('<c:autoTitleDeleted val="0"/>', "").replace("<c:chart><c:title>", '<c:chart><c:autoTitleDeleted val="0"/><c:title>'));
    const result = checkAgainstSchemas(zipSync(all), "broken.xlsx");
    expect(result.problems.join("\n")).toMatch(/broken\.xlsx: xl\/charts\/chart1\.xml.*title.*not expected/);
  });
});
