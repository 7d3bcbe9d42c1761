import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundledCatalogue } from "../domain/catalogue/bundledCatalogue";
import { COMMITTEE_CODES } from "../domain/catalogue/committees";
import type { CommitteeCode } from "../domain/ids";
import type { Lang } from "../domain/text/lang";
import type { Quarter } from "../domain/periods/periods";
import { checkSubmission } from "../domain/rules/submissionCheck";
import { writeStatusWorkbook } from "../xlsx/write/templateWriter";
import { demoEntries } from "./demoEntries";
import { loadSubmissionInput } from "./files";
import { EXIT, type Io } from "./output";
import { runConsolidate } from "./consolidateCommand";
import { runTrend } from "./trendCommand";

const QUARTERS = ["2026-Q2", "2026-Q3"] as Quarter[];
/** The Digital Government Committee works in Khmer in the demo; the others in English. */
const LANG: Record<CommitteeCode, Lang> = { DGC: "km", DEBC: "en", DSC: "en" };

/** `demo`: sample submissions for three committees over two quarters, checked, consolidated into reports, and the trend between them. */
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
  io.out("Consolidated reports for the Council:");
  const reports: [Quarter, Lang, boolean][] = [
    ["2026-Q2" as Quarter, "en", false],
    ["2026-Q3" as Quarter, "en", true],
    ["2026-Q3" as Quarter, "km", true],
  ];
  for (const [quarter, lang, withPrevious] of reports) {
    const out = join(outDir, `report-${quarter}${lang === "km" ? "-km" : ""}.xlsx`);
    const code = await runConsolidate([join(outDir, quarter)], {
      quarter,
      lang,
      out,
      ...(withPrevious ? { previous: [join(outDir, QUARTERS[0]!)] } : {}),
      ...(lang === "en" ? { summary: join(outDir, `summary-${quarter}.json`), feedbackDir: join(outDir, "feedback") } : { feedback: false }),
    }, { out: (line) => io.out(`  ${line}`), err: io.err });
    if (code !== EXIT.ok) return code;
  }
  io.out("How completion moved between the two quarters (policy-tracker trend):");
  const reportFiles = QUARTERS.map((q) => join(outDir, `report-${q}.xlsx`));
  for (const lang of ["en", "km"] as const) {
    const out = join(outDir, `trend${lang === "km" ? "-km" : ""}.xlsx`);
    const code = await runTrend(reportFiles, { out, lang }, { out: (line) => io.out(`  ${line}`), err: io.err });
    if (code !== EXIT.ok) return code;
  }
  io.out(`Open the reports in Excel, or try: npx policy-tracker validate ${join(outDir, QUARTERS[1]!)}`);
  // Not printed here: LibreOffice takes longer than the whole demo, and may not be installed.
  io.out(`For the Council's printed pack (needs LibreOffice): npx policy-tracker pdf ${join(outDir, "report-2026-Q3.xlsx")}`);
  return EXIT.ok;
}
