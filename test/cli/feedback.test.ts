/**
 * Return for correction from the command line: `consolidate` writes a feedback file per committee
 * with issues; `validate FILE --feedback F` says which items are still open, refuses feedback for
 * another committee or quarter, and is clean once the committee has corrected its workbook.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoEntries } from "../../src/cli/demoEntries";
import { main } from "../../src/cli/main";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Quarter } from "../../src/domain/periods/periods";
import { readFeedback } from "../../src/xlsx/read/feedbackReader";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import { writeDemoInputs } from "../support/demoInputs";
import { PYTHON, TOOLS, testWith } from "../support/environment";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("cli-feedback");
afterAll(() => tmp.cleanup());
const catalogue = bundledCatalogue();
const Q3 = "2026-Q3" as Quarter;
const inputs = writeDemoInputs(tmp.path("inputs"));
const feedbackDir = tmp.path("feedback");

async function consolidateOnce(): Promise<string[]> {
  const { q3 } = await inputs;
  const io = captureIo();
  const code = await main(["consolidate", q3, "--quarter", "2026-Q3", "--out", tmp.path("report.xlsx"), "--feedback-dir", feedbackDir], io.io);
  expect(code).toBe(0);
  return io.out;
}
let consolidated: Promise<string[]> | undefined;
const once = () => (consolidated ??= consolidateOnce());

async function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(["validate", ...args], io.io);
  return { code, out: io.out.join("\n"), err: io.err.join("\n") };
}

describe("feedback files from consolidate", () => {
  test("one per committee with issues, named feedback-<quarter>-<committee>.xlsx, each in its committee's language", async () => {
    const out = await once();
    expect(readdirSync(feedbackDir).sort()).toEqual(["feedback-2026-Q3-DEBC.xlsx", "feedback-2026-Q3-DGC.xlsx", "feedback-2026-Q3-DSC.xlsx"]);
    expect(out.filter((l) => l.startsWith("feedback for "))).toHaveLength(3);
    const dgc = readFeedback(new Uint8Array(readFileSync(join(feedbackDir, "feedback-2026-Q3-DGC.xlsx"))), "DGC");
    expect(dgc.header).toMatchObject({ committee: "DGC", quarter: Q3, language: "km", file: "DGC-2026-Q3.xlsx" });
    // The DEBC file used is the later of its two: the feedback is made from it.
    const debc = readFeedback(new Uint8Array(readFileSync(join(feedbackDir, "feedback-2026-Q3-DEBC.xlsx"))), "DEBC");
    expect(debc.header).toMatchObject({ committee: "DEBC", language: "en", file: "DEBC-2026-Q3.xlsx", submittedAt: "2026-10-06T09:00:00.000Z" });
    expect(dgc.items.map((i) => i.rule)).toEqual(expect.arrayContaining(["completed.progress", "risk.next-steps", "progress.range", "evidence.url", "text.formula-like"]));
  }, 120_000);

  testWith([TOOLS.openpyxl], "openpyxl opens every feedback file and finds its committee in the very-hidden sheet", async () => {
    await once();
    const script = "import sys, openpyxl\nfor p in sys.argv[1:]:\n  wb = openpyxl.load_workbook(p)\n  m = wb['PT_Feedback']\n  print(m.sheet_state, dict((r[0].value, r[1].value) for r in m.iter_rows(max_row=3))['committee'], wb.worksheets[0].title)";
    const files = readdirSync(feedbackDir).sort().map((f) => join(feedbackDir, f));
    expect(execFileSync(PYTHON, ["-c", script, ...files], { encoding: "utf8" }).trim().split("\n")).toEqual(["veryHidden DEBC Feedback", "veryHidden DGC មតិកែលម្អ", "veryHidden DSC Feedback"]);
  }, 120_000);

  test("--no-feedback writes none; without --feedback-dir they go beside the report", async () => {
    const { q3 } = await inputs;
    const dir = tmp.path("beside");
    mkdirSync(dir);
    expect(await main(["consolidate", q3, "--quarter", "2026-Q3", "--out", join(dir, "r.xlsx"), "--no-feedback"], captureIo().io)).toBe(0);
    expect(readdirSync(dir)).toEqual(["r.xlsx"]);
    expect(await main(["consolidate", q3, "--quarter", "2026-Q3", "--out", join(dir, "r.xlsx")], captureIo().io)).toBe(0);
    expect(existsSync(join(dir, "feedback-2026-Q3-DGC.xlsx"))).toBe(true);
  }, 120_000);
});

describe("validate --feedback", () => {
  test("lists the items still open with their cell, and exits 1 while errors are open", async () => {
    await once();
    const { q3 } = await inputs;
    const r = await validate(join(q3, "DGC-2026-Q3.xlsx"), "--feedback", join(feedbackDir, "feedback-2026-Q3-DGC.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/DGC-2026-Q3\.xlsx: feedback feedback-2026-Q3-DGC\.xlsx \(made from DGC-2026-Q3\.xlsx\): \d+ items — \d+ open \(\d+ errors\), 0 fixed/);
    expect(r.out).toMatch(/ {2}open {4}ស្ថានភាព!G\d+ G\d-\d\d \(Progress %\): error .* \[progress\.range\]/);
  }, 120_000);

  test.each([
    ["another committee's workbook", "DEBC-2026-Q3.xlsx", /This feedback is for DGC 2026-Q3 \(made from DGC-2026-Q3\.xlsx\), but this workbook is DEBC 2026-Q3/],
    ["last quarter's workbook", "DSC-old-quarter.xlsx", /but this workbook is DSC 2026-Q2/],
  ])("refuses feedback for %s with a message, exit 2", async (_name, file, message) => {
    await once();
    const { q3 } = await inputs;
    const r = await validate(join(q3, file), "--feedback", join(feedbackDir, "feedback-2026-Q3-DGC.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/\[feedback\.mismatch\]/);
  }, 120_000);

  test("refuses a file that is not a feedback file, naming it", async () => {
    const { q3 } = await inputs;
    const r = await validate(join(q3, "DGC-2026-Q3.xlsx"), "--feedback", join(q3, "DEBC-2026-Q3.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DEBC-2026-Q3\.xlsx: error: this is a status workbook, not a feedback file/);
  }, 120_000);

  test("once the committee has corrected its workbook: every item fixed, exit 0, and --json says so", async () => {
    await once();
    const corrected = tmp.path("DGC-2026-Q3-corrected.xlsx");
    writeFileSync(corrected, await writeStatusWorkbook({ catalogue, committee: "DGC", quarter: Q3, lang: "km", entries: demoEntries(catalogue, "DGC", Q3, 1, "km", false) }));
    const feedback = join(feedbackDir, "feedback-2026-Q3-DGC.xlsx");
    const human = await validate(corrected, "--feedback", feedback);
    expect(human.out).toMatch(/: (\d+) items — 0 open \(0 errors\), \1 fixed/);
    expect(human.code).toBe(0);
    const json = JSON.parse((await validate(corrected, "--feedback", feedback, "--json")).out) as { feedback: { openErrors: number; items: { state: string; cell: string }[] } }[];
    expect(json[0]!.feedback.openErrors).toBe(0);
    expect(new Set(json[0]!.feedback.items.map((i) => i.state))).toEqual(new Set(["fixed"]));
    expect(json[0]!.feedback.items.every((i) => /^ស្ថានភាព!/.test(i.cell))).toBe(true);
  }, 120_000);
});
