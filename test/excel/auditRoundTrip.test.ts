import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../../src/domain/catalogue/committeeMeasures";
import { AUDIT_COLUMN_KEYS, AUDIT_SHEET, changesSinceLastSubmission, type AuditRow } from "../../src/domain/statusSheet/auditLog";
import { statusLabel } from "../../src/domain/entries/status";
import { prepareSubmission } from "../../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { readSubmission } from "../../src/xlsx/read/submissionReader";
import { createExcelFake } from "../excel-fake";
import { exportXlsx } from "../excel-fake/exportXlsx";
import { PYTHON, TOOLS, testWith } from "../support/environment";
import { captureIo, tempDir } from "../support/tmp";
import { OFFICER, logOf, settled, trailOn } from "./auditSupport";
import { QUARTER, ok } from "./support";

const tmp = tempDir("audit");
afterAll(() => tmp.cleanup());

const catalogue = bundledCatalogue();
const rows = committeeMeasures(catalogue, "DGC").length;

/** A DGC workbook filled in through the fake while the trail runs, stamped, and saved as .xlsx. */
async function submittedWorkbook(): Promise<{ file: string; log: AuditRow[] }> {
  const fake = createExcelFake();
  ok(await setUpStatusWorkbook({ catalogue, committee: "DGC", quarter: QUARTER, lang: "km", host: fake }));
  const trail = await trailOn(fake);
  await fake.user.paste(
    `ស្ថានភាព!F4:G${3 + rows}`,
    Array.from({ length: rows }, () => ["Not started", 0]),
  );
  expect(await fake.user.type("ស្ថានភាព!F4", statusLabel("on-track", "km"))).toEqual({ accepted: true });
  await fake.user.type("ស្ថានភាព!G4", 35);
  await fake.user.type("ស្ថានភាព!H4", "2027-03-31"); // a date cell: the same serial through Office.js and the file
  await fake.user.type("ស្ថានភាព!J4", "ច្បាប់ព្រាងត្រូវបានអនុម័ត"); // Khmer text survives the trip
  await fake.user.type("ស្ថានភាព!J5", "Consultation held", { source: "Remote" });
  await settled(fake, trail);
  const stamped = ok(await prepareSubmission({ catalogues: [catalogue], officer: OFFICER, host: fake, now: () => new Date("2026-09-30T10:00:00.000Z") }));
  expect(stamped.submitted).toBe(true);
  await settled(fake, trail);
  ok(await trail.stop());
  const file = tmp.path(`dgc-${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(file, await exportXlsx(fake.state));
  return { file, log: logOf(fake) };
}

async function validate(file: string): Promise<{ code: number; rules: string[] }> {
  const io = captureIo();
  const code = await main(["validate", "--json", file], io.io);
  const [report] = JSON.parse(io.out.join("\n"));
  return { code, rules: report.issues.map((i: { rule: string }) => i.rule) };
}

let saved: { file: string; log: AuditRow[] };
beforeAll(async () => {
  saved = await submittedWorkbook();
}, 60_000);

describe("the change log in the saved workbook", () => {
  it("holds what the add-in logged, and the stamp verifies: validate is clean", async () => {
    expect(saved.log.map((r) => r.source)).toEqual([...Array<string>(rows * 2).fill("local"), "local", "local", "local", "local", "co-author", "submission"]);
    const read = readSubmission(new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(saved.file))), "dgc.xlsx");
    expect(read.auditLog).toEqual({ present: true, rows: saved.log });
    expect(changesSinceLastSubmission(read.auditLog.rows, read.meta.submittedAt)).toBe(rows * 2 + 5);
    await expect(validate(saved.file)).resolves.toEqual({ code: 0, rules: [] });
  });

  it("is read back by ExcelJS as a very hidden sheet with the same rows", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved.file);
    const ws = wb.getWorksheet(AUDIT_SHEET)!;
    expect(ws.state).toBe("veryHidden");
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...AUDIT_COLUMN_KEYS]);
    const last = saved.log.length + 1;
    const texts = (r: number) => AUDIT_COLUMN_KEYS.map((_, c) => String(ws.getCell(r, c + 1).value ?? ""));
    expect(texts(last)).toEqual(AUDIT_COLUMN_KEYS.map((k) => saved.log.at(-1)![k]));
    expect(texts(last - 2)).toEqual(AUDIT_COLUMN_KEYS.map((k) => saved.log.at(-3)![k]));
    expect(ws.getCell(last - 2, 8).value).toBe("ច្បាប់ព្រាងត្រូវបានអនុម័ត");
  });

  testWith([TOOLS.openpyxl], "is read back by openpyxl as a very hidden sheet with the same rows", () => {
    const script = [
      "import json, sys, openpyxl",
      "wb = openpyxl.load_workbook(sys.argv[1])",
      `ws = wb["${AUDIT_SHEET}"]`,
      "rows = [['' if v is None else str(v) for v in r] for r in ws.iter_rows(values_only=True)]",
      "print(json.dumps({'state': ws.sheet_state, 'rows': rows}))",
    ].join("\n");
    const seen = JSON.parse(execFileSync(PYTHON, ["-c", script, saved.file], { encoding: "utf8" }));
    expect(seen.state).toBe("veryHidden");
    expect(seen.rows[0]).toEqual([...AUDIT_COLUMN_KEYS]);
    expect(seen.rows.slice(1)).toEqual(saved.log.map((r) => AUDIT_COLUMN_KEYS.map((k) => r[k])));
  });

  const TAMPERING: readonly [string, (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void][] = [
    ["a logged new value changed", (ws) => void (ws.getCell(3, 8).value = "99")],
    ["a log row deleted", (ws) => ws.spliceRows(3, 1)],
    ["a co-author's row made the officer's", (ws) => void (ws.getCell(ws.actualRowCount - 1, 2).value = "local")],
    ["the log sheet deleted", (ws, wb) => wb.removeWorksheet(ws.id)],
  ];
  it.each(TAMPERING)("breaks the stamp when %s by hand: validate reports meta.checksum", async (_, tamper) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved.file);
    tamper(wb.getWorksheet(AUDIT_SHEET)!, wb);
    const file = tmp.path(`tampered-${Math.random().toString(36).slice(2)}.xlsx`);
    await wb.xlsx.writeFile(file);
    await expect(validate(file)).resolves.toEqual({ code: 1, rules: ["meta.checksum"] });
  });
});
