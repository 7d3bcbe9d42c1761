import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { driftingEntries } from "../../src/cli/demoHistory";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COMMITTEE_CODES } from "../../src/domain/catalogue/committees";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import type { Lang } from "../../src/domain/text/lang";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";
import { stamp } from "./demoInputs";

/** Eight quarters of submissions, 2025-Q1 to 2026-Q4, from the demo generator with a seeded drift. */
export const TREND_QUARTERS = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"] as Quarter[];
export const DRIFT_SEED = 2025;
/** As `policy-tracker demo`: the Digital Government Committee works in Khmer, the others in English. */
const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };
/** DEBC sent nothing for 2026-Q1. */
export const NOT_SENT = { committee: "DEBC", quarter: "2026-Q1" } as const;
/** Stamped submissions: DSC's 2025-Q3 after the due date (2025-10-15), DGC's on time. */
export const STAMPS: readonly { committee: CommitteeCode; quarter: string; at: string }[] = [
  { committee: "DSC" as CommitteeCode, quarter: "2025-Q3", at: "2025-10-25T03:00:00.000Z" },
  { committee: "DGC" as CommitteeCode, quarter: "2025-Q3", at: "2025-10-10T03:00:00.000Z" },
];

/** Writes `dir`/QUARTER/COMMITTEE-QUARTER.xlsx for every quarter and committee (but NOT_SENT); returns the quarters' folders. */
export async function writeTrendInputs(dir: string): Promise<string[]> {
  const catalogue = bundledCatalogue();
  const folders: string[] = [];
  for (const [index, quarter] of TREND_QUARTERS.entries()) {
    const folder = join(dir, quarter);
    mkdirSync(folder, { recursive: true });
    folders.push(folder);
    for (const committee of COMMITTEE_CODES) {
      if (committee === NOT_SENT.committee && quarter === NOT_SENT.quarter) continue;
      const lang = LANG[committee];
      const entries = driftingEntries(catalogue, committee, TREND_QUARTERS[0]!, index, lang, DRIFT_SEED);
      let bytes = await writeStatusWorkbook({ catalogue, committee, quarter, lang, entries });
      const stamped = STAMPS.find((s) => s.committee === committee && s.quarter === quarter);
      if (stamped) bytes = await stamp(bytes, stamped.at);
      writeFileSync(join(folder, `${committee}-${quarter}.xlsx`), bytes);
    }
  }
  return folders;
}
