import { Body1, Caption1, FluentProvider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import type { Catalogue } from "../domain/catalogue/catalogue";
import type { Lang } from "../domain/text/lang";
import { FIRST_YEAR, allQuarters, quarterOf, type Quarter } from "../domain/periods/periods";
import { webOfficerMemory, type OfficerMemory } from "./audit/officerMemory";
import { useAuditTrail } from "./audit/useAuditTrail";
import type { CatalogueStore } from "./catalogueStore";
import { ErrorNotice } from "./components/ErrorNotice";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { PanelTabs } from "./components/PanelTabs";
import { Boundary } from "./components/Boundary";
import type { SetUpForm } from "./components/SetUpPanel";
import type { ConsolidationState } from "./consolidate/state";
import { StatusLine } from "./components/StatusLine";
import type { PaneGateway } from "./gateway";
import { describeError, statusText, type PaneHost, type WorkbookState } from "./status";
import { STRINGS, type PaneStrings } from "./strings";
import { languageTheme } from "./theme";
import type { Activity } from "./tracker/trackerState";
import { useTracker } from "./useTracker";
import { PaneTextProvider } from "./paneText";
import { useFeedback } from "./feedback/useFeedback";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    boxSizing: "border-box",
    maxWidth: "640px",
  },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  council: { color: tokens.colorNeutralForeground3 },
});

export type PanelName = "setUp" | "validate" | "submit" | "consolidate" | "about";
const PANELS: readonly PanelName[] = ["setUp", "validate", "submit", "consolidate", "about"];

export interface AppProps {
  readonly host: PaneHost;
  /** How the pane reaches Excel; absent outside Excel, where every Excel action is disabled. */
  readonly gateway?: PaneGateway;
  /** Where an imported catalogue is kept between sessions. */
  readonly store: CatalogueStore;
  /** Loads the catalogue shipped with the add-in. */
  readonly loadBundled: () => Promise<Catalogue>;
  /** Set when Office itself failed to start. */
  readonly startupError?: string;
  readonly initialLang?: Lang;
  readonly initialPanel?: PanelName;
  /** The clock (the default quarter, the imported catalogue's date). */
  readonly today?: () => Date;
  /** Where the officer's name is remembered per workbook (default: this browser's storage). */
  readonly officerMemory?: OfficerMemory;
}

/**
 * Each panel is a chunk of its own, all fetched as soon as the pane starts (while Office is still
 * starting), so the first paint needs only the shell and switching panels never waits.
 */
const panelChunks = {
  setUp: import(/* webpackChunkName: "panel-setup" */ "./components/SetUpPanel"),
  validate: import(/* webpackChunkName: "panel-validate" */ "./components/ValidatePanel"),
  submit: import(/* webpackChunkName: "panel-submit" */ "./components/SubmitPanel"),
  consolidate: import(/* webpackChunkName: "panel-consolidate" */ "./components/ConsolidatePanel"),
  about: import(/* webpackChunkName: "panel-about" */ "./components/AboutPanel"),
};
// A chunk that fails to load is shown by its panel's boundary when the panel is opened.
for (const chunk of Object.values(panelChunks)) chunk.catch(() => undefined);
const SetUpPanel = lazy(() => panelChunks.setUp.then((m) => ({ default: m.SetUpPanel })));
const ValidatePanel = lazy(() => panelChunks.validate.then((m) => ({ default: m.ValidatePanel })));
const SubmitPanel = lazy(() => panelChunks.submit.then((m) => ({ default: m.SubmitPanel })));
const ConsolidatePanel = lazy(() => panelChunks.consolidate.then((m) => ({ default: m.ConsolidatePanel })));
const AboutPanel = lazy(() => panelChunks.about.then((m) => ({ default: m.AboutPanel })));
/**
 * The change log's field needs Fluent's Field, Input and MessageBar, which the shell does not: a
 * chunk of its own, fetched at start like the panels. The trail itself (useAuditTrail) runs without it.
 */
const changeLogChunk = import(/* webpackChunkName: "change-log" */ "./audit/ChangeLogField");
changeLogChunk.catch(() => undefined);
const ChangeLogField = lazy(() => changeLogChunk.then((m) => ({ default: m.ChangeLogField })));
// In the Validate panel's chunk: fetched with it, at start.
const FeedbackSection = lazy(() => import(/* webpackChunkName: "panel-validate" */ "./feedback/FeedbackSection").then((m) => ({ default: m.FeedbackSection })));

