/**
 * The consolidation worker: reads the files, consolidates and writes the report off the pane's
 * thread, posting progress as it goes and the report's bytes (transferred, not copied) at the end.
 * Started by startWorker.ts; the steps are buildReport's, the same as the main-thread fallback.
 */
import { buildReport } from "./buildReport";
import type { BuildRequest, WorkerMessage } from "./protocol";

/** What this file uses of a dedicated worker's scope (the "webworker" lib would clash with "DOM"). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<BuildRequest>) => void) | null;
  postMessage(message: WorkerMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

scope.onmessage = (event) => {
  buildReport(event.data, (progress) => post({ type: "progress", progress })).then(
    (report) =>
      post({ type: "done", report }, [
        ...new Set([report.bytes?.buffer, report.withoutCharts?.buffer, ...(report.feedback ?? []).map((f) => f.bytes.buffer)].filter((b) => b !== undefined)),
      ]),
    (error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
};
