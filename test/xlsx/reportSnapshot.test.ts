import { readSubmissionFiles } from "../../src/cli/readSubmissions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { snapshotOfModel, type QuarterSnapshot } from "../../src/domain/consolidation/quarterSnapshot";
import type { ReportModel } from "../../src/domain/consolidation/types";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import type { Lang } from "../../src/domain/text/lang";
import { readReportSnapshot } from "../../src/xlsx/read/reportSnapshot";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import { writeDemoInputs } from "../support/demoInputs";
import { tempDir } from "../support/tmp";

/**
 * The trend's view of a report read back from the file equals its view of the model the report was
 * written from: the demo's 2026-Q3 (a resubmission with stamps, a superseded and a rejected file, a
 * damaged one), in English and in Khmer.
 */
const tmp = tempDir("report-snapshot");
afterAll(() => tmp.cleanup());
let model: ReportModel;
beforeAll(async () => {
  const { q3 } = await writeDemoInputs(tmp.path("inputs"));
  model = consolidate(readSubmissionFiles([q3]), { quarter: "2026-Q3" as Quarter, catalogue: bundledCatalogue() });
}, 120_000);

const ordered = (s: QuarterSnapshot) => ({
  ...s,
  measures: [...s.measures].sort((a, b) => a.id.localeCompare(b.id)),
  submissions: [...s.submissions].sort((a, b) => `${a.committee}${a.submittedOn}${a.accepted}`.localeCompare(`${b.committee}${b.submittedOn}${b.accepted}`)),
});

test.each<Lang>(["en", "km"])("a %s report read back gives the quarter, catalogue, every measure and every submission the model had", async (lang) => {
  const bytes = await writeReport(model, { lang, generatedAt: new Date("2026-10-22T07:05:00Z") });
  const read = readReportSnapshot(bytes, `/somewhere/report-${lang}.xlsx`)!;
  expect(ordered(read)).toEqual(ordered(snapshotOfModel(model, lang, `report-${lang}.xlsx`)));
  expect(read.submissions.filter((s) => s.submittedOn)).toHaveLength(2);
});

test("a status workbook is not a report: undefined, for the caller to say so", async () => {
  const catalogue = bundledCatalogue();
  const bytes = await writeStatusWorkbook({ catalogue, committee: "DGC" as CommitteeCode, quarter: "2026-Q3" as Quarter, lang: "en" });
  expect(readReportSnapshot(bytes, "DGC.xlsx")).toBeUndefined();
  expect(readReportSnapshot(new TextEncoder().encode("not a workbook"), "x.xlsx")).toBeUndefined();
});
