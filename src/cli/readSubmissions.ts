import type { SubmissionFile } from "../domain/consolidation/types";
import { WorkbookReadError } from "../xlsx/read/errors";
import { readSubmissionInput } from "../xlsx/read/submissionReader";
import { expandInputs, loadSubmissionInput } from "./files";
import { readErrorLine } from "./output";

/** Shows "Reading 12/100 …" on stderr when it is a terminal; silent in pipes and CI logs. */
function progress(label: string, total: number): { tick(done: number): void; end(): void } {
  const tty = process.stderr.isTTY === true && total > 1;
  return {
    tick: (done) => tty && process.stderr.write(`\r${label} ${done}/${total}`),
    end: () => tty && process.stderr.write(`\r${" ".repeat(label.length + 16)}\r`),
  };
}

/** One file read (from `bytes` when the caller has them already), or why it could not be. */
export function readSubmissionFile(file: string, bytes?: Uint8Array): SubmissionFile {
  try {
    return { file, input: bytes ? readSubmissionInput(bytes, file) : loadSubmissionInput(file) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file, unreadable: e.reason };
    const line = readErrorLine(e, file).replace(`${file}: error: `, "");
    return { file, unreadable: { en: line, km: line } };
  }
}

/**
 * Reads the files one at a time (folders expanded, in order), handing each to `visit` before the
 * next is read: a caller that keeps nothing of a file holds one file's cells at a time.
 */
export function forEachSubmissionFile(files: readonly string[], visit: (file: SubmissionFile) => void, label = "Reading submissions"): void {
  const bar = progress(label, files.length);
  files.forEach((file, i) => {
    bar.tick(i + 1);
    visit(readSubmissionFile(file));
  });
  bar.end();
}

/** Reads every file (folders expanded), turning each failure into an unreadable entry with its reason. */
export function readSubmissionFiles(inputs: readonly string[], label = "Reading submissions"): SubmissionFile[] {
  const out: SubmissionFile[] = [];
  forEachSubmissionFile(expandInputs(inputs), (f) => out.push(f), label);
  return out;
}
