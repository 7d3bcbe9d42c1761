import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckedFile } from "../domain/consolidation/checkedFile";
import type { ConsolidationOptions } from "../domain/consolidation/incremental";
import { fileDisplayNames } from "../domain/consolidation/fileNames";
import type { ToWorker } from "./checkWorker";

/** Files each worker holds at once: one being checked, one waiting, so no worker idles on a round trip. */
const IN_FLIGHT = 2;

/**
 * How many worker threads to check `files` files with: none for a few files, whose start-up would
 * cost more. $POLICY_TRACKER_THREADS sets it (0: check here, one file at a time).
 */
export function checkWorkers(files: number): number {
  const set = Number(process.env.POLICY_TRACKER_THREADS ?? NaN);
  if (Number.isInteger(set) && set >= 0) return Math.min(set, files);
  const cores = availableParallelism();
  return cores < 2 || files < 24 ? 0 : Math.min(cores, Math.ceil(files / 12));
}

function startWorker(options: ConsolidationOptions): Worker {
  const entry = join(__dirname, "checkWorker");
  if (__filename.endsWith(".ts")) {
    // Running from the TypeScript sources (bin/ through tsx, or jest): the thread registers tsx first.
    const code = `require(${JSON.stringify(require.resolve("tsx/cjs"))}); require(${JSON.stringify(`${entry}.ts`)});`;
    return new Worker(code, { eval: true, workerData: options });
  }
  return new Worker(`${entry}.js`, { workerData: options });
}

/**
 * Reads and checks the files in `workers` worker threads and hands each checked file to `visit` in
 * the files' order, whatever order the threads finish in: the result is the same as checking them
 * one by one here. Each thread is handed files in increasing order (rowsThatMayWin relies on it).
 */
export function checkInWorkers(files: readonly string[], options: ConsolidationOptions, workers: number, visit: (file: CheckedFile, index: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const pool = Array.from({ length: workers }, () => startWorker(options));
    const names = fileDisplayNames(files);
    const arrived = new Map<number, CheckedFile>();
    let sent = 0;
    let visited = 0;
    let settled = false;
    const end = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (w: Worker): void => {
      if (sent < files.length) {
        w.postMessage({ index: sent, file: files[sent]!, name: names[sent]! } satisfies ToWorker);
        sent++;
      }
    };
    for (const w of pool) {
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
      w.on("message", (m: { index: number; checked: CheckedFile }) => {
        arrived.set(m.index, m.checked);
        feed(w);
        try {
          for (let c = arrived.get(visited); c !== undefined; c = arrived.get(visited)) {
            arrived.delete(visited);
            visit(c, visited++);
          }
        } catch (error) {
          end(error);
          return;
        }
        if (visited === files.length) end();
      });
      w.on("error", end);
      w.on("exit", (code) => {
        if (!settled) end(new Error(`a checking thread stopped (exit code ${code}) before the files were checked`));
      });
    }
    if (files.length === 0) end();
  });
}
