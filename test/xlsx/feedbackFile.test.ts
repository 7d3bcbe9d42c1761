/**
 * The feedback file a committee gets back: written with ExcelJS, read back by openpyxl (an
 * independent reader) and by our guarded reader, edited by the secretariat in between.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Feedback } from "../../src/domain/consolidation/feedback";
import { FEEDBACK_COLUMNS, FEEDBACK_HEADER_ROW, FEEDBACK_META_SHEET, FEEDBACK_SHEET } from "../../src/domain/consolidation/feedbackSheet";
import type { Quarter } from "../../src/domain/periods/periods";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { readFeedback } from "../../src/xlsx/read/feedbackReader";
import { writeFeedback } from "../../src/xlsx/write/feedbackWriter";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { PYTHON, TOOLS, testWith } from "../support/environment";
import { tempDir } from "../support/tmp";

const catalogue = bundledCatalogue();
const QUARTER = "2026-Q3" as Quarter;
const GENERATED = new Date("2026-10-22T07:05:00Z");
const tmp = tempDir("feedback-file");
afterAll(() => tmp.cleanup());
const dgc = catalogue.measures.filter((m) => m.lead === "DGC");

const feedback = (language: "en" | "km"): Feedback => ({
  header: { committee: "DGC", quarter: QUARTER, language, catalogueVersion: "2026.1", catalogueHash: catalogue.hash, file: "DGC-2026-Q3.xlsx", submittedAt: "2026-10-05T02:30:00Z" },
  items: [
    { measureId: dgc[0]!.id, column: "progress", value: "150", rule: "progress.range", severity: "error", message: language === "km" ? "វឌ្ឍនភាព ១៥០% នៅក្រៅចន្លោះ ០-១០០" : "Progress 150% is outside 0-100", comment: "" },
    { measureId: dgc[1]!.id, column: "achievements", value: '=HYPERLINK("http://evil.example","x")', rule: "text.formula-like", severity: "warning", message: "Starts like a formula", comment: "" },
    { measureId: "", column: "id", value: "", rule: "measure.known", severity: "error", message: "Measure ID is missing", comment: "" },
    { measureId: dgc[2]!.id, column: "progress", value: "0012", rule: "completed.progress", severity: "error", message: "+cmd|' /C calc'!A0", comment: "" },
  ],
});

/** Sheets, states, panes, widths, filter, and each cell's value and type. */
const DUMP = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = {
        "state": ws.sheet_state, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "widths": [ws.column_dimensions[c].width for c in "ABCDEFGH"],
        "cells": [[[c.value, c.data_type] for c in row] for row in ws.iter_rows()],
    }
print(json.dumps(out, default=str))
`;
type Dump = Record<string, { state: string; freeze: string | null; filter: string | null; widths: number[]; cells: [string | number | null, string][][] }>;
const dump = (path: string): Dump => JSON.parse(execFileSync(PYTHON, ["-c", DUMP, path], { encoding: "utf8" })) as Dump;

/** What a secretariat officer might do before sending: comment, sort the rows the other way, delete one. */
const EDIT = String.raw`
import sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
first = int(sys.argv[3])
rows = [[c.value for c in row] for row in ws.iter_rows(min_row=first)]
rows = [r for r in rows if r[0] != 3][::-1]
for i, r in enumerate(rows):
    if r[0] == 1: r[7] = "Please check with the ministry"
    for j, v in enumerate(r): ws.cell(row=first + i, column=j + 1, value=v)
