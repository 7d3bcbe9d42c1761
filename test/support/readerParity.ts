/**
 * The byte-scanning reader held to the reference reader (fflate streaming into saxes): what each
 * makes of a file, and whether the scanner's outcome is acceptable against the reference's.
 */
import { isDeepStrictEqual } from "node:util";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { openWorkbook, type ReadOptions, type WorkbookReader } from "../../src/xlsx/read/openWorkbook";
import { nodeInflate } from "../../src/xlsx/read/nodeInflate";
import { readSubmission } from "../../src/xlsx/read/submissionReader";

export const READERS: readonly [string, ReadOptions][] = [
  ["scanner + zlib", { inflate: nodeInflate }],
  ["scanner + fflate", {}],
];
export const REFERENCE: ReadOptions = { xml: "sax" };

export type Outcome = { ok: unknown } | { error: unknown };

function attempt(read: () => unknown): Outcome {
  try {
    return { ok: read() };
  } catch (error) {
    return { error };
  }
}

/**
 * Everything a reader makes of a file: the workbook's sheets, each sheet's cells, the submission
 * (only the submission when `sheets` is false).
 */
export function readAll(bytes: Uint8Array, file: string, options: ReadOptions, sheets = true): Record<string, Outcome> {
  const out: Record<string, Outcome> = {};
  if (!sheets) return { submission: attempt(() => readSubmission(bytes, file, options)) };
  const opened = attempt(() => openWorkbook(bytes, file, options));
  if (!("ok" in opened)) out.workbook = opened;
  if ("ok" in opened) {
    const wb = opened.ok as WorkbookReader;
    out.workbook = { ok: { sheets: wb.sheets, definedNames: wb.definedNames, date1904: wb.date1904 } };
    for (const s of wb.sheets) out[`sheet ${s.name}`] = attempt(() => wb.readSheet(s.name));
  }
  out.submission = attempt(() => readSubmission(bytes, file, options));
  return out;
}

const describe = (o: Outcome): string =>
  "ok" in o ? "ok" : o.error instanceof WorkbookReadError ? `${o.error.code}: ${o.error.reason.en}` : `plain ${(o.error as Error)?.message ?? String(o.error)}`;

/** Why the reader's outcome is not acceptable against the reference's, or undefined when it is. */
export function judge(file: string, reference: Outcome, candidate: Outcome): string | undefined {
  if ("ok" in candidate) {
    if (!("ok" in reference)) return `reads what the reference refuses (${describe(reference)})`;
    return isDeepStrictEqual(candidate.ok, reference.ok) ? undefined : "reads differently from the reference";
  }
  if (!(candidate.error instanceof WorkbookReadError) || candidate.error.file !== file) return `fails without naming the file: ${describe(candidate)}`;
  if ("ok" in reference) return `refuses what the reference reads: ${describe(candidate)}`;
  return undefined;
}
