import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { PaneGateway } from "../gateway";
import type { BuildRequest, BuiltReport } from "./protocol";
import { downloadFile, reportFileName } from "./reportFile";
import type { ConsolidationEvent } from "./reducer";
import { runBuild } from "./runBuild";
import type { ConsolidateForm } from "./state";

export interface ConsolidationDeps {
  /** Absent outside Excel: building and downloading work, inserting does not. */
  readonly gateway?: PaneGateway;
  /** Every catalogue the pane knows, the one it uses now first. */
  readonly catalogues: readonly Catalogue[];
  readonly now: () => Date;
  /** Starts the consolidation worker; absent where workers are not wanted (tests, the fallback). */
  readonly startWorker?: () => Worker;
  /** Saves the report; the browser's download by default. */
  readonly download?: (bytes: Uint8Array, fileName: string) => void;
}

/**
 * What the secretariat can do on the Consolidate panel: each does its work (the worker, Excel, the
 * download) and says what happened as events to `dispatch`; consolidationReducer turns them into state.
 */
export interface ConsolidationActions {
  change(form: Partial<ConsolidateForm>): void;
  build(form: ConsolidateForm): Promise<void>;
  dismissBuildFailure(): void;
  download(bytes: Uint8Array, form: Pick<ConsolidateForm, "quarter" | "lang">): void;
  insert(report: BuiltReport, form: Pick<ConsolidateForm, "lang">): Promise<void>;
  dismissInsertFailure(): void;
  /** Opens the report as a new workbook (where a download does nothing, or the insert is not possible). */
  open(bytes: Uint8Array): Promise<void>;
  dismissOpenFailure(): void;
}

export function consolidationActions(dispatch: (event: ConsolidationEvent) => void, deps: ConsolidationDeps): ConsolidationActions {
  return {
    change: (form) => dispatch({ type: "formChanged", change: form }),
    build: async (form) => {
      const request: BuildRequest = {
        quarter: form.quarter,
        lang: form.lang,
        catalogues: deps.catalogues,
        files: form.files,
        previous: form.previous,
        generatedAt: deps.now(),
      };
      const started = performance.now();
      dispatch({ type: "buildStarted" });
      try {
        const report = await runBuild(request, (progress) => dispatch({ type: "buildProgressed", progress }), deps.startWorker);
        dispatch({ type: "buildFinished", report, elapsedMs: Math.round(performance.now() - started) });
      } catch (error) {
        dispatch({ type: "buildFailed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    dismissBuildFailure: () => dispatch({ type: "buildFailureDismissed" }),
    download: (bytes, form) => (deps.download ?? downloadFile)(bytes, reportFileName(form.quarter, form.lang)),
    insert: async (report, form) => {
      const { gateway } = deps;
      const { bytes, withoutCharts } = report;
      if (!gateway || !bytes || !withoutCharts) return;
      dispatch({ type: "insertStarted" });
      dispatch({ type: "insertFinished", outcome: await gateway.insertReport({ bytes, withoutCharts }, form.lang) });
    },
    dismissInsertFailure: () => dispatch({ type: "insertFailureDismissed" }),
    open: async (bytes) => {
      const gateway = deps.gateway;
      if (!gateway) return;
      dispatch({ type: "openStarted" });
      dispatch({ type: "openFinished", outcome: await gateway.openReportAsWorkbook(bytes) });
    },
    dismissOpenFailure: () => dispatch({ type: "openFailureDismissed" }),
  };
}
