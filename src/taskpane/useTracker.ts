import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalogue } from "../domain/catalogue/catalogue";
import type { Problem } from "../domain/rules/problems";
import type { Quarter } from "../domain/periods/periods";
import type { ExcelFailure, ExcelOutcome } from "../excel/errors";
import type { LiveValidationHandle } from "../excel/liveValidation";
import type { PrepareResult } from "../excel/prepareSubmission";
import type { SetUpResult } from "../excel/setUpStatusWorkbook";
import type { NextQuarterResult } from "../excel/startNextQuarter";
import type { CatalogueFileResult } from "./catalogueFile";
import type { CatalogueStore } from "./catalogueStore";
import type { PaneGateway, SetUpChoice } from "./gateway";
import { UNCHECKED, inSheetOrder, issueCell, type IssueState } from "./issues";

/** What the pane may be doing; one action at a time, shown with a spinner where it was asked for. */
export type Activity = "setUp" | "validate" | "live" | "select" | "prepare" | "nextQuarter" | "import";

export interface SetUpDone extends SetUpResult {
  readonly choice: SetUpChoice;
}

/** A file the official picked (a browser File, or anything with a name and bytes). */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface TrackerState {
  readonly busy?: Activity;
  /** The last failure of each action, until it is dismissed or the action succeeds. */
  readonly failures: Partial<Record<Activity, ExcelFailure>>;
  readonly setUp?: SetUpDone;
  readonly issues: IssueState;
  readonly live: boolean;
  readonly submission?: PrepareResult;
  readonly nextQuarter?: NextQuarterResult;
  /** The workbook's quarter, as far as the last set-up, check or quarter change told us. */
  readonly workbookQuarter?: Quarter;
  /** The catalogue shipped with the add-in; undefined while it loads. */
  readonly bundled?: Catalogue;
  readonly imported?: Catalogue;
  /** The catalogue Set up uses: the imported one when there is one; undefined while loading. */
  readonly catalogue?: Catalogue;
  readonly importResult?: CatalogueFileResult;
  /** The imported catalogue could not be kept for later sessions. */
  readonly importNotKept: boolean;
  /** The bundled catalogue did not load (the add-in's files are incomplete). */
  readonly catalogueLoadError?: string;
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

const unique = (catalogues: readonly (Catalogue | undefined)[]): Catalogue[] =>
  catalogues.filter((c, i, all): c is Catalogue => c !== undefined && all.findIndex((o) => o?.hash === c.hash) === i);

/** The pane's state and the use cases behind its buttons. Holds no rules: it calls the gateway and keeps what it returned. */
export function useTracker({ gateway, store, loadBundled, today }: TrackerOptions): [TrackerState, TrackerActions] {
  const [bundled, setBundled] = useState<Catalogue>();
  const [catalogueLoadError, setCatalogueLoadError] = useState<string>();
  const [imported, setImported] = useState<Catalogue>();
  const [importResult, setImportResult] = useState<CatalogueFileResult>();
  const [importNotKept, setImportNotKept] = useState(false);
  const [busy, setBusy] = useState<Activity>();
  const [failures, setFailures] = useState<Partial<Record<Activity, ExcelFailure>>>({});
  const [setUp, setSetUp] = useState<SetUpDone>();
  const [issues, setIssues] = useState<IssueState>(UNCHECKED);
  const [live, setLive] = useState(false);
  const [submission, setSubmission] = useState<PrepareResult>();
  const [nextQuarter, setNextQuarter] = useState<NextQuarterResult>();
  const [workbookQuarter, setWorkbookQuarter] = useState<Quarter>();
  const liveHandle = useRef<LiveValidationHandle | undefined>(undefined);

  useEffect(() => {
    let current = true;
    loadBundled().then(
      (c) => current && setBundled(c),
      (error: unknown) => current && setCatalogueLoadError(error instanceof Error ? error.message : String(error)),
    );
    store.load().then((c) => current && c && setImported((already) => already ?? c));
    return () => {
      current = false;
    };
  }, [loadBundled, store]);

  const catalogue = imported ?? bundled;
  /** A workbook may have been set up from either catalogue: checks accept both (matched by hash). */
  const catalogues = useMemo(() => unique([imported, bundled]), [imported, bundled]);
  const cataloguesRef = useRef(catalogues);
  cataloguesRef.current = catalogues;

  const fail = useCallback(
    (activity: Activity, failure: ExcelFailure) => setFailures((f) => ({ ...f, [activity]: failure })),
    [],
  );
  const clearFailure = useCallback(
    (activity: Activity) =>
      setFailures((f) => {
        if (!(activity in f)) return f;
        const rest = { ...f };
        delete rest[activity];
        return rest;
      }),
    [],
  );

  /** Runs one action: busy while it runs, its failure kept for the panel, its value handed on. */
  const perform = useCallback(
    async <T>(
      activity: Activity,
      action: (g: PaneGateway) => Promise<ExcelOutcome<T>>,
      done: (value: T) => void | Promise<void>,
    ): Promise<boolean> => {
      if (!gateway) return false;
      setBusy(activity);
      try {
        const outcome = await action(gateway);
        if (!outcome.ok) {
          fail(activity, outcome.failure);
          return false;
        }
        clearFailure(activity);
        await done(outcome.value);
        return true;
      } finally {
        setBusy(undefined);
      }
    },
    [gateway, fail, clearFailure],
  );

  const stopWatching = useCallback(async (): Promise<void> => {
    const handle = liveHandle.current;
    liveHandle.current = undefined;
    // A table that was rebuilt has lost its handler already: nothing to report.
    if (handle) await handle.stop();
  }, []);

  /** A full check, then a watch on the table's changes (the list is only right if it starts complete). */
  const checkAndWatch = useCallback(async (): Promise<boolean> => {
    const checked = await perform(
      "live",
      (g) => g.validateTable(cataloguesRef.current),
      (verdict) => {
        setIssues({ checked: true, problems: inSheetOrder(verdict.problems) });
        if (verdict.quarter) setWorkbookQuarter(verdict.quarter);
      },
    );
    if (!checked) return false;
    const { afterLiveUpdate } = await import(/* webpackChunkName: "gateway" */ "./liveIssues");
    return perform(
      "live",
      (g) =>
        g.watchTable(
          cataloguesRef.current,
          (update) => setIssues((current) => afterLiveUpdate(current, update)),
          (failure) => fail("live", failure),
        ),
      (handle) => {
        liveHandle.current = handle;
      },
    );
  }, [perform, fail]);

  useEffect(
    () => () => {
      void liveHandle.current?.stop();
      liveHandle.current = undefined;
    },
    [],
  );

  /** After the add-in rewrote the table, what the pane knew about it is stale. */
  const tableRewritten = useCallback(async (): Promise<void> => {
    setIssues(UNCHECKED);
    setSubmission(undefined);
    if (liveHandle.current) {
      await stopWatching();
      if (!(await checkAndWatch())) setLive(false);
    }
  }, [stopWatching, checkAndWatch]);

  const actions: TrackerActions = {
    setUpWorkbook: async (choice) => {
      if (!catalogue) return;
      const full: SetUpChoice = { ...choice, catalogue };
      setNextQuarter(undefined);
      await perform(
        "setUp",
        (g) => g.setUpWorkbook(full),
        async (result) => {
          setSetUp({ ...result, choice: full });
          setWorkbookQuarter(full.quarter);
          await tableRewritten();
        },
      );
    },
    validateNow: async () => {
      await perform(
        "validate",
        (g) => g.validateTable(catalogues),
        (verdict) => {
          setIssues({ checked: true, problems: inSheetOrder(verdict.problems) });
          if (verdict.quarter) setWorkbookQuarter(verdict.quarter);
        },
      );
    },
    setLiveValidation: async (on) => {
      if (!gateway) return;
      if (!on) {
        setLive(false);
        setBusy("live");
        try {
          const handle = liveHandle.current;
          liveHandle.current = undefined;
          const stopped = handle ? await handle.stop() : undefined;
          if (stopped && !stopped.ok) fail("live", stopped.failure);
          else clearFailure("live");
        } finally {
          setBusy(undefined);
        }
        return;
      }
      setLive(true);
      if (!(await checkAndWatch())) setLive(false);
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
        (g) => g.prepareSubmission(officer, catalogues),
        (result) => {
          setSubmission(result);
          setIssues({ checked: true, problems: inSheetOrder(result.problems) });
        },
      );
    },
    learnWorkbookQuarter: async () => {
      if (workbookQuarter) return workbookQuarter;
      let learned: Quarter | undefined;
      const checked = await perform(
        "nextQuarter",
        (g) => g.validateTable(catalogues),
        (verdict) => {
          setIssues({ checked: true, problems: inSheetOrder(verdict.problems) });
          learned = verdict.quarter;
          if (learned) setWorkbookQuarter(learned);
        },
      );
      if (checked && !learned) fail("nextQuarter", QUARTER_UNKNOWN);
      return learned;
    },
    startNextQuarter: async (next) => {
      await perform(
        "nextQuarter",
        (g) => g.startNextQuarter(next),
        async (result) => {
          setNextQuarter(result);
          setWorkbookQuarter(result.to);
          await tableRewritten();
        },
      );
    },
    importCatalogue: async (file) => {
      setBusy("import");
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        // The importers (and the XLSX reader) load only when a file is picked.
        const { readCatalogueFile } = await import(/* webpackChunkName: "catalogue-import" */ "./catalogueFile");
        const result = await readCatalogueFile(bytes, file.name, today());
        setImportResult(result);
        if (result.catalogue) {
          setImported(result.catalogue);
          setImportNotKept(!(await store.save(result.catalogue)));
        }
      } catch (error) {
        setImportResult({
          file: file.name,
          problems: [],
          rowsRead: 0,
          accepted: 0,
          unreadable: {
            en: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
            km: `មិនអាចអានឯកសារបានទេ៖ ${error instanceof Error ? error.message : String(error)}`,
          },
        });
      } finally {
        setBusy(undefined);
      }
    },
    useBundledCatalogue: () => {
      store.clear();
      setImported(undefined);
      setImportResult(undefined);
      setImportNotKept(false);
    },
    dismissFailure: clearFailure,
  };

  const state: TrackerState = {
    ...(busy ? { busy } : {}),
    failures,
    ...(setUp ? { setUp } : {}),
    issues,
    live,
    ...(submission ? { submission } : {}),
    ...(nextQuarter ? { nextQuarter } : {}),
    ...(workbookQuarter ? { workbookQuarter } : {}),
    ...(bundled ? { bundled } : {}),
    ...(imported ? { imported } : {}),
    ...(catalogue ? { catalogue } : {}),
    ...(importResult ? { importResult } : {}),
    importNotKept,
    ...(catalogueLoadError !== undefined ? { catalogueLoadError } : {}),
  };
  return [state, actions];
}
