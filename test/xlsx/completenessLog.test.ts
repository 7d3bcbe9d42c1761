import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { cellText } from "../../src/domain/entries/cells";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import { L, REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { auditRow, submissionRow, type AuditRow } from "../../src/domain/statusSheet/auditLog";
import type { Lang } from "../../src/domain/text/lang";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { writeReport } from "../../src/xlsx/write/reportWriter";
import { entry, submissionInput } from "../support/submissionInput";

const catalogue = bundledCatalogue();
const change = (at: string): AuditRow => auditRow({ at, source: "local", officer: "Sok", cell: "G4", measureId: "M", column: "progress", before: "1", after: "2", changes: "1" });
const lead = (c: CommitteeCode) => catalogue.measures.find((m) => m.lead === c)!;

describe.each<Lang>(["en", "km"])("the Completeness sheet (%s)", (lang) => {
  it("shows per committee the changes logged since the previous submission; blank without a log", async () => {
    const log = [change("t1"), submissionRow("s1", "Sok"), change("t2"), change("t3"), change("t4"), submissionRow("s2", "Sok")];
    const model = consolidate(
      [
        { file: "dgc.xlsx", input: { ...submissionInput("dgc.xlsx", { committee: "DGC", submittedAt: "s2" }, [entry(lead("DGC"), "DGC")]), auditLog: { present: true, rows: log } } },
        { file: "debc.xlsx", input: submissionInput("debc.xlsx", { committee: "DEBC" }, [entry(lead("DEBC"), "DEBC")]) },
      ],
      { quarter: "2026-Q3" as Quarter, catalogue },
    );
    const bytes = await writeReport(model, { lang, generatedAt: new Date("2026-10-22T07:00:00Z") });
    const sheet = openWorkbook(bytes, "report.xlsx").readSheet(REPORT_SHEETS.completeness[lang]);
    const rows = Array.from(sheet.rows, (r) => Array.from(r ?? [], (c) => cellText(c)));
    const header = rows.find((r) => r.includes(L.loggedChanges[lang]))!;
    const column = header.indexOf(L.loggedChanges[lang]);
    const valueFor = (code: string) => rows.find((r) => r[0]?.startsWith(`${code} —`))![column] ?? "";
    expect([valueFor("DGC"), valueFor("DEBC"), valueFor("DSC")]).toEqual(["3", "", ""]);
  });
});
