import { Body1, Button, Caption1, ProgressBar } from "@fluentui/react-components";
import { useEffect, type Dispatch, type SetStateAction } from "react";
import type { Catalogue } from "../../domain/catalogue/catalogue";
import type { Quarter } from "../../domain/periods/periods";
import { consolidationActions } from "../consolidate/actions";
import { reportDestinations } from "../consolidate/destinations";
import type { BuildProgress } from "../consolidate/protocol";
import { consolidationReducer, type ConsolidationEvent } from "../consolidate/reducer";
import { initialConsolidation, type ConsolidationState } from "../consolidate/state";
import { startConsolidateWorker } from "../consolidate/startWorker";
import type { PaneGateway } from "../gateway";
import type { PaneStrings } from "../strings";
import { LanguageField, QuarterField } from "./ChoiceFields";
import { ConsolidationResult } from "./ConsolidationResult";
import { ErrorBar } from "./ErrorBar";
import { FilePicker } from "./FilePicker";
import { usePanelStyles } from "./panelStyles";
import { usePaneText } from "../paneText";

export interface ConsolidatePanelProps {
  /** Kept by the App, so a built report outlives switching panels; undefined until first opened. */
  readonly state: ConsolidationState | undefined;
  readonly onStateChange: Dispatch<SetStateAction<ConsolidationState | undefined>>;
  readonly quarters: readonly Quarter[];
  /** The quarter the pane knows the workbook is for, else the current one. */
  readonly defaultQuarter: Quarter;
  /** Every catalogue the pane knows, the one it uses now first; empty while the bundled one loads. */
  readonly catalogues: readonly Catalogue[];
  /** Absent outside Excel: the report can still be built and downloaded. */
  readonly gateway: PaneGateway | undefined;
  /** Another Excel action is running: no insert meanwhile. */
  readonly excelBusy: boolean;
  readonly now: () => Date;
}

function progressText(progress: BuildProgress | undefined, t: PaneStrings): string {
  if (!progress) return t.buildProgressLabel;
  return progress.phase === "reading" ? t.readingFile(progress.file, progress.of, progress.name) : t.writingReport;
}

/** Reading i of n fills the bar; writing the report (one step, the longest) shows it indeterminate. */
function progressValue(progress: BuildProgress | undefined): number | undefined {
  return progress?.phase === "reading" ? (progress.file - 1) / progress.of : undefined;
}

/** The secretariat's panel: pick the quarter's submission files, build the Council's report, download or insert it. */
export function ConsolidatePanel(props: ConsolidatePanelProps) {
  const { t, lang } = usePaneText();
  const { gateway, onStateChange } = props;
  const styles = usePanelStyles();
  const state = props.state ?? initialConsolidation(props.defaultQuarter, lang);
  // Every change is an event through the reducer, on the App's copy of the state (which outlives the panel).
  const dispatch = (event: ConsolidationEvent) => onStateChange((s) => consolidationReducer(s ?? state, event));
  const actions = consolidationActions(dispatch, {
    ...(gateway ? { gateway } : {}),
    catalogues: props.catalogues,
    now: props.now,
    startWorker: startConsolidateWorker,
  });
  const { form, build, insert, open } = state;
  const building = build.step === "building";

  // The workbook's own quarter, when it has one, is a better default than the pane's guess.
  const quarterChosen = form.quarterChosen;
  useEffect(() => {
    if (!gateway || quarterChosen) return;
    let current = true;
    void gateway.readWorkbookQuarter().then((quarter) => {
      if (current && quarter) onStateChange((s) => s && consolidationReducer(s, { type: "workbookQuarterRead", quarter }));
    });
    return () => {
      current = false;
    };
  }, [gateway, quarterChosen, onStateChange]);

  useEffect(() => {
    if (!props.state) onStateChange((s) => s ?? state);
  }, [props.state, state, onStateChange]);

  const canBuild = !building && form.files.length > 0 && props.catalogues.length > 0;
  return (
    <div className={styles.panel}>
      <Body1>{t.consolidateIntro}</Body1>
      <QuarterField
        label={t.quarterLabel}
        value={form.quarter}
        quarters={props.quarters}
        disabled={building}
        onChange={(quarter) => actions.change({ quarter, quarterChosen: true })}
      />
      <LanguageField label={t.reportLanguageLabel} value={form.lang} disabled={building} onChange={(reportLang) => actions.change({ lang: reportLang })} />
      <FilePicker
        label={t.filesLabel}
        hint={t.filesHint}
        files={form.files}
        disabled={building}
        testId="consolidate-files"
        onChange={(files) => actions.change({ files })}
      />
      <FilePicker
        label={t.previousLabel}
        hint={t.previousHint}
        files={form.previous}
        disabled={building}
        testId="consolidate-previous"
        onChange={(previous) => actions.change({ previous })}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canBuild} onClick={() => void actions.build(form)}>
          {t.buildButton}
        </Button>
        {form.files.length === 0 && <Caption1 className={styles.hint}>{t.buildNeedsFiles}</Caption1>}
      </div>
      {building && (
        <ProgressBar value={progressValue(build.progress)} aria-label={t.buildProgressLabel} data-testid="build-progress" />
      )}
      {/* Always there, so screen readers announce each step as it changes. */}
      <Caption1 aria-live="polite" data-testid="build-status">
        {building ? progressText(build.progress, t) : ""}
      </Caption1>
      {build.step === "failed" && (
        <ErrorBar
          title={t.buildFailedTitle}
          message={build.message}
          dismissLabel={t.dismiss}
          onDismiss={actions.dismissBuildFailure}
          testId="build-failed"
        />
      )}
      {build.step === "built" && (
        <ConsolidationResult
          report={build.report}
          elapsedMs={build.elapsedMs}
          insert={insert}
          open={open}
          destinations={reportDestinations(gateway)}
          excelBusy={props.excelBusy}
          onDownload={() => build.report.bytes && actions.download(build.report.bytes, build.report.outcome)}
          onInsert={() => void actions.insert(build.report, build.report.outcome)}
          onDismissInsertFailure={actions.dismissInsertFailure}
          onOpen={() => build.report.bytes && void actions.open(build.report.bytes)}
          onOpenFile={(bytes) => void actions.open(bytes)}
          onDismissOpenFailure={actions.dismissOpenFailure}
        />
      )}
    </div>
  );
}