const QUARTERS = allQuarters();
const now = () => new Date();

function tabLabel(panel: PanelName, t: PaneStrings): string {
  return { setUp: t.setUpTab, validate: t.validateTab, submit: t.submitTab, consolidate: t.consolidateTab, about: t.aboutTab }[panel];
}

function busyText(activity: Activity, t: PaneStrings): string {
  return {
    setUp: t.settingUp,
    validate: t.validating,
    live: t.liveStarting,
    select: t.selecting,
    prepare: t.preparing,
    nextQuarter: t.startingNextQuarter,
    import: t.importing,
  }[activity];
}

export function App({
  host,
  gateway,
  store,
  loadBundled,
  startupError,
  initialLang = "en",
  initialPanel = "setUp",
  today = now,
  officerMemory,
}: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [panel, setPanel] = useState<PanelName>(initialPanel);
  const [workbook, setWorkbook] = useState<WorkbookState>({ state: "idle" });
  const [error, setError] = useState<string | undefined>(startupError);
  const [form, setForm] = useState<SetUpForm>(() => ({
    committee: "DGC",
    quarter: quarterOf(today()) ?? ((today().getFullYear() < FIRST_YEAR ? QUARTERS[0] : QUARTERS.at(-1)) as Quarter),
    sheetLang: initialLang,
  }));
  const [officer, setOfficer] = useState("");
  const [consolidation, setConsolidation] = useState<ConsolidationState>();
  const [loadErrorSeen, setLoadErrorSeen] = useState(false);
  const excel = host.kind === "excel" ? gateway : undefined;
  const [state, actions] = useTracker({ ...(excel ? { gateway: excel } : {}), store, loadBundled, today });
  const knownCatalogues = [state.imported, state.bundled].filter((c): c is Catalogue => c !== undefined);
  const [feedback, feedbackActions] = useFeedback({ ...(excel ? { gateway: excel } : {}), catalogues: knownCatalogues, liveRevision: state.issues, live: state.live });
  const t = STRINGS[lang];
  const available = excel !== undefined;
  const memory = useMemo(() => officerMemory ?? webOfficerMemory(() => window.localStorage), [officerMemory]);
  const workbookName = workbook.state === "loaded" ? workbook.info.name : null;
  const [audit, dismissAuditFailure] = useAuditTrail(excel, officer);
  const changeOfficer = (name: string) => {
    setOfficer(name);
    if (workbookName) memory.remember(workbookName, name);
  };
  useEffect(() => {
    const kept = workbookName ? memory.recall(workbookName) : undefined;
    if (kept) setOfficer((typed) => typed || kept);
  }, [memory, workbookName]);
  const disabled = !available || state.busy !== undefined;
  const catalogue = state.catalogue;
  const busy = (...activities: Activity[]) =>
    state.busy && activities.includes(state.busy) ? busyText(state.busy, t) : undefined;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.title;
  }, [lang, t]);

  useEffect(() => setError(startupError), [startupError]);

  useEffect(() => {
    if (!excel) return;
    let current = true;
    setWorkbook({ state: "loading" });
    excel.readWorkbookInfo().then(
      (info) => current && setWorkbook({ state: "loaded", info }),
      (failure: unknown) => {
        if (!current) return;
        setWorkbook({ state: "failed" });
        setError(describeError(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [excel]);

  const validateFailure = (["validate", "live", "select"] as const).find((a) => state.failures[a]);
  const catalogueText = !catalogue
    ? "…"
    : state.imported
      ? t.catalogueImported(catalogue.version)
      : t.catalogueBundled(catalogue.version);

  return (
    <FluentProvider theme={languageTheme(lang)} lang={lang}>
      <PaneTextProvider lang={lang}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t.title}</Title3>
          <Caption1 className={styles.council}>{t.council}</Caption1>
        </header>
        {error !== undefined && (
          <ErrorNotice
            title={t.errorTitle}
            message={error}
            dismissLabel={t.dismiss}
            onDismiss={() => setError(undefined)}
          />
        )}
        {state.catalogueLoadError !== undefined && !loadErrorSeen && (
          <ErrorNotice
            title={t.errorTitle}
            message={state.catalogueLoadError}
            dismissLabel={t.dismiss}
            onDismiss={() => setLoadErrorSeen(true)}
          />
        )}
        <Body1>{t.purpose}</Body1>
        <LanguageSwitch lang={lang} label={t.languageLabel} onChange={setLang} />
        <StatusLine label={t.statusLabel} text={statusText(host, workbook, t)} />
        {available && (
          <Boundary fallback={(message, retry) => <ErrorNotice title={t.errorTitle} message={message} dismissLabel={t.dismiss} onDismiss={retry} />}>
            <Suspense fallback={<Caption1 className={styles.council}>{t.loadingPanel}</Caption1>}>
              <ChangeLogField officer={officer} view={audit} onOfficerChange={changeOfficer} onDismissFailure={dismissAuditFailure} />
            </Suspense>
          </Boundary>
        )}
        <PanelTabs
          tabs={PANELS.map((name) => ({ value: name, label: tabLabel(name, t) }))}
          selected={panel}
          label={t.panelsLabel}
          onSelect={setPanel}
        />
        <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} data-testid={`panel-${panel}`}>
          <Boundary
            key={panel}
            fallback={(message, retry) => (
              <ErrorNotice title={t.errorTitle} message={message} dismissLabel={t.dismiss} onDismiss={retry} />
            )}
          >
            <Suspense fallback={<Caption1 className={styles.council}>{t.loadingPanel}</Caption1>}>
              {panel === "setUp" && (
                <SetUpPanel
                  form={form}
                  quarters={QUARTERS}
                  catalogueText={catalogueText}
                  disabled={disabled || !catalogue}
                  available={available}
                  busyLabel={busy("setUp", "live")}
                  result={state.setUp}
                  failure={state.failures.setUp}
                  onFormChange={setForm}
                  onSetUp={() =>
                    void actions.setUpWorkbook({
                      committee: form.committee,
                      quarter: form.quarter,
                      lang: form.sheetLang,
                    })
                  }
                  onDismissFailure={() => actions.dismissFailure("setUp")}
                />
              )}
              {panel === "validate" && (
                <ValidatePanel
                  issues={state.issues}
                  live={state.live}
                  disabled={disabled}
                  available={available}
                  busyLabel={busy("validate", "live", "select")}
                  failure={validateFailure && state.failures[validateFailure]}
                  onValidate={() => void actions.validateNow()}
                  onLiveChange={(on) => void actions.setLiveValidation(on)}
                  onShowIssue={(problem) => void actions.showIssue(problem)}
                  onDismissFailure={() => validateFailure && actions.dismissFailure(validateFailure)}
                />
              )}
              {panel === "validate" && (
                <FeedbackSection state={feedback} actions={feedbackActions} available={available} disabled={state.busy !== undefined} />
              )}
              {panel === "submit" && (
                <SubmitPanel
                  officer={officer}
                  disabled={disabled}
                  available={available}
                  busy={{ prepare: busy("prepare", "select"), nextQuarter: busy("nextQuarter", "live") }}
                  failures={{
                    prepare: state.failures.prepare ?? state.failures.select,
                    nextQuarter: state.failures.nextQuarter,
                  }}
                  submission={state.submission}
                  nextQuarter={state.nextQuarter}
                  onOfficerChange={changeOfficer}
                  onPrepare={() => void actions.prepareSubmission(officer)}
                  onOpenValidate={() => setPanel("validate")}
                  onShowIssue={(problem) => void actions.showIssue(problem)}
                  onLearnQuarter={actions.learnWorkbookQuarter}
                  onStartNextQuarter={(next) => void actions.startNextQuarter(next)}
                  onDismissFailure={(activity) =>
                    actions.dismissFailure(state.failures[activity] ? activity : "select")
                  }
                />
              )}
              {panel === "consolidate" && (
                <ConsolidatePanel
                  state={consolidation}
                  onStateChange={setConsolidation}
                  quarters={QUARTERS}
                  defaultQuarter={state.workbookQuarter ?? form.quarter}
                  catalogues={[state.imported, state.bundled].filter((c): c is Catalogue => c !== undefined)}
                  gateway={excel}
                  excelBusy={state.busy !== undefined}
                  now={today}
                />
              )}
              {panel === "about" && (
                <AboutPanel
                  catalogue={catalogue}
                  imported={state.imported !== undefined}
                  importDisabled={state.busy !== undefined}
                  importBusyLabel={busy("import")}
                  importResult={state.importResult}
                  importNotKept={state.importNotKept}
                  onImport={(file) => void actions.importCatalogue(file)}
                  onUseBundled={actions.useBundledCatalogue}
                />
              )}
            </Suspense>
          </Boundary>
        </div>
      </main>
      </PaneTextProvider>
    </FluentProvider>
  );
}
