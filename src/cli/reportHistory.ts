import { basename } from "node:path";
import type { QuarterSnapshot } from "../domain/consolidation/quarterSnapshot";
import type { Trend } from "../domain/consolidation/trend";
import { WorkbookReadError } from "../xlsx/read/errors";
import { readReportSnapshot } from "../xlsx/read/reportSnapshot";
import { expandInputs, readBytes } from "./files";
import { readErrorLine, type Io } from "./output";

/**
 * Earlier quarterly reports (files, or folders of them) as the trend takes them. A file that is not
 * a Policy Tracker report, or cannot serve, is said on stderr (one line, naming it) and left out.
 */
export function readReportHistory(inputs: readonly string[], io: Io, command: string): { snapshots: QuarterSnapshot[]; files: number } {
  const files = expandInputs(inputs);
  const snapshots: QuarterSnapshot[] = [];
  for (const file of files) {
    try {
      const snapshot = readReportSnapshot(readBytes(file), file);
      if (snapshot) snapshots.push({ ...snapshot, source: basename(file) });
      else io.err(`${file}: error: not a Policy Tracker quarterly report (a submission, or no workbook at all); left out of the ${command}`);
    } catch (e) {
      if (!(e instanceof WorkbookReadError) && !(e as NodeJS.ErrnoException)?.code) throw e;
      io.err(`${readErrorLine(e, file)} (left out of the ${command})`);
    }
  }
  return { snapshots, files: files.length };
}

/** What the secretariat should know about the reports (gaps, other catalogues): one stderr line each. */
export function sayNotes(trend: Trend, io: Io, command: string): void {
  for (const note of trend.notes) io.err(`${command}: note: ${note.text.en}`);
}
