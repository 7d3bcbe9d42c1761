import { demoEntries } from "../../src/cli/demoEntries";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COMMITTEE_CODES } from "../../src/domain/catalogue/committees";
import type { CommitteeCode } from "../../src/domain/ids";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { writeStatusWorkbook } from "../../src/xlsx/write/templateWriter";

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** As `policy-tracker demo`: the Digital Government Committee works in Khmer, the others in English. */
const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };

/**
 * The demo's status workbooks for one quarter (the demo's 2026-Q2 is index 0, 2026-Q3 index 1 with
 * planted problems), written with the project's template writer: what the committees would send.
 */
export async function demoSubmissions(quarter: Quarter, quarterIndex: number, plantProblems = quarterIndex > 0): Promise<NamedBytes[]> {
  const catalogue = bundledCatalogue();
  return Promise.all(
    COMMITTEE_CODES.map(async (committee) => ({
      name: `${committee}-${quarter}.xlsx`,
      bytes: await writeStatusWorkbook({
        catalogue,
        committee,
        quarter,
        lang: LANG[committee],
        entries: demoEntries(catalogue, committee, quarter, quarterIndex, LANG[committee], plantProblems),
      }),
    })),
  );
}
