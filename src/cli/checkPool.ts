import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { checkSession, mergeLatestStamps, type CheckedFile, type IndexedCheck } from "../domain/consolidation/checkedFile";
import type { ConsolidationOptions } from "../domain/consolidation/incremental";
import { fileDisplayNames } from "../domain/consolidation/fileNames";
import type { SubmissionFile } from "../domain/consolidation/types";
import type { CommitteeCode } from "../domain/ids";
import type { FromWorker, ToWorker } from "./checkWorker";

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

/** Hands checked files to `visit` in the files' order, as they come in any order. */
export function inFileOrder(visit: (file: CheckedFile, index: number) => void): { place(results: readonly IndexedCheck[]): void; readonly visited: number } {
  const checked = new Map<number, CheckedFile>();
  let visited = 0;
  return {
    place(results) {
      for (const r of results) checked.set(r.index, r.checked);
      for (let c = checked.get(visited); c !== undefined; c = checked.get(visited)) {
        checked.delete(visited);
        visit(c, visited++);
      }
    },
    get visited() {
      return visited;
    },
  };
}

/**
 * Checks the files in check sessions (checkedFile.ts), one on the main thread (which reads files
 * with `readHere`) and one in each of `workers` worker threads, and hands each checked file to
 * `visit` in the files' order, whatever order they are checked in: the result is the same as
 * checking them one by one here. Once every file is read, the sessions' latest stamps are merged
 * and each session settles the files it held.
 */
export async function checkInWorkers(
  files: readonly string[],
  options: ConsolidationOptions,
  workers: number,
  readHere: (file: string, name: string) => SubmissionFile,
  visit: (file: CheckedFile, index: number) => void,
): Promise<void> {
  const out = inFileOrder(visit);
  const here = checkSession(options);
  let sent = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const wakeUp = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const until = async (done: () => boolean): Promise<void> => {
    while (!done()) {
      if (failure) throw failure.error;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure.error;
  };
  const names = fileDisplayNames(files);
  const pool = Array.from({ length: workers }, () => startWorker(options));
  const held = new Map<Worker, number>();
  const latest = new Map<Worker, ReadonlyMap<CommitteeCode, number>>();
  let settled = 0;
  const post = (w: Worker, m: ToWorker): void => w.postMessage(m);
  const feed = (w: Worker, upTo: number): void => {
    // Never more than a fair share of what is left, so that no worker holds the last files alone.
    const fair = Math.ceil((files.length - sent) / (workers + 1));
    for (let h = held.get(w) ?? 0; h < Math.min(upTo, Math.max(fair, IN_FLIGHT)) && sent < files.length; h++) {
      post(w, { index: sent, file: files[sent]!, name: names[sent]! });
      sent++;
      held.set(w, h + 1);
    }
  };
  for (const w of pool) {
    feed(w, FIRST_FEED);
    w.on("message", (m: FromWorker) => {
      if ("read" in m) {
        out.place(m.read);
        held.set(w, held.get(w)! - 1);
        feed(w, IN_FLIGHT);
      } else if ("latest" in m) latest.set(w, m.latest);
      else {
        out.place(m.settled);
        settled++;
      }
      wakeUp();
    });
    w.on("error", (error) => {
      failure ??= { error };
      wakeUp();
    });
    w.on("exit", (code) => {
      if (out.visited < files.length) failure ??= { error: new Error(`a checking thread stopped (exit code ${code}) before the files were checked`) };
      wakeUp();
    });
  }
  try {
    // This thread reads the next file itself, then lets the workers' results in.
    while (sent < files.length) {
      if (failure) throw failure.error;
      const index = sent++;
      out.place(here.offer(readHere(files[index]!, names[index]!), index));
      await nextTurn();
    }
    for (const w of pool) post(w, { last: true });
    await until(() => latest.size === pool.length);
    const all = mergeLatestStamps([here.latestStamps(), ...latest.values()]);
    for (const w of pool) post(w, { settle: all });
    out.place(here.settle(all));
    await until(() => settled === pool.length);
    if (out.visited < files.length) throw new Error(`${files.length - out.visited} files were not checked`);
  } finally {
    for (const w of pool) void w.terminate();
  }
}