for j in range(8): ws.cell(row=first + len(rows), column=j + 1, value=None)
wb.save(sys.argv[2])
`;


describe("the feedback file", () => {
  test.each(["en", "km"] as const)("reads back as written (%s)", async (lang) => {
    const bytes = await writeFeedback(feedback(lang), { generatedAt: GENERATED });
    expect(readFeedback(bytes, "feedback.xlsx")).toEqual(feedback(lang));
  });

  for (const lang of ["en", "km"] as const) {
    testWith([TOOLS.openpyxl], `openpyxl sees a readable sheet in the committee's language and a very-hidden one; text stays text (${lang})`, async () => {
      const path = tmp.path(`feedback-${lang}.xlsx`);
      writeFileSync(path, await writeFeedback(feedback(lang), { generatedAt: GENERATED }));
      const book = dump(path);
      expect(Object.keys(book)).toEqual([FEEDBACK_SHEET[lang], FEEDBACK_META_SHEET]);
      const sheet = book[FEEDBACK_SHEET[lang]]!;
      expect(book[FEEDBACK_META_SHEET]!.state).toBe("veryHidden");
      expect(sheet).toMatchObject({ state: "visible", freeze: `A${FEEDBACK_HEADER_ROW + 1}`, filter: `A${FEEDBACK_HEADER_ROW}:H${FEEDBACK_HEADER_ROW + 4}` });
      expect(sheet.widths).toEqual(FEEDBACK_COLUMNS.map((c) => c.width));
      expect(sheet.cells[FEEDBACK_HEADER_ROW - 1]!.map(([v]) => v)).toEqual(FEEDBACK_COLUMNS.map((c) => c.label[lang]));
      const body = sheet.cells.slice(FEEDBACK_HEADER_ROW);
      // No formula anywhere; hostile and numeric-looking text is a string cell.
      expect(Object.values(book).flatMap((s) => s.cells.flat()).filter(([, type]) => type === "f")).toEqual([]);
      expect(body[1]![3]).toEqual(['=HYPERLINK("http://evil.example","x")', "s"]);
      expect(body[3]![3]).toEqual(["0012", "s"]);
      expect(body[3]![6]).toEqual(["+cmd|' /C calc'!A0", "s"]);
      // The comment column is there, empty, for the secretariat.
      expect(body.map((r) => r[7]![0])).toEqual([null, null, null, null]);
      expect(body[0]![4]![0]).toBe(lang === "km" ? "កំហុស" : "Error");
      expect(sheet.cells[0]![0]![0]).toContain(lang === "km" ? "ការស្នើសុំកែតម្រូវ" : "Return for correction");
      expect(sheet.cells[1]![0]![0]).toContain("DGC-2026-Q3.xlsx");
    });
  }

  testWith([TOOLS.openpyxl], "the secretariat's comments are read back, whatever the order of the rows; a row deleted is an item not sent", async () => {
    const written = tmp.path("to-edit.xlsx");
    const edited = tmp.path("edited.xlsx");
    writeFileSync(written, await writeFeedback(feedback("en"), { generatedAt: GENERATED }));
    execFileSync(PYTHON, ["-c", EDIT, written, edited, String(FEEDBACK_HEADER_ROW + 1)]);
    const read = readFeedback(new Uint8Array(readFileSync(edited)), "edited.xlsx");
    expect(read.header).toEqual(feedback("en").header);
    expect(read.items.map((i) => [i.rule, i.comment])).toEqual([
      ["completed.progress", ""],
      ["text.formula-like", ""],
      ["progress.range", "Please check with the ministry"],
    ]);
  });

  test.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ["a status workbook", () => writeStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en" }), /this is a status workbook, not a feedback file/],
    ["the quarterly report", async () => writeReport(consolidate([], { quarter: QUARTER, catalogue }), { lang: "en", generatedAt: GENERATED }), /not a Policy Tracker feedback file/],
    ["a CSV renamed .xlsx", async () => new TextEncoder().encode("Measure ID,Status\nG1-01,On track\n"), /not an Excel \.xlsx workbook/],
  ])("refuses %s with a message that names the file", async (_name, make, reason) => {
    const bytes = await make();
    let error: unknown;
    try {
      readFeedback(bytes, "picked.xlsx");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toMatch(/^picked\.xlsx: /);
    expect((error as WorkbookReadError).reason.en).toMatch(reason);
    expect((error as WorkbookReadError).reason.km).toMatch(/[\u1780-\u17ff]/);
  });
});
