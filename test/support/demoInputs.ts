import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoEntries } from "../../src/cli/demoEntries";
import { bundledCatalogue } from "../../src/domain/bundledCatalogue";
import { COMMITTEE_CODES } from "../../src/domain/committees";
import type { CommitteeCode, Lang } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods";
import { writeStatusWorkbook } from "../../src/xlsx/templateWriter";

const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };

/**
 * The demo's submissions (3 committees × 2026-Q2 and 2026-Q3, planted mistakes in Q3, DGC in Khmer)
 * written into `dir`/2026-Q2 and `dir`/2026-Q3, plus in Q3 what consolidation must sort out: a
 * second DEBC submission (the later file name wins, no stamps: the earlier one is superseded), last
 * quarter's DSC file sent again, and a damaged file.
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
  const debc = demoEntries(catalogue, "DEBC", "2026-Q3" as Quarter, 0, "en", true);
  writeFileSync(join(q3, "DEBC-2026-Q3-resent.xlsx"), await writeStatusWorkbook({ catalogue, committee: "DEBC", quarter: "2026-Q3" as Quarter, lang: "en", entries: debc }));
  const dscQ2 = demoEntries(catalogue, "DSC", "2026-Q2" as Quarter, 0, "en", false);
  writeFileSync(join(q3, "DSC-old-quarter.xlsx"), await writeStatusWorkbook({ catalogue, committee: "DSC", quarter: "2026-Q2" as Quarter, lang: "en", entries: dscQ2 }));
  writeFileSync(join(q3, "damaged.xlsx"), "PK\u0003\u0004 not really a workbook");
  return { q2: quarters[0]![1], q3 };
}
