import { Button, Caption1, Switch } from "@fluentui/react-components";
import type { Problem } from "../../domain/rules/problems";
import type { ExcelFailure } from "../../excel/errors";
import type { IssueState } from "../issues";
import { Busy } from "./Busy";
import { FailureBar } from "./FailureBar";
import { IssueList } from "./IssueList";
import { usePanelStyles } from "./panelStyles";
import { Verdict } from "./Verdict";
import { usePaneText } from "../paneText";

export interface ValidatePanelProps {
  readonly issues: IssueState;
  readonly live: boolean;
  /** Actions are unavailable (outside Excel, or another action is running). */
  readonly disabled: boolean;
  readonly available: boolean;
  readonly busyLabel: string | undefined;
  readonly failure: ExcelFailure | undefined;
  readonly onValidate: () => void;
  readonly onLiveChange: (on: boolean) => void;
  readonly onShowIssue: (problem: Problem) => void;
  readonly onDismissFailure: () => void;
}

export function ValidatePanel(props: ValidatePanelProps) {
  const { t } = usePaneText();
  const { issues, live, disabled, available, busyLabel, failure } = props;
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={props.onValidate}>
          {t.validateButton}
        </Button>
        <Busy label={busyLabel} />
      </div>
      <div className={styles.section}>
        <Switch
          checked={live}
          disabled={disabled}
          label={t.liveLabel}
          onChange={(_, data) => props.onLiveChange(data.checked)}
          data-testid="live-switch"
        />
        <Caption1 className={styles.hint}>{available ? t.liveHint : t.needsExcel}</Caption1>
      </div>
      <FailureBar failure={failure} onDismiss={props.onDismissFailure} />
      <Verdict issues={issues} />
      {issues.checked &&
        (issues.problems.length > 0 ? (
          <IssueList
            problems={issues.problems}
            {...(available ? { onShow: props.onShowIssue } : {})}
          />
        ) : (
          <Caption1>{t.noIssues}</Caption1>
        ))}
    </div>
  );
}
