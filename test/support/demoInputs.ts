import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { demoEntries } from "../../src/cli/demoEntries";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COMMITTEE_CODES } from "../../src/domain/catalogue/committees";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Lang } from "../../src/domain/text/lang";
import { META_SHEET } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";

const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };

/** Sets the workbook's submission stamp (PT_Meta submittedAt), as the task pane's Submit does. */
export async function stamp(bytes: Uint8Array, submittedAt: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  const meta = wb.getWorksheet(META_SHEET)!;
  meta.eachRow((row) => {
    if (row.getCell(1).value === "submittedAt") row.getCell(2).value = submittedAt;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The demo's submissions (3 committees × 2026-Q2 and 2026-Q3, planted mistakes in Q3, DGC in Khmer)
 * written into `dir`/2026-Q2 and `dir`/2026-Q3, plus in Q3 what consolidation must sort out: DEBC
 * sent twice (stamped; the later stamp wins, the other file's rows are excluded), last quarter's
 * DSC file sent again, and a damaged file.
 */
export async function writeDemoInputs(dir: string): Promise<{ q2: string; q3: string }> {
  const catalogue = bundledCatalogue();
  const quarters: [Quarter, string][] = [
    ["2026-Q2" as Quarter, join(dir, "2026-Q2")],
    ["2026-Q3" as Quarter, join(dir, "2026-Q3")],
  ];
  for (const [qi, [quarter, folder]] of quarters.entries()) {
    mkdirSync(folder, { recursive: true });
    for (const committee of COMMITTEE_CODES) {
      const lang = LANG[committee];
      const entries = demoEntries(catalogue, committee, quarter, qi, lang, qi === 1);
      writeFileSync(join(folder, `${committee}-${quarter}.xlsx`), await writeStatusWorkbook({ catalogue, committee, quarter, lang, entries }));
    }
  }
  const q3 = quarters[1]![1];
  const debcFile = join(q3, "DEBC-2026-Q3.xlsx");
  writeFileSync(debcFile, await stamp(readFileSync(debcFile), "2026-10-06T09:00:00.000Z"));
  const debc = demoEntries(catalogue, "DEBC", "2026-Q3" as Quarter, 0, "en", true);
  // Sent again with other entries but an earlier stamp: the stamp, not the file name, makes it lose.
  const resent = await writeStatusWorkbook({ catalogue, committee: "DEBC", quarter: "2026-Q3" as Quarter, lang: "en", entries: debc });
  writeFileSync(join(q3, "DEBC-2026-Q3-resent.xlsx"), await stamp(resent, "2026-10-02T09:00:00.000Z"));
  const dscQ2 = demoEntries(catalogue, "DSC", "2026-Q2" as Quarter, 0, "en", false);
  writeFileSync(join(q3, "DSC-old-quarter.xlsx"), await writeStatusWorkbook({ catalogue, committee: "DSC", quarter: "2026-Q2" as Quarter, lang: "en", entries: dscQ2 }));
  writeFileSync(join(q3, "damaged.xlsx"), "PK\u0003\u0004 not really a workbook");
  return { q2: quarters[0]![1], q3 };
}
