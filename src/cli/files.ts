import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Catalogue } from "../domain/catalogue/catalogue";
import { bundledCatalogue } from "../domain/catalogue/bundledCatalogue";
import { parseCatalogueJson } from "../domain/catalogue/catalogueJson";
import type { SubmissionInput } from "../domain/rules/submissionCheck";
import { WorkbookReadError } from "../xlsx/read/errors";
import { nodeInflate } from "../xlsx/read/nodeInflate";
import { readSubmissionInput, type ReadOptions } from "../xlsx/read/submissionReader";

/** How the CLI reads workbooks: the byte scanner over Node's native zlib. */
export const CLI_READ: ReadOptions = { inflate: nodeInflate };

/** No status workbook comes near this; larger files are refused before being read into memory. */
export const MAX_FILE_BYTES = 50 << 20;

export function readBytes(file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    throw new WorkbookReadError("too-large", file, { en: `the file is ${(size / 2 ** 20).toFixed(0)} MB; a status workbook is far smaller`, km: "ឯកសារធំពេក" });
  }
  return new Uint8Array(readFileSync(file));
}

/** Files named directly, plus the .xlsx files (not Excel's ~$ lock files) inside named folders. */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      return [input]; // reported as missing by the reader
    }
    if (!isDir) return [input];
    return readdirSync(input)
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
      .sort()
      .map((n) => join(input, n));
  });
}

export function loadSubmissionInput(file: string, options: ReadOptions = {}): SubmissionInput {
  return readSubmissionInput(readBytes(file), file, { ...CLI_READ, ...options });
}

/** The bundled catalogue plus any catalogue files named on the command line. */
export function knownCatalogues(files: readonly string[] = []): Catalogue[] {
  const extra = files.map((f) => {
    const { catalogue, problems } = parseCatalogueJson(JSON.parse(readFileSync(f, "utf8")), f);
    if (!catalogue) throw new Error(`${f}: not a usable catalogue: ${problems.map((p) => p.message.en).join("; ")}`);
    return catalogue;
  });
  return [bundledCatalogue(), ...extra];
}
