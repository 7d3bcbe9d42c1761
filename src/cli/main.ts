import "./hostHash"; // first: the domain hashes through node:crypto from here on
import { Command, CommanderError, Option } from "commander";
import type { Lang } from "../domain/text/lang";
import type { ConsolidateCliOptions } from "./consolidateCommand";
import { EXIT, processIo, type Io } from "./output";
import { describeFsError } from "./outputFile";

/*
 * Each command's module is loaded only when that command runs: `validate` and `catalogue` then
 * never load ExcelJS and the writers (about 0.3 s of every start). `require`, not `import()`:
 * under tsx's CommonJS hook a dynamic import() goes to Node's ESM loader, which cannot load .ts.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const commands = {
  catalogue: (): typeof import("./catalogueCommand") => require("./catalogueCommand"),
  validate: (): typeof import("./validateCommand") => require("./validateCommand"),
  template: (): typeof import("./templateCommand") => require("./templateCommand"),
  demo: (): typeof import("./demoCommand") => require("./demoCommand"),
  consolidate: (): typeof import("./consolidateCommand") => require("./consolidateCommand"),
  pdf: (): typeof import("./pdfCommand") => require("./pdfCommand"),
  trend: (): typeof import("./trendCommand") => require("./trendCommand"),
};
/* eslint-enable @typescript-eslint/no-require-imports */

function program(io: Io, setCode: (code: number) => void): Command {
  const root = new Command("policy-tracker")
    .description("Track the implementation of Cambodia's Digital Economy and Society Policy Framework (NDESC)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError("(run with --help for usage)");

  const catalogue = root.command("catalogue").description("Work with the measure catalogue").exitOverride();
  catalogue
    .command("import")
    .description("Import the official action plan from CSV or XLSX into a catalogue file (columns mapped by English or Khmer header)")
    .argument("<file>", "the action plan, .csv or .xlsx")
    .requiredOption("--out <file>", "where to write the catalogue JSON")
    .option("--version <version>", "version string for the catalogue (default: official-<date>-<hash>)")
    .exitOverride()
    .action((file: string, opts: { out: string; version?: string }) => setCode(commands.catalogue().runCatalogueImport(file, opts, io)));
  root
    .command("template")
    .description("Write a blank status workbook for one committee and quarter")
    .requiredOption("--committee <code>", "DGC, DEBC or DSC")
    .requiredOption("--quarter <quarter>", "the reporting quarter, e.g. 2026-Q3")
    .addOption(langOption("language of the workbook"))
    .requiredOption("--out <file>", "where to write the .xlsx")
    .option("--catalogue <file>", "a catalogue file to use instead of the bundled one")
    .exitOverride()
    .action(async (opts: { committee: string; quarter: string; lang: Lang; out: string; catalogue?: string }) => setCode(await commands.template().runTemplate(opts, io)));

  root
    .command("consolidate")
    .description("Consolidate the committees' submissions into the quarterly report for the Council")
    .argument("<inputs...>", ".xlsx submissions, or folders of them")
    .requiredOption("--quarter <quarter>", "the reporting quarter, e.g. 2026-Q3")
    .requiredOption("--out <file>", "where to write the report .xlsx")
    .option("--previous <inputs...>", "last quarter's submissions or report (files or folders), for changes since last quarter")
    .option("--history <dir>", "earlier quarterly reports (a folder): adds a Trend sheet across the quarters")
    .addOption(langOption("language of the report"))
    .option("--summary <file>", "also write a summary JSON")
    .option("--catalogue <file>", "consolidate against this catalogue instead of the bundled one")
    .option("--pdf [file]", "also print the report to PDF through LibreOffice (default: the report's name with .pdf)")
    .option("--feedback-dir <dir>", "where to write a feedback file per committee with issues, feedback-2026-Q3-DGC.xlsx (default: the report's folder)")
    .option("--no-feedback", "write no feedback files")
    .exitOverride()
    .action(async (inputs: string[], opts: ConsolidateCliOptions) => setCode(await commands.consolidate().runConsolidate(inputs, opts, io)));

  root
    .command("pdf")
    .description("Print a report workbook to PDF for the Council through LibreOffice (A4 landscape, as the report's page setup says)")
    .argument("<report>", "the report .xlsx")
    .option("--out <file>", "where to write the PDF (default: the report's name with .pdf)")
    .addOption(langOption("language of the messages"))
    .exitOverride()
    .action(async (report: string, opts: { out?: string; lang: Lang }) => setCode(await commands.pdf().runPdf(report, opts, io)));

  root
    .command("trend")
    .description("Draw completion, slips, stuck measures and late submissions across earlier quarterly reports (English or Khmer)")
    .argument("<reports...>", "quarterly reports (.xlsx), or folders of them; one per quarter")
    .requiredOption("--out <file>", "where to write the trend .xlsx")
    .addOption(langOption("language of the trend workbook"))
    .exitOverride()
    .action(async (reports: string[], opts: { out: string; lang: Lang }) => setCode(await commands.trend().runTrend(reports, opts, io)));

  root
    .command("demo")
    .description("Write sample committee workbooks for two quarters and check them")
    .option("--out <dir>", "output folder", "out/demo")
    .exitOverride()
    .action(async (opts: { out: string }) => setCode(await commands.demo().runDemo(opts.out, io)));

  root
    .command("validate")
    .description("Run the rules over status workbooks; exit 0 clean, 1 errors found, 2 unreadable file or usage")
    .argument("<files...>", ".xlsx status workbooks, or folders of them")
    .option("--json", "print the issues as JSON")
    .option("--catalogue <file...>", "catalogue files the workbooks may have been made from (the bundled one is always known)")
    .option("--feedback <file>", "the secretariat's feedback file for this workbook: say which of its items are still open (exit 1 while errors are)")
    .addOption(langOption())
    .exitOverride()
    .action((files: string[], opts: { json?: boolean; catalogue?: string[]; lang?: Lang; feedback?: string }) => setCode(commands.validate().runValidate(files, opts, io)));
  return root;
}

function langOption(description = "language of the output"): Option {
  return new Option("--lang <lang>", description).choices(["en", "km"]).default("en");
}

/** Runs the CLI and returns the exit status (0 done, 1 errors found, 2 usage error or nothing usable). */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const root = program(io, (c) => (code = c));
  try {
    await root.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A file that could not be written (the disk full, a folder made read-only meanwhile): said, not a stack.
    const fsError = e as NodeJS.ErrnoException;
    if (typeof fsError?.code === "string" && typeof fsError.syscall === "string" && typeof fsError.path === "string") {
      io.err(`policy-tracker: ${fsError.path}: ${describeFsError(fsError)}`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
