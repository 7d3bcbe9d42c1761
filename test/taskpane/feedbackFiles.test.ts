/**
 * The Consolidate panel's feedback files: built with the report (in the worker or on the page), one
 * per committee with issues, the same files the CLI writes.
 */
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import type { Quarter } from "../../src/domain/periods/periods";
import { buildReport } from "../../src/taskpane/consolidate/buildReport";
import type { InputFile } from "../../src/taskpane/consolidate/protocol";
import { readFeedback } from "../../src/xlsx/read/feedbackReader";
import { readSubmissionInput } from "../../src/xlsx/read/submissionReader";
import { demoSubmissions, type NamedBytes } from "../support/demoSubmissions";

const catalogue = bundledCatalogue();
const Q3 = "2026-Q3" as Quarter;
const picked = ({ name, bytes }: NamedBytes): InputFile => ({ name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer });

describe("feedback files from the pane's build", () => {
  it("one per committee with issues, named and filled as the CLI's, read back by the guarded reader", async () => {
    const q3 = await demoSubmissions(Q3, 1);
    const built = await buildReport({ quarter: Q3, lang: "en", catalogues: [catalogue], files: q3.map(picked), previous: [], generatedAt: new Date("2026-10-22T07:00:00Z") }, () => undefined);
    const expected = consolidate(
      q3.map((f) => ({ file: f.name, input: readSubmissionInput(f.bytes, f.name) })),
      { quarter: Q3, catalogue },
    ).feedback;
    expect(built.feedback?.map((f) => [f.committee, f.fileName, f.items])).toEqual(expected.map((f) => [f.header.committee, `feedback-2026-Q3-${f.header.committee}.xlsx`, f.items.length]));
    for (const [i, f] of built.feedback!.entries()) expect(readFeedback(f.bytes, f.fileName)).toEqual(expected[i]);
  }, 60_000);

  it("none when no committee's submission has issues", async () => {
    const clean = await demoSubmissions(Q3, 1, false);
    const built = await buildReport({ quarter: Q3, lang: "km", catalogues: [catalogue], files: clean.map(picked), previous: [], generatedAt: new Date() }, () => undefined);
    expect(built.bytes).toBeDefined();
    expect(built.feedback).toBeUndefined();
  }, 60_000);
});
