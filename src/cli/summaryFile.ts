import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { summaryHead, summaryIssue, type ReportSummary } from "../domain/consolidation/summary";
import type { ReportModel } from "../domain/consolidation/types";

/** Text is handed to the file in batches about this large. */
const BATCH_CHARS = 1 << 18;
/**
 * Issues are turned into JSON this many at a time, inside an `{ "issues": [...] }` wrapper so that
 * JSON.stringify indents them as deep as they sit in the summary: one call per 512 issues instead
 * of a stringify and a re-indenting replace() per issue (26 ms self time at N = 100), and at most
 * ~150 KB of JSON held at once.
 */
const ISSUES_PER_STRINGIFY = 512;
const WRAPPER_OPEN = '{\n  "issues": [';
const WRAPPER_CLOSE = "\n  ]\n}";

/**
 * Writes the `--summary` JSON (a contract other tools read) and returns it without its issues. The bytes are those
 * of `JSON.stringify(summary, null, 2)` plus a newline, but the issues (90,000 at N = 1,000, 27 MB
 * of JSON) are written one by one as they are turned into JSON: neither the whole text nor a second
 * copy of the issues is ever held (one stringify held ~130 MB at its peak). Through a temporary
 * file, so a failed run leaves no half summary.
 */
export function writeSummaryFile(file: string, model: ReportModel): Omit<ReportSummary, "issues"> {
  const head = summaryHead(model);
  const empty = JSON.stringify({ ...head, issues: [] }, null, 2);
  const tail = '  "issues": []\n}';
  if (!empty.endsWith(tail)) throw new Error("summary: issues must be the summary's last key");
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, "w");
    try {
      let batch = `${empty.slice(0, -tail.length)}  "issues": [`;
      for (let at = 0; at < model.issues.length; at += ISSUES_PER_STRINGIFY) {
        const json = JSON.stringify({ issues: model.issues.slice(at, at + ISSUES_PER_STRINGIFY).map(summaryIssue) }, null, 2);
        batch += `${at ? "," : ""}${json.slice(WRAPPER_OPEN.length, -WRAPPER_CLOSE.length)}`;
        if (batch.length >= BATCH_CHARS) {
          writeSync(fd, batch);
          batch = "";
        }
      }
      writeSync(fd, `${batch}${model.issues.length ? "\n  " : ""}]\n}\n`);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
  return head;
}
