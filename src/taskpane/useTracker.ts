import { useCallback, useEffect, useReducer, useRef } from "react";
import type { Catalogue } from "../domain/catalogue/catalogue";
import type { Problem } from "../domain/rules/problems";
import type { Quarter } from "../domain/periods/periods";
import type { ExcelFailure, ExcelOutcome } from "../excel/errors";
import type { LiveValidationHandle } from "../excel/liveValidation";
import type { CatalogueStore } from "./catalogueStore";
import type { PaneGateway, SetUpChoice } from "./gateway";
import { issueCell } from "./issues";
import { INITIAL_TRACKER, currentCatalogue, knownCatalogues, trackerReducer, type Activity, type TrackerCore, type TrackerEvent } from "./tracker/trackerState";

/** A file the official picked (a browser File, or anything with a name and bytes). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface TrackerState extends TrackerCore {
  /** The catalogue Set up uses: the imported one when there is one; undefined while loading. */
  readonly catalogue?: Catalogue;
}

/** Everything the panels can ask for, each named as the official would say it. */
export interface TrackerActions {
  setUpWorkbook(choice: Omit<SetUpChoice, "catalogue">): Promise<void>;
  validateNow(): Promise<void>;
  setLiveValidation(on: boolean): Promise<void>;
  showIssue(problem: Problem): Promise<void>;
  prepareSubmission(officer: string): Promise<void>;
  /** The workbook's quarter: known from the last set-up or check, or found by checking the table now. */
  learnWorkbookQuarter(): Promise<Quarter | undefined>;
  startNextQuarter(next: Quarter): Promise<void>;
  importCatalogue(file: PickedFile): Promise<void>;
  useBundledCatalogue(): void;
  dismissFailure(activity: Activity): void;
}

export interface TrackerOptions {
  /** Absent outside Excel: every Excel action is then unavailable. */
  readonly gateway?: PaneGateway;
  readonly store: CatalogueStore;
  /** The bundled catalogue (a chunk of its own: it is 100 KB of JSON). */
  readonly loadBundled: () => Promise<Catalogue>;
  readonly today: () => Date;
}

const QUARTER_UNKNOWN: ExcelFailure = {
  code: "PolicyTracker.QuarterUnknown",
  message: {
    en: "The workbook's quarter is missing or unreadable: set the workbook up again.",
    km: "ត្រីមាសរបស់សៀវភៅការងារបាត់ ឬអានមិនបាន៖ សូមរៀបចំសៀវភៅការងារម្តងទៀត។",
  },
};

/**
 * The use cases behind the pane's buttons: each calls the gateway and reports what happened as
 * events to `trackerReducer`, which alone changes the state. Holds no rules.
 */
