import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useRef } from "react";
import { pick } from "../../domain/text/lang";
import type { CatalogueFileResult } from "../catalogueFile";
import type { PickedFile } from "../useTracker";
import { Busy } from "./Busy";
import { usePanelStyles } from "./panelStyles";
import { ProblemList } from "./ProblemList";
import { usePaneText } from "../paneText";

export interface CatalogueImportProps {
  readonly disabled: boolean;
  readonly busyLabel: string | undefined;
  readonly result: CatalogueFileResult | undefined;
  readonly notKept: boolean;
  readonly hasImported: boolean;
  readonly onImport: (file: PickedFile) => void;
  readonly onUseBundled: () => void;
}

/** Pick a catalogue (.json) or action plan (.csv/.xlsx); every problem is listed with its row. */
export function CatalogueImport(props: CatalogueImportProps) {
  const { t } = usePaneText();
  const { result } = props;
  const styles = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.section}>
      <Caption1 className={styles.hint}>{t.importHint}</Caption1>
      {/* The native input does the picking; the button is what users see, hear and tab to. */}
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="catalogue-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) props.onImport(file);
        }}
      />
      <div className={styles.row}>
        <Button disabled={props.disabled} onClick={() => input.current?.click()}>
          {t.importButton}
        </Button>
        {props.hasImported && (
          <Button appearance="subtle" disabled={props.disabled} onClick={props.onUseBundled}>
            {t.useBundled}
          </Button>
        )}
        <Busy label={props.busyLabel} />
      </div>
      {result && <ImportOutcome result={result} />}
      {result?.catalogue && props.notKept && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.importNotKept}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function ImportOutcome({ result }: { readonly result: CatalogueFileResult }) {
  const { t, lang } = usePaneText();
  const problems = result.problems.length > 0 && (
    <ProblemList problems={result.problems} label={t.problemsLabel} />
  );
  if (!result.catalogue) {
    return (
      <>
        <MessageBar intent="error" layout="multiline" data-testid="import-result" data-imported="false">
          <MessageBarBody>
            <MessageBarTitle>{t.importFailedTitle}</MessageBarTitle>
            {result.unreadable ? pick(result.unreadable, lang) : t.importNothing} ({result.file})
            {result.problems.length > 0 && <> {t.importRejected(result.problems.length)}</>}
          </MessageBarBody>
        </MessageBar>
        {problems}
      </>
    );
  }
  return (
    <>
      <MessageBar
        intent={result.problems.length > 0 ? "warning" : "success"}
        layout="multiline"
        data-testid="import-result"
        data-imported="true"
      >
        <MessageBarBody>
          <MessageBarTitle>{t.importDoneTitle}</MessageBarTitle>
          {t.importDone(result.accepted, result.rowsRead, result.catalogue.version)}
          {result.problems.length > 0 && <> {t.importRejected(result.problems.length)}</>}
        </MessageBarBody>
      </MessageBar>
      {problems}
    </>
  );
}
