import { writeFileSync } from "node:fs";
import type { CommitteeCode } from "../domain/ids";
import type { Lang } from "../domain/text/lang";
import { parseCommittee } from "../domain/catalogue/committees";
import { parseQuarter } from "../domain/periods/periods";
import { bundledCatalogue } from "../domain/catalogue/bundledCatalogue";
import { committeeMeasures } from "../domain/catalogue/committeeMeasures";
import { shortHash } from "../domain/catalogue/catalogueBuild";
import { writeStatusWorkbook } from "../xlsx/write/templateWriter";
import { knownCatalogues } from "./files";
import { EXIT, type Io } from "./output";
import { readyOutputFile } from "./outputFile";

export interface TemplateOptions {
  readonly committee: string;
  readonly quarter: string;
  readonly lang: Lang;
  readonly out: string;
  readonly catalogue?: string;
}

/** `template`: a blank status workbook for one committee and quarter. */
export async function runTemplate(options: TemplateOptions, io: Io): Promise<number> {
  const committee: CommitteeCode | undefined = parseCommittee(options.committee);
  const quarter = parseQuarter(options.quarter);
  if (!committee) io.err(`template: unknown committee "${options.committee}" (use DGC, DEBC or DSC)`);
  if (!quarter) io.err(`template: "${options.quarter}" is not a quarter of 2021-2035 (write 2026-Q3)`);
  if (!committee || !quarter || !readyOutputFile(options.out, "--out", "template", io)) return EXIT.usage;
  let catalogue = bundledCatalogue();
  if (options.catalogue) {
    try {
      catalogue = knownCatalogues([options.catalogue])[1]!;
    } catch (e) {
      io.err((e as Error).message);
      return EXIT.usage;
    }
  }
  const bytes = await writeStatusWorkbook({ catalogue, committee, quarter, lang: options.lang });
  writeFileSync(options.out, bytes);
  io.out(
    `Wrote ${options.out}: ${committee} ${quarter} (${options.lang}), ${committeeMeasures(catalogue, committee).length} measures, catalogue ${catalogue.version} ${shortHash(catalogue.hash)}`,
  );
  return EXIT.ok;
}
