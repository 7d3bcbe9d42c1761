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
 * How many worker threads to check `files` files with, beside the main thread, which checks files
 * too: one per further core, from 200 files on. A thread costs ~0.5 s of CPU time before it runs
 * at speed (start-up, then its own JIT warm-up): at N = 100 the run with one was slower, at N =
 * 1,000 a quarter faster (bench/RESULTS.md). $POLICY_TRACKER_THREADS sets it (0: every file here).
 */
export function checkWorkers(files: number): number {
  const set = Number(process.env.POLICY_TRACKER_THREADS ?? NaN);
  if (Number.isInteger(set) && set >= 0) return Math.min(set, files);
  return files < 200 ? 0 : Math.min(availableParallelism() - 1, Math.ceil(files / 200));
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

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Checks the files on the main thread (`checkHere`) and in `workers` worker threads, and hands
 * each checked file to `visit` in the files' order, whatever order they are checked in: the result
 * is the same as checking them one by one here. Files are handed out in increasing order, so each
 * worker sees its files in order (rowsThatMayWin relies on it).
 */
export async function checkInWorkers(
  files: readonly string[],
  options: ConsolidationOptions,
  workers: number,
  checkHere: (file: string, name: string) => CheckedFile,
  visit: (file: CheckedFile, index: number) => void,
): Promise<void> {
  const checked = new Map<number, CheckedFile>();
  let sent = 0;
  let visited = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const settle = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const visitInOrder = (): void => {
    for (let c = checked.get(visited); c !== undefined; c = checked.get(visited)) {
      checked.delete(visited);
      visit(c, visited++);
    }
  };
  const names = fileDisplayNames(files);
  const pool = Array.from({ length: workers }, () => startWorker(options));
  const feed = (w: Worker): void => {
    if (sent < files.length) {
      w.postMessage({ index: sent, file: files[sent]!, name: names[sent]! } satisfies ToWorker);
      sent++;
    }
  };
  for (const w of pool) {
    for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    w.on("message", (m: { index: number; checked: CheckedFile }) => {
      checked.set(m.index, m.checked);
      feed(w);
      settle();
    });
    w.on("error", (error) => {
      failure ??= { error };
      settle();
    });
    w.on("exit", (code) => {
      if (visited < files.length) failure ??= { error: new Error(`a checking thread stopped (exit code ${code}) before the files were checked`) };
      settle();
    });
  }
  try {
    while (visited < files.length) {
      if (failure) throw failure.error;
      if (sent < files.length) {
        // This thread checks the next file itself, then lets the workers' results in.
        const index = sent++;
        checked.set(index, checkHere(files[index]!, names[index]!));
        visitInOrder();
        await nextTurn();
      } else {
        visitInOrder();
        if (visited < files.length) await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    for (const w of pool) void w.terminate();
  }
}
