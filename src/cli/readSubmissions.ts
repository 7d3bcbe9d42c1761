import { checkSession, type CheckedFile } from "../domain/consolidation/checkedFile";
import type { Consolidation, ConsolidationOptions } from "../domain/consolidation/incremental";
import type { SubmissionFile } from "../domain/consolidation/types";
import { WorkbookReadError } from "../xlsx/read/errors";
import { readSubmissionInput } from "../xlsx/read/submissionReader";
import { baseName, fileDisplayNames } from "../domain/consolidation/fileNames";
import { CLI_READ, expandInputs, readBytes } from "./files";
import { readErrorLine } from "./output";
import { checkInWorkers, checkWorkers, inFileOrder } from "./checkPool";

/** Shows "Reading 12/100 …" on stderr when it is a terminal; silent in pipes and CI logs. */
function progress(label: string, total: number): { tick(done: number): void; end(): void } {
  const tty = process.stderr.isTTY === true && total > 1;
  return {
    tick: (done) => tty && process.stderr.write(`\r${label} ${done}/${total}`),
    end: () => tty && process.stderr.write(`\r${" ".repeat(label.length + 16)}\r`),
  };
}

/**
 * One file read (from `bytes` when the caller has them already), or why it could not be. It is
 * named by `name` (its file name unless told otherwise), never by its path: the report travels.
 */
export function readSubmissionFile(path: string, bytes?: Uint8Array, name = baseName(path)): SubmissionFile {
  try {
    return { file: name, input: readSubmissionInput(bytes ?? readBytes(path), name, CLI_READ) };
  } catch (e) {
    if (e instanceof WorkbookReadError) return { file: name, unreadable: e.reason };
    const line = readErrorLine(e, path).replace(`${path}: error: `, "");
    return { file: name, unreadable: { en: line, km: line } };
  }
}

/**
 * Reads the files one at a time (in order), handing each to `visit` before the next is read: a
 * caller that keeps nothing of a file holds one file's cells at a time. Each is named by its file
 * name, with as many folders as tell two files of the same name apart.
 */
export function forEachSubmissionFile(files: readonly string[], visit: (file: SubmissionFile) => void, label = "Reading submissions"): void {
  const bar = progress(label, files.length);
  const names = fileDisplayNames(files);
  files.forEach((file, i) => {
    bar.tick(i + 1);
    visit(readSubmissionFile(file, undefined, names[i]));
  });
  bar.end();
}

/**
 * Reads, checks and adds every file to the consolidation, in the files' order: here and in worker
 * threads when there are enough files to pay for starting them (checkPool.ts), else here alone.
 * Either way in check sessions: the rules run only over the files that may be used.
 */
export async function addSubmissionFiles(consolidation: Consolidation, files: readonly string[], options: ConsolidationOptions, label = "Reading submissions"): Promise<void> {
  const bar = progress(label, files.length);
  const add = (checked: CheckedFile, i: number): void => {
    bar.tick(i + 1);
    consolidation.addChecked(checked);
  };
  const workers = checkWorkers(files.length);
  if (workers > 0) await checkInWorkers(files, options, workers, (file, name) => readSubmissionFile(file, undefined, name), add);
  else {
    const session = checkSession(options);
    const out = inFileOrder(add);
    const names = fileDisplayNames(files);
    files.forEach((file, i) => out.place(session.offer(readSubmissionFile(file, undefined, names[i]), i)));
    out.place(session.settle(session.latestStamps()));
  }
  bar.end();
}

/** Reads every file (folders expanded), turning each failure into an unreadable entry with its reason. */
export function readSubmissionFiles(inputs: readonly string[], label = "Reading submissions"): SubmissionFile[] {
  const out: SubmissionFile[] = [];
  forEachSubmissionFile(expandInputs(inputs), (f) => out.push(f), label);
  return out;
}
