import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { PaneGateway } from "../gateway";
import type { BuildRequest, BuiltReport } from "./protocol";
import { downloadFile, reportFileName } from "./reportFile";
import { runBuild } from "./runBuild";
import type { ConsolidateForm, ConsolidationUpdate } from "./state";

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

/** What the secretariat can do on the Consolidate panel: each changes the state through `update`. */
export interface ConsolidationActions {
  change(form: Partial<ConsolidateForm>): void;
  build(form: ConsolidateForm): Promise<void>;
  download(bytes: Uint8Array, form: Pick<ConsolidateForm, "quarter" | "lang">): void;
  insert(report: BuiltReport, form: Pick<ConsolidateForm, "lang">): Promise<void>;
  dismissInsertFailure(): void;
  /** Opens the report as a new workbook (where a download does nothing, or the insert is not possible). */
  open(bytes: Uint8Array): Promise<void>;
  dismissOpenFailure(): void;
}

export function consolidationActions(update: ConsolidationUpdate, deps: ConsolidationDeps): ConsolidationActions {
  return {
    // The last report stays on screen until the next build: a changed choice does not make it wrong.
    change: (form) => update((s) => ({ ...s, form: { ...s.form, ...form } })),
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
      update((s) => ({ ...s, build: { step: "building" }, insert: { step: "idle" }, open: { step: "idle" } }));
      try {
        const report = await runBuild(request, (progress) => update((s) => ({ ...s, build: { step: "building", progress } })), deps.startWorker);
        update((s) => ({ ...s, build: { step: "built", report, elapsedMs: Math.round(performance.now() - started) } }));
      } catch (error) {
        update((s) => ({ ...s, build: { step: "failed", message: error instanceof Error ? error.message : String(error) } }));
      }
    },
    download: (bytes, form) => (deps.download ?? downloadFile)(bytes, reportFileName(form.quarter, form.lang)),
    insert: async (report, form) => {
      const { gateway } = deps;
      const { bytes, withoutCharts } = report;
      if (!gateway || !bytes || !withoutCharts) return;
      update((s) => ({ ...s, insert: { step: "inserting" } }));
      const outcome = await gateway.insertReport({ bytes, withoutCharts }, form.lang);
      update((s) => ({ ...s, insert: outcome.ok ? { step: "inserted", result: outcome.value } : { step: "failed", failure: outcome.failure } }));
    },
    dismissInsertFailure: () => update((s) => ({ ...s, insert: { step: "idle" } })),
    open: async (bytes) => {
      const gateway = deps.gateway;
      if (!gateway) return;
      update((s) => ({ ...s, open: { step: "opening" } }));
      const outcome = await gateway.openReportAsWorkbook(bytes);
      update((s) => ({ ...s, open: outcome.ok ? { step: "opened" } : { step: "failed", failure: outcome.failure } }));
    },
    dismissOpenFailure: () => update((s) => ({ ...s, open: { step: "idle" } })),
  };
}
