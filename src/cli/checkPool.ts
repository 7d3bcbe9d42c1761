import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckedFile } from "../domain/consolidation/checkedFile";
import type { ConsolidationOptions } from "../domain/consolidation/incremental";
import { fileDisplayNames } from "../domain/consolidation/fileNames";
import type { ToWorker } from "./checkWorker";

/**
 * Files each worker holds at once. The main thread tops a worker up only between its own files, so
 * with 2 a worker idled ~15% of the read (its next file was waiting for the main thread's current
 * one); 4 covers that, and bounds what is left to a worker when the main thread runs out of files.
 */
const IN_FLIGHT = 4;
/**
 * Files each worker is handed at the start: the main thread's first file (cold) and its loading of
 * ExcelJS (consolidateCommand.ts) keep it from topping up for ~0.3 s, and the worker sat idle.
 */
const FIRST_FEED = 24;

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
  const held = new Map<Worker, number>();
  const feed = (w: Worker, upTo: number): void => {
    // Never more than a fair share of what is left, so that no worker holds the last files alone.
    const fair = Math.ceil((files.length - sent) / (workers + 1));
    for (let h = held.get(w) ?? 0; h < Math.min(upTo, Math.max(fair, IN_FLIGHT)) && sent < files.length; h++) {
      w.postMessage({ index: sent, file: files[sent]!, name: names[sent]! } satisfies ToWorker);
      sent++;
      held.set(w, h + 1);
    }
  };
  for (const w of pool) {
    feed(w, FIRST_FEED);
    w.on("message", (m: { index: number; checked: CheckedFile }) => {
      checked.set(m.index, m.checked);
      held.set(w, held.get(w)! - 1);
      feed(w, IN_FLIGHT);
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
