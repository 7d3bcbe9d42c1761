import type { Lang } from "../domain/text/lang";
import type { Problem } from "../domain/rules/problems";
import { checkSubmission } from "../domain/rules/submissionCheck";
import { parseA1 } from "../domain/entries/cells";
import { expandInputs, knownCatalogues, loadSubmissionInput } from "./files";
import { EXIT, readErrorLine, type Io } from "./output";
import type { FeedbackReport } from "./validateFeedback";

/** Loaded only with --feedback: its reader and rules are five modules every plain `validate` start would compile. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const feedbackModule = (): typeof import("./validateFeedback") => require("./validateFeedback");

export interface ValidateOptions {
  readonly json?: boolean;
  readonly catalogue?: string[];
  readonly lang?: Lang;
  /** A feedback file from the secretariat: report which of its items are still open. */
  readonly feedback?: string;
}

interface FileReport {
  readonly file: string;
  readonly readable: boolean;
  readonly committee?: string;
  readonly quarter?: string;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly Problem[];
  readonly feedback?: FeedbackReport;
}

function cellOrder(p: Problem): [string, number, number] {
  const ref = p.where.cell ? parseA1(p.where.cell) : undefined;
  return [p.where.sheet ?? "", ref?.row ?? -1, ref?.col ?? -1];
}

function byPlace(a: Problem, b: Problem): number {
  const [sa, ra, ca] = cellOrder(a);
  const [sb, rb, cb] = cellOrder(b);
  return sa.localeCompare(sb) || ra - rb || ca - cb;
}

function printHuman(report: FileReport, io: Io, lang: Lang): void {
  if (!report.readable) return;
  const verdict = report.errors === 0 ? (report.warnings === 0 ? "ready to submit" : "ready to submit, with warnings") : "not ready";
  io.out(`${report.file}: ${report.committee ?? "?"} ${report.quarter ?? "?"} — ${report.errors} errors, ${report.warnings} warnings — ${verdict}`);
  let lastPlace = "";
  for (const p of [...report.issues].sort(byPlace)) {
    const place = p.where.cell ? `${p.where.sheet}!${p.where.cell}` : p.where.sheet ? `${p.where.sheet}` : "workbook";
    if (place !== lastPlace) io.out(`  ${place}${p.where.column && p.where.cell ? ` (${p.where.column})` : ""}`);
    lastPlace = place;
    io.out(`    ${p.severity === "error" ? "error  " : "warning"} ${p.message[lang]} [${p.code}]`);
  }
}

/** `validate`: the rules over each file; exit 0 clean, 1 errors found, 2 usage or an unreadable file. */
export function runValidate(inputs: readonly string[], options: ValidateOptions, io: Io): number {
  const files = expandInputs(inputs);
  if (files.length === 0) {
    io.err("validate: no .xlsx files found in the folders given");
    return EXIT.usage;
  }
  let catalogues;
  try {
    catalogues = knownCatalogues(options.catalogue);
  } catch (e) {
    io.err((e as Error).message);
    return EXIT.usage;
  }
  const lang = options.lang ?? "en";
  const feedback = options.feedback === undefined ? undefined : feedbackModule().loadFeedback(options.feedback, io);
  if (options.feedback !== undefined && !feedback) return EXIT.usage;
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      // The workbook's own catalogue counts here (verified against its recorded hash): an official's
      // check gives the same verdict on any machine. `consolidate` never accepts it.
      const input = loadSubmissionInput(file, { catalogueSheet: true });
      const verdict = checkSubmission(input, { catalogues, acceptCarriedCatalogue: true });
      reports.push({
        file,
        readable: true,
        ...(verdict.committee ? { committee: verdict.committee } : {}),
        ...(verdict.quarter ? { quarter: verdict.quarter } : {}),
        errors: verdict.problems.filter((p) => p.severity === "error").length,
        warnings: verdict.problems.filter((p) => p.severity === "warning").length,
        issues: verdict.problems,
        ...(feedback ? { feedback: feedbackModule().feedbackReport(feedback, options.feedback!, input, verdict) } : {}),
      });
    } catch (e) {
      io.err(readErrorLine(e, file));
      reports.push({ file, readable: false, errors: 1, warnings: 0, issues: [] });
    }
  }
  if (options.json) {
    const issues = (r: FileReport) =>
      r.issues.map((p) => ({ file: r.file, sheet: p.where.sheet ?? null, cell: p.where.cell ?? null, rule: p.code, severity: p.severity, message: p.message.en, messageKm: p.message.km }));
    const feedbackJson = (f: FeedbackReport) => ({ file: f.feedback, madeFrom: f.madeFrom, refused: f.refused?.en ?? null, openErrors: f.openErrors, items: f.items });
    io.out(
      JSON.stringify(
        reports.map((r) => ({
          file: r.file,
          readable: r.readable,
          committee: r.committee ?? null,
          quarter: r.quarter ?? null,
          errors: r.errors,
          warnings: r.warnings,
          issues: issues(r),
          ...(r.feedback ? { feedback: feedbackJson(r.feedback) } : {}),
        })),
        null,
        2,
      ),
    );
  } else {
    for (const r of reports) {
      printHuman(r, io, lang);
      if (r.feedback) feedbackModule().printFeedback(r.file, r.feedback, io);
    }
  }
  // Feedback for another committee or quarter is refused: said on stderr, a usage error.
  for (const r of reports) if (r.feedback?.refused) io.err(`${r.file}: error: ${r.feedback.refused[lang]} [feedback.mismatch]`);
  if (reports.some((r) => !r.readable || r.feedback?.refused)) return EXIT.usage;
  return reports.some((r) => r.errors > 0 || (r.feedback?.openErrors ?? 0) > 0) ? EXIT.errorsFound : EXIT.ok;
}
