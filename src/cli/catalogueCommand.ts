import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { importActionPlan } from "../domain/catalogue/catalogueImport";
import { catalogueToJson } from "../domain/catalogue/catalogueJson";
import { shortHash } from "../domain/catalogue/catalogueBuild";
import { csvTable, isTextTable, type TableRead } from "../domain/catalogue/actionPlanTable";
import { readWorkbookTable } from "../xlsx/read/workbookTable";
import { EXIT, problemLine, readErrorLine, type Io } from "./output";
import { readyOutputFile } from "./outputFile";

export interface ImportOptions {
  readonly out: string;
  readonly version?: string;
}

/** `catalogue import`: every bad row reported with its row number; good rows kept; exit 2 if none. */
export function runCatalogueImport(file: string, options: ImportOptions, io: Io, today: Date = new Date()): number {
  if (!readyOutputFile(options.out, "--out", "catalogue import", io)) return EXIT.usage;
  let read: TableRead;
  try {
    const bytes = readFileSync(file);
    read = isTextTable(file) ? csvTable(new TextDecoder("utf-8").decode(bytes), file) : { table: readWorkbookTable(new Uint8Array(bytes), file) };
  } catch (e) {
    io.err(readErrorLine(e, file));
    return EXIT.usage;
  }
  if ("problem" in read) {
    io.err(problemLine(read.problem));
    return EXIT.usage;
  }
  const { table } = read;
  const result = importActionPlan(table, basename(file), today, options.version);
  for (const p of result.problems) io.err(problemLine(p));
  const bad = result.rowsRead - result.measures.length;
  if (!result.catalogue) {
    io.err(`${file}: error: no usable measure rows (${result.rowsRead} rows read); nothing written`);
    return EXIT.usage;
  }
  const catalogue = result.catalogue;
  writeFileSync(options.out, catalogueToJson(catalogue));
  io.out(
    `Imported ${result.measures.length} of ${result.rowsRead} rows from ${file}` +
      `${bad > 0 ? ` (${bad} rejected, listed above)` : ""}; catalogue ${catalogue.version}, hash ${shortHash(catalogue.hash)} → ${options.out}`,
  );
  return EXIT.ok;
}
