import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledCatalogue } from "../domain/bundledCatalogue";
import { COMMITTEE_CODES } from "../domain/committees";
import type { CommitteeCode, Lang } from "../domain/ids";
import type { Quarter } from "../domain/periods";
import { checkSubmission } from "../domain/rules/submissionCheck";
import { writeStatusWorkbook } from "../xlsx/templateWriter";
import { demoEntries } from "./demoEntries";
import { loadSubmissionInput } from "./files";
import { EXIT, type Io } from "./output";

const QUARTERS = ["2026-Q2", "2026-Q3"] as Quarter[];
/** The Digital Government Committee works in Khmer in the demo; the others in English. */
const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };

/** `demo`: sample submissions for three committees over two quarters, then the rules over them. */
export async function runDemo(outDir: string, io: Io): Promise<number> {
  const catalogue = bundledCatalogue();
  const written: string[] = [];
  for (const [qi, quarter] of QUARTERS.entries()) {
    const dir = join(outDir, quarter);
    mkdirSync(dir, { recursive: true });
    for (const committee of COMMITTEE_CODES) {
      const lang = LANG[committee];
      const entries = demoEntries(catalogue, committee, quarter, qi, lang, qi === QUARTERS.length - 1);
      const file = join(dir, `${committee}-${quarter}.xlsx`);
      writeFileSync(file, await writeStatusWorkbook({ catalogue, committee, quarter, lang, entries }));
      written.push(file);
    }
  }
  io.out(`Wrote ${written.length} committee status workbooks (catalogue ${catalogue.version}):`);
  for (const file of written) {
    const verdict = checkSubmission(loadSubmissionInput(file), { catalogues: [catalogue] });
    const errors = verdict.problems.filter((p) => p.severity === "error").length;
    const warnings = verdict.problems.length - errors;
    io.out(`  ${file}  ${errors} errors, ${warnings} warnings${errors ? "  (planted problems: see `npx policy-tracker validate " + file + "`)" : ""}`);
  }
  io.out("The consolidated quarterly report (`policy-tracker consolidate`) is not built yet: it arrives with its own issue.");
  return EXIT.ok;
}
