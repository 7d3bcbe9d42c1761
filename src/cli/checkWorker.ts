/**
 * A worker thread of the check pool (checkPool.ts): reads the files it is handed, in the order
 * handed (always increasing), checks each against the rules and sends back what consolidation
 * keeps of it — without the parsed rows of a file that cannot win its committee.
 */
import "./hostHash"; // first: the domain hashes through node:crypto from here on
import { parentPort, workerData } from "node:worker_threads";
import { fileChecker, rowsThatMayWin } from "../domain/consolidation/checkedFile";
import type { ConsolidationOptions } from "../domain/consolidation/incremental";
import { readSubmissionFile } from "./readSubmissions";

/** main → worker: a file to check, or the end. */
/** (`name`: what the report calls the file, fileDisplayNames over all the files.) */
export type ToWorker = { readonly index: number; readonly file: string; readonly name: string } | { readonly done: true };

const port = parentPort;
if (port) {
  const options = workerData as ConsolidationOptions;
  const check = fileChecker(options);
  const mayWin = rowsThatMayWin(options.catalogue);
  port.on("message", (m: ToWorker) => {
    if ("done" in m) {
      port.close();
      return;
    }
    port.postMessage({ index: m.index, checked: mayWin(check(readSubmissionFile(m.file, undefined, m.name))) });
  });
}
