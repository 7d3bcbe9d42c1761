import { Command, CommanderError } from "commander";
import { runCatalogueImport } from "./catalogueCommand";
import { EXIT, processIo, type Io } from "./output";

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
    .action((file: string, opts: { out: string; version?: string }) => setCode(runCatalogueImport(file, opts, io)));
  return root;
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
    throw e;
  }
  return code;
}
