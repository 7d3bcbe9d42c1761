import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { META_SHEET } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import type { ExcelOutcome } from "../../src/excel/errors";
import type { LiveUpdate } from "../../src/excel/liveValidation";
import { excelGateway } from "../../src/taskpane/gateway";
import { createExcelFake } from "../excel-fake";

const catalogue = bundledCatalogue();
const QUARTER = "2026-Q3" as Quarter;

function value<T>(outcome: ExcelOutcome<T>): T {
  if (!outcome.ok) throw new Error(`${outcome.failure.code}: ${outcome.failure.message.en}`);
  return outcome.value;
}

describe("the pane's gateway over an Excel host (here the Excel fake)", () => {
  it("does what the panels ask: set up, watch, validate, select, submit, next quarter", async () => {
    const fake = createExcelFake();
    const gateway = excelGateway(fake);
    const rows = committeeMeasures(catalogue, "DGC").length;

    const failed = await gateway.validateTable([catalogue]);
    expect(failed.ok ? "ok" : failed.failure.code).toBe("ItemNotFound");

    const setUp = value(await gateway.setUpWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "en" }));
    expect(setUp.rows).toBe(rows);

    const updates: LiveUpdate[] = [];
    const handle = value(
      await gateway.watchTable(
        [catalogue],
        (u) => updates.push(u),
        (f) => fail(f.code),
      ),
    );
    await fake.user.paste(
      `Status!F4:G${3 + rows}`,
      Array.from({ length: rows }, (_, i) => (i === 0 ? ["On track", 150] : ["Not started", 0])),
    );
    expect(updates.at(-1)?.problems.map((p) => [p.code, p.where.cell])).toEqual([["progress.range", "G4"]]);
    value(await handle.stop());

    const verdict = value(await gateway.validateTable([catalogue]));
    expect(verdict).toMatchObject({ ready: false, quarter: QUARTER, committee: "DGC" });
    value(await gateway.selectCell({ cell: "G4" }));
    expect(fake.state.selection?.rect).toEqual({ r0: 3, c0: 6, r1: 3, c1: 6 });

    await fake.user.type("Status!G4", 60);
    const prepared = value(await gateway.prepareSubmission("Sokha Chan", [catalogue]));
    expect(prepared.submitted).toBe(true);
    expect(Object.fromEntries(fake.values(`${META_SHEET}!A2:B10`))).toMatchObject({ submittedBy: "Sokha Chan" });

    const next = value(await gateway.startNextQuarter("2026-Q4" as Quarter));
    expect(next).toMatchObject({ from: QUARTER, to: "2026-Q4" });
  });
});
