import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { offersOpen, type ReportDestinations } from "../consolidate/destinations";
import type { InsertState, OpenState } from "../consolidate/state";
import { REPORT_SAVING_STRINGS } from "../reportSavingStrings";
import { usePaneText } from "../paneText";
import { Busy } from "./Busy";
import { FailureBar } from "./FailureBar";
import { usePanelStyles } from "./panelStyles";

export interface ReportActionsProps {
  readonly destinations: ReportDestinations;
  readonly insert: InsertState;
  readonly open: OpenState;
  /** Another Excel action is running: no insert or open meanwhile. */
  readonly excelBusy: boolean;
  readonly onDownload: () => void;
  readonly onInsert: () => void;
  readonly onOpen: () => void;
  readonly onDismissOpenFailure: () => void;
}

/**
 * Where the built report can go: a download where the pane's webview saves one (not in Excel on
 * Mac or iPad), the open workbook where Excel can insert sheets, and a new workbook of its own
 * where neither serves (or Excel refused the insert). The first one offered is the primary button.
 */
export function ReportActions(props: ReportActionsProps) {
  const { t, lang } = usePaneText();
  const { destinations, insert, open } = props;
  const s = REPORT_SAVING_STRINGS[lang];
  const panel = usePanelStyles();
  const canInsert = destinations.insert === "available";
  const showOpen = offersOpen(destinations, insert.step === "failed");
  const busy = insert.step === "inserting" ? t.inserting : open.step === "opening" ? s.opening : undefined;
  const working = props.excelBusy || insert.step === "inserting" || open.step === "opening";
  return (
    <>
      <div className={panel.row}>
        {destinations.download && (
          <Button appearance="primary" onClick={props.onDownload}>
            {t.downloadButton}
          </Button>
        )}
        {canInsert && (
          <Button appearance={destinations.download ? "secondary" : "primary"} disabled={working} onClick={props.onInsert}>
            {t.insertButton}
          </Button>
        )}
        {showOpen && (
          <Button appearance={destinations.download || canInsert ? "secondary" : "primary"} disabled={working} onClick={props.onOpen}>
            {s.openButton}
          </Button>
        )}
        <Busy label={busy} />
      </div>
      {destinations.insert === "unsupported" && (destinations.download || destinations.open) && (
        <MessageBar intent="info" layout="multiline" data-testid="insert-unsupported">
          <MessageBarBody>{destinations.download ? t.insertUnsupported : s.insertUnsupportedOpen}</MessageBarBody>
        </MessageBar>
      )}
      {!destinations.download && canInsert && destinations.open && (
        <Caption1 className={panel.hint} data-testid="no-download">
          {s.noDownload}
        </Caption1>
      )}
      {!destinations.download && !canInsert && !destinations.open && (
        <MessageBar intent="warning" layout="multiline" data-testid="report-nowhere">
          <MessageBarBody>{s.nowhere}</MessageBarBody>
        </MessageBar>
      )}
      {destinations.insert === "outside-excel" && <Caption1 className={panel.hint}>{t.insertNeedsExcel}</Caption1>}
      {open.step === "failed" && <FailureBar failure={open.failure} onDismiss={props.onDismissOpenFailure} />}
      {open.step === "opened" && (
        <MessageBar intent="success" layout="multiline" data-testid="open-result">
          <MessageBarBody>
            <MessageBarTitle>{s.openedTitle}</MessageBarTitle> {s.opened}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
