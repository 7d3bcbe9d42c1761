import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate, mergePrevious, previousMeasures } from "../../src/domain/consolidation/consolidate";
import type { PreviousMeasure } from "../../src/domain/consolidation/types";
import type { MeasureId } from "../../src/domain/ids";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { readPreviousReport } from "../../src/xlsx/read/previousReport";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import { entry, submissionInput } from "../support/submissionInput";

const catalogue = bundledCatalogue();
const Q2 = "2026-Q2" as Quarter;
const GENERATED = new Date("2026-07-10T03:00:00Z");
const dgc = catalogue.measures.filter((m) => m.lead === "DGC").slice(0, 4);

// Last quarter as the Council saw it: statuses, progress (one without), the rest not reported.
const model = consolidate(
  [
    {
      file: "DGC-2026-Q2.xlsx",
      input: submissionInput("DGC-2026-Q2.xlsx", { committee: "DGC", quarter: Q2 }, [
        entry(dgc[0]!, "DGC", { status: "On track", progress: 20 }),
        entry(dgc[1]!, "DGC", { status: "At risk", progress: 55, challenges: "Budget", nextSteps: "Ask" }),
        entry(dgc[2]!, "DGC", { status: "Completed", progress: 100, actualCompletion: "2026-05-02" }),
        entry(dgc[3]!, "DGC", { status: "Not started" }),
      ]),
    },
  ],
  { quarter: Q2, catalogue },
);
const byId = (list: readonly PreviousMeasure[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe("last quarter's report as the baseline", () => {
  it.each<Lang>(["en", "km"])("reads back where every measure stood from a %s report", async (lang) => {
    const bytes = await writeReport(model, { lang, generatedAt: GENERATED });
    const read = readPreviousReport(bytes, `report-${lang}.xlsx`, Q2) ?? [];
    expect(byId(read)).toEqual(byId(previousMeasures(model.measures)));
    expect(read.filter((p) => p.status !== "not-reported")).toHaveLength(4);
  });

  it("refuses a report of another quarter, naming both", async () => {
    const bytes = await writeReport(model, { lang: "en", generatedAt: GENERATED });
    const error = (() => {
      try {
        readPreviousReport(bytes, "report.xlsx", "2026-Q1" as Quarter);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).reason.en).toMatch(/for Q2 2026, not for last quarter \(Q1 2026\)/);
    expect((error as WorkbookReadError).reason.km).toMatch(/\S/);
  });

  it.each([
    ["a committee's status workbook", () => writeStatusWorkbook({ catalogue, committee: "DGC", quarter: Q2, lang: "en" })],
    ["bytes that are no workbook", async () => new TextEncoder().encode("PK\u0003\u0004 not really")],
  ])("finds no report in %s (the submission reader takes it from there)", async (_what, make) => {
    expect(readPreviousReport(await make(), "x.xlsx", Q2)).toBeUndefined();
  });
});

describe("mergePrevious", () => {
  const p = (id: string, status: PreviousMeasure["status"], progress?: number): PreviousMeasure => ({ id: id as MeasureId, status, ...(progress !== undefined ? { progress } : {}) });
  it.each([
    ["a later source wins for a measure it reports", [[p("G1-01", "on-track", 20)], [p("G1-01", "delayed", 10)]], [p("G1-01", "delayed", 10)]],
    ["'not reported' never hides what an earlier source knew", [[p("G1-01", "on-track", 20)], [p("G1-01", "not-reported")]], [p("G1-01", "on-track", 20)]],
    ["measures of either source are kept", [[p("G1-01", "on-track")], [p("G1-02", "completed", 100)]], [p("G1-01", "on-track"), p("G1-02", "completed", 100)]],
    ["no source: no baseline", [], []],
  ] as const)("%s", (_case, sources, expected) => {
    expect(mergePrevious(...sources)).toEqual(expected);
  });
});
