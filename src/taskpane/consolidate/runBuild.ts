import type { BuildProgress, BuildRequest, BuiltReport, WorkerMessage } from "./protocol";

/** Lets the browser paint and handle input between two files of a build on the main thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The build on the pane's own thread, yielding between files: where workers are unavailable. */
export async function buildOnMainThread(request: BuildRequest, onProgress: (p: BuildProgress) => void): Promise<BuiltReport> {
  const { buildReport } = await import(/* webpackChunkName: "consolidate-build" */ "./buildReport");
  return buildReport(request, onProgress, nextTask);
}

/** A worker that could not be started or whose script never ran: the build can still run here. */
class WorkerDidNotStart extends Error {}

function buildInWorker(worker: Worker, request: BuildRequest, onProgress: (p: BuildProgress) => void): Promise<BuiltReport> {
  return new Promise<BuiltReport>((resolve, reject) => {
    let heard = false;
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      heard = true;
      const message = event.data;
      if (message.type === "progress") onProgress(message.progress);
      else if (message.type === "done") finish(() => resolve(message.report));
      else finish(() => reject(new Error(message.message)));
    };
    // An error before the first message: the worker's script did not load or run (blocked, missing).
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => reject(heard ? new Error(event.message || "the consolidation worker stopped") : new WorkerDidNotStart(event.message)));
    };
    worker.onmessageerror = () => finish(() => reject(new Error("the consolidation worker's answer could not be read")));
    worker.postMessage(request);
  });
}

/**
 * Builds the report in a Web Worker when `startWorker` gives one, else on the main thread in
 * steps. A worker that cannot be created or does not start falls back to the main thread too; a
 * worker that fails part-way is a failure, reported as such.
 */
export async function runBuild(
  request: BuildRequest,
  onProgress: (p: BuildProgress) => void,
  startWorker?: () => Worker,
): Promise<BuiltReport> {
  let worker: Worker | undefined;
  try {
    worker = startWorker && typeof Worker !== "undefined" ? startWorker() : undefined;
  } catch {
    worker = undefined; // e.g. a content security policy without worker-src
  }
  if (!worker) return buildOnMainThread(request, onProgress);
  try {
    return await buildInWorker(worker, request, onProgress);
  } catch (error) {
    if (error instanceof WorkerDidNotStart) return buildOnMainThread(request, onProgress);
    throw error;
  }
}
