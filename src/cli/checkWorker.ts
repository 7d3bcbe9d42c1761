/**
 * A worker thread of the check pool (checkPool.ts): reads the files it is handed, judges each in a
 * check session (checkedFile.ts: the rules run only over files that may still be used) and sends
 * back what became final; at the end, the files it held, settled against every thread's latest stamps.
 */
import "./hostHash"; // first: the domain hashes through node:crypto from here on
import { parentPort, workerData } from "node:worker_threads";
import { checkSession, type IndexedCheck } from "../domain/consolidation/checkedFile";
import type { ConsolidationOptions } from "../domain/consolidation/incremental";
import type { CommitteeCode } from "../domain/ids";
import { readSubmissionFile } from "./readSubmissions";

/** main → worker: a file to read (`name`: what the report calls it), no more files, or the latest stamps of all threads. */
export type ToWorker =
  | { readonly index: number; readonly file: string; readonly name: string }
  | { readonly last: true }
  | { readonly settle: ReadonlyMap<CommitteeCode, number> };

/** worker → main: one file read and what became final; this thread's latest stamps (after `last`); the held files settled. */
export type FromWorker =
  | { readonly read: readonly IndexedCheck[] }
  | { readonly latest: ReadonlyMap<CommitteeCode, number> }
  | { readonly settled: readonly IndexedCheck[] };

const port = parentPort;
if (port) {
  const session = checkSession(workerData as ConsolidationOptions);
  const send = (m: FromWorker): void => port.postMessage(m);
  port.on("message", (m: ToWorker) => {
    // (After `settled` the main thread ends the thread: closing the port here could come first.)
    if ("settle" in m) send({ settled: session.settle(m.settle) });
    else if ("last" in m) send({ latest: session.latestStamps() });
    else send({ read: session.offer(readSubmissionFile(m.file, undefined, m.name), m.index) });
  });
}
