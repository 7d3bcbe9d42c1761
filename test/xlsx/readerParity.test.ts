import type { Quarter } from "../../src/domain/periods/periods";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { readSubmission } from "../../src/xlsx/read/submissionReader";
import { demoSubmissions } from "../support/demoSubmissions";
import { HOSTILE_CASES } from "../support/hostileCorpus";
import { READERS, REFERENCE, judge, readAll } from "../support/readerParity";
import { goodRow, statusBook } from "../support/statusBook";
import { rowXml, sheetXml } from "../support/xlsxBuilder";

/** Each scanning reader against the reference: every sheet (unless `sheets` is false) and the submission, or the same refusal. */
function differences(bytes: Uint8Array, file: string, sheets = true): string[] {
  const reference = readAll(bytes, file, REFERENCE, sheets);
  const out: string[] = [];
  for (const [label, options] of READERS) {
    const candidate = readAll(bytes, file, options, sheets);
    for (const [key, ref] of Object.entries(reference)) {
      const why = judge(file, ref, candidate[key] ?? { error: new Error("missing") });
      if (why) out.push(`${label}, ${key}: ${why}`);
    }
  }
  return out;
}

const withStatus = (body: string, extra = "") => statusBook({ rows: [goodRow(0)], statusXml: (rows) => sheetXml(rows + body, extra) });

// [what, file, whether the reference reads the submission]
const XML_CASES: [string, () => Uint8Array, boolean][] = [
  ["entities and character references in text and attributes", () => withStatus(`<row r="5"><c r="J5" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &#x1780;&#65;</t></is></c></row>`), true],
  ["CDATA in a value and in inline text", () => withStatus(`<row r="5"><c r="J5" t="str"><v><![CDATA[<b> & c]]></v></c><c r="K5" t="inlineStr"><is><t><![CDATA[x]]>y</t></is></c></row>`), true],
  ["rich text runs and a phonetic run in an inline string", () => withStatus(`<row r="5"><c r="J5" t="inlineStr"><is><r><t>On </t></r><r><rPr><b/></rPr><t xml:space="preserve">track </t></r><rPh><t>ph</t></rPh></is></c></row>`), true],
  ["cells and rows without r attributes", () => withStatus(`<row><c t="inlineStr"><is><t>x</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`), true],
  ["odd references: $A$5, lower case, A0, AAAA1, empty", () => withStatus(`<row r="5"><c r="$J$5"><v>1</v></c><c r="k5"><v>2</v></c><c r="A0"><v>3</v></c><c r="AAAA1"><v>4</v></c><c r=""><v>5</v></c></row>`), true],
  ["odd types and styles", () => withStatus(`<row r="5"><c r="J5" t="b"><v>1</v></c><c r="K5" t="e"><v>#N/A</v></c><c r="L5" t="d"><v>2026-09-30</v></c><c r="M5" s="x"><v>7</v></c><c r="N5" t="zz"><v>8</v></c></row>`), true],
  ["prefixed elements", () => withStatus(`<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="5"><x:c r="J5" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row>`), true],
  ["a comment and a processing instruction (left to saxes)", () => withStatus(`<!-- c --><?pi x?><row r="5"><c r="J5"><v>1</v></c></row>`), true],
  ["carriage returns (left to saxes)", () => withStatus(`<row r="5">\r\n<c r="J5" t="inlineStr"><is><t>a\r\nb\rc</t></is></c></row>`), true],
  ["mismatched tags", () => withStatus(`<row r="5"><c r="J5"><v>1</c></v></row>`), false],
  ["an undefined entity", () => withStatus(`<row r="5"><c r="J5" t="inlineStr"><is><t>&nbsp;</t></is></c></row>`), false],
  ["a duplicate attribute", () => withStatus(`<row r="5" r="6"><c r="J5"><v>1</v></c></row>`), false],
  ["a control character", () => withStatus(`<row r="5"><c r="J5" t="inlineStr"><is><t>a\u0001</t></is></c></row>`), false],
  ["truncated XML", () => statusBook({ rows: [goodRow(0)], statusXml: (rows) => sheetXml(rows).slice(0, -40) }), false],
  ["a header row with entities", () => statusBook({ statusXml: () => sheetXml(rowXml(3, ["Measure ID", "Goal", "Measure", "Lead committee", "Our role", "Status"]).replace("Measure ID", "Measure&#32;ID") + rowXml(4, goodRow(0))) }), true],
];

describe("the scanning reader gives what the reference reader gives", () => {
  test.each(XML_CASES)("%s", (_what, make, readable) => {
    const bytes = make();
    expect(differences(bytes, "case.xlsx")).toEqual([]);
    let error: unknown;
    try {
      readSubmission(bytes, "case.xlsx", REFERENCE);
    } catch (e) {
      error = e;
    }
    expect(error === undefined).toBe(readable);
    if (!readable) for (const [, options] of READERS) expect(() => readSubmission(bytes, "case.xlsx", options)).toThrow(WorkbookReadError);
  });

  // The submission only: the corpus has a 1 GB zip bomb and a million-row sheet.
  test.each(HOSTILE_CASES.map(([name, make]) => [name, make] as const))("hostile: %s", async (_name, make) => {
    expect(differences(await make(), "hostile.xlsx", false)).toEqual([]);
  }, 60_000);

  test("real submissions in English and Khmer", async () => {
    for (const { name, bytes } of await demoSubmissions("2026-Q3" as Quarter, 1)) expect(differences(bytes, name)).toEqual([]);
  }, 30_000);
});