export function useTracker({ gateway, store, loadBundled, today }: TrackerOptions): [TrackerState, TrackerActions] {
  const [core, dispatch] = useReducer(trackerReducer, INITIAL_TRACKER);
  // Async actions read the state as it is when they get there, not as it was when they started.
  const current = useRef(core);
  current.current = core;
  const liveHandle = useRef<LiveValidationHandle | undefined>(undefined);

  useEffect(() => {
    let mounted = true;
    const send = (event: TrackerEvent) => mounted && dispatch(event);
    loadBundled().then(
      (catalogue) => send({ type: "bundledLoaded", catalogue }),
      (error: unknown) => send({ type: "bundledFailed", message: error instanceof Error ? error.message : String(error) }),
    );
    store.load().then((catalogue) => catalogue && send({ type: "storedLoaded", catalogue }));
    return () => {
      mounted = false;
    };
  }, [loadBundled, store]);

  /** Runs one action: busy while it runs, its failure kept for the panel, its value handed on. */
  const perform = useCallback(
    async <T>(activity: Activity, action: (g: PaneGateway) => Promise<ExcelOutcome<T>>, done: (value: T) => void | Promise<void>): Promise<boolean> => {
      if (!gateway) return false;
      dispatch({ type: "started", activity });
      try {
        const outcome = await action(gateway);
        if (!outcome.ok) {
          dispatch({ type: "failed", activity, failure: outcome.failure });
          return false;
        }
        dispatch({ type: "succeeded", activity });
        await done(outcome.value);
        return true;
      } finally {
        dispatch({ type: "finished" });
      }
    },
    [gateway],
  );

  const checkTable = useCallback(
    (activity: Activity, learned?: (quarter: Quarter | undefined) => void) =>
      perform(
        activity,
        (g) => g.validateTable(knownCatalogues(current.current)),
        (verdict) => {
          dispatch({ type: "checked", verdict });
          learned?.(verdict.quarter);
        },
      ),
    [perform],
  );

  /** A full check, then a watch on the table's changes (the list is only right if it starts complete). */
  const checkAndWatch = useCallback(async (): Promise<boolean> => {
    if (!(await checkTable("live"))) return false;
    const { afterLiveUpdate } = await import(/* webpackChunkName: "gateway" */ "./liveIssues");
    return perform(
      "live",
      (g) =>
        g.watchTable(
          knownCatalogues(current.current),
          (update) => dispatch({ type: "liveUpdated", update, fold: afterLiveUpdate }),
          (failure) => dispatch({ type: "failed", activity: "live", failure }),
        ),
      (handle) => {
        liveHandle.current = handle;
      },
    );
  }, [checkTable, perform]);

  useEffect(
    () => () => {
      void liveHandle.current?.stop();
      liveHandle.current = undefined;
    },
    [],
  );

  /** After the add-in rewrote the table, a live watch starts again from a full check. */
  const rewatch = useCallback(async (): Promise<void> => {
    const handle = liveHandle.current;
    if (!handle) return;
    liveHandle.current = undefined;
    // A table that was rebuilt has lost its handler already: nothing to report.
    await handle.stop();
    if (!(await checkAndWatch())) dispatch({ type: "liveSwitched", on: false });
  }, [checkAndWatch]);

  const actions: TrackerActions = {
    setUpWorkbook: async (choice) => {
      const catalogue = currentCatalogue(current.current);
      if (!catalogue) return;
      const full: SetUpChoice = { ...choice, catalogue };
      dispatch({ type: "setUpRequested" });
      await perform(
        "setUp",
        (g) => g.setUpWorkbook(full),
        async (result) => {
          dispatch({ type: "setUpDone", setUp: { ...result, choice: full } });
          await rewatch();
        },
      );
    },
    validateNow: async () => {
      await checkTable("validate");
    },
    setLiveValidation: async (on) => {
      if (!gateway) return;
      dispatch({ type: "liveSwitched", on });
      if (on) {
        if (!(await checkAndWatch())) dispatch({ type: "liveSwitched", on: false });
        return;
      }
      dispatch({ type: "started", activity: "live" });
      try {
        const handle = liveHandle.current;
        liveHandle.current = undefined;
        const stopped = handle ? await handle.stop() : undefined;
        dispatch(stopped && !stopped.ok ? { type: "failed", activity: "live", failure: stopped.failure } : { type: "succeeded", activity: "live" });
      } finally {
        dispatch({ type: "finished" });
      }
    },
    showIssue: async (problem) => {
      const location = issueCell(problem);
      if (!location) return;
      await perform(
        "select",
        (g) => g.selectCell(location),
        () => undefined,
      );
    },
    prepareSubmission: async (officer) => {
      await perform(
        "prepare",
        (g) => g.prepareSubmission(officer, knownCatalogues(current.current)),
        (result) => dispatch({ type: "submitted", result }),
      );
    },
    learnWorkbookQuarter: async () => {
      const known = current.current.workbookQuarter;
      if (known) return known;
      let learned: Quarter | undefined;
      const checked = await checkTable("nextQuarter", (quarter) => (learned = quarter));
      if (checked && !learned) dispatch({ type: "failed", activity: "nextQuarter", failure: QUARTER_UNKNOWN });
      return learned;
    },
    startNextQuarter: async (next) => {
      await perform(
        "nextQuarter",
        (g) => g.startNextQuarter(next),
        async (result) => {
          dispatch({ type: "nextQuarterDone", result });
          await rewatch();
        },
      );
    },
    importCatalogue: async (file) => {
      dispatch({ type: "started", activity: "import" });
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        // The importers (and the XLSX reader) load only when a file is picked.
        const { readCatalogueFile } = await import(/* webpackChunkName: "catalogue-import" */ "./catalogueFile");
        const result = await readCatalogueFile(bytes, file.name, today());
        dispatch({ type: "imported", result });
        if (result.catalogue) dispatch({ type: "importKept", kept: await store.save(result.catalogue) });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        dispatch({
          type: "imported",
          result: { file: file.name, problems: [], rowsRead: 0, accepted: 0, unreadable: { en: `The file could not be read: ${why}`, km: `មិនអាចអានឯកសារបានទេ៖ ${why}` } },
        });
      } finally {
        dispatch({ type: "finished" });
      }
    },
    useBundledCatalogue: () => {
      store.clear();
      dispatch({ type: "bundledChosen" });
    },
    dismissFailure: (activity) => dispatch({ type: "dismissed", activity }),
  };

  const catalogue = currentCatalogue(core);
  return [catalogue ? { ...core, catalogue } : core, actions];
}
