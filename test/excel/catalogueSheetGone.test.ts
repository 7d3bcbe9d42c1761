/**
 * A workbook whose catalogue sheet was deleted by hand carries no catalogue: every check still
 * runs (against the catalogues it was given), however the read of that sheet failed.
 */
import { SHEET_NAMES } from "../../src/domain/statusSheet/columns";
import { startLiveValidation } from "../../src/excel/liveValidation";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { validateStatusTable } from "../../src/excel/validateStatusTable";
import { createExcelFake, type ExcelFake } from "../excel-fake";
import { QUARTER, fillRow, ok, syntheticCatalogue } from "./support";

const catalogue = syntheticCatalogue(3);

async function withoutCatalogueSheet(): Promise<ExcelFake> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
  for (let i = 0; i < 3; i++) await fillRow(fake, "Status", i, { status: "Not started", progress: 0 });
  const sheet = fake.sheet(SHEET_NAMES.catalogue.en);
  fake.state.tables.splice(fake.state.tables.findIndex((t) => t.sheet === sheet), 1);
  fake.state.sheets.splice(fake.state.sheets.indexOf(sheet), 1);
  return fake;
}

describe("a workbook whose catalogue sheet was deleted", () => {
  it("validates against the catalogue given", async () => {
    const fake = await withoutCatalogueSheet();
    expect(ok(await validateStatusTable({ catalogues: [catalogue], host: fake }))).toMatchObject({ ready: true, problems: [] });
  });

  it("is unknown to a check that was not given its catalogue, and says which one it needs", async () => {
    const fake = await withoutCatalogueSheet();
    const verdict = ok(await validateStatusTable({ catalogues: [syntheticCatalogue(3, { prefix: "X" })], host: fake }));
    expect(verdict.problems.map((p) => p.code)).toContain("meta.catalogue-unknown");
  });

  it("can be submitted", async () => {
    const fake = await withoutCatalogueSheet();
    const result = ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sokha", host: fake }));
    expect(result.submitted).toBe(true);
  });

  it("can be watched live", async () => {
    const fake = await withoutCatalogueSheet();
    ok(await startLiveValidation(() => undefined, { catalogues: [catalogue], host: fake }));
  });
});
