import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { summaryHead, summaryIssue, type ReportSummary } from "../domain/consolidation/summary";
import type { ReportModel } from "../domain/consolidation/types";

/** Text is handed to the file in batches about this large. */
const BATCH_CHARS = 1 << 20;

/**
 * One issue as JSON.stringify(summary, null, 2) writes it, four levels deep: the issues are flat
 * objects of strings and nulls, so each value is stringified alone and the layout written here —
 * a quarter less time than stringifying them in batches (26 MB at N = 1,000). Anything nested
 * goes through JSON.stringify, re-indented.
 */
export function issueJson(issue: Record<string, unknown>): string {
  let body = "";
  for (const key in issue) {
    const value = issue[key];
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    if (value !== null && typeof value === "object") return JSON.stringify(issue, null, 2).replace(/\n/g, "\n    ");
    body += `${body ? "," : ""}\n      ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  }
  return body ? `{${body}\n    }` : "{}";
}

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
      model.issues.forEach((p, i) => {
        batch += `${i ? "," : ""}\n    ${issueJson(summaryIssue(p) as Record<string, unknown>)}`;
        if (batch.length >= BATCH_CHARS) {
          writeSync(fd, batch);
          batch = "";
        }
      });
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
