import type { SubmissionFile } from "../domain/consolidation/types";
import { WorkbookReadError } from "../xlsx/errors";
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

/** Reads every file (folders expanded), turning each failure into an unreadable entry with its reason. */
export function readSubmissionFiles(inputs: readonly string[], label = "Reading submissions"): SubmissionFile[] {
  const files = expandInputs(inputs);
  const bar = progress(label, files.length);
  const out = files.map((file, i): SubmissionFile => {
    bar.tick(i + 1);
    try {
      return { file, input: loadSubmissionInput(file) };
    } catch (e) {
      if (e instanceof WorkbookReadError) return { file, unreadable: e.reason };
      const line = readErrorLine(e, file).replace(`${file}: error: `, "");
      return { file, unreadable: { en: line, km: line } };
    }
  });
  bar.end();
  return out;
}
