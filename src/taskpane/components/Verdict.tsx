import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { IssueState } from "../issues";
import { countBySeverity } from "../issues";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({ body: { display: "flex", flexDirection: "column" } });

export interface VerdictProps {
  readonly issues: IssueState;
}

/** "Ready to submit" or "Not ready: N errors", with the counts by severity. */
export function Verdict({ issues }: VerdictProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  if (!issues.checked) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="verdict" data-ready="unknown">
        <MessageBarBody>{t.notChecked}</MessageBarBody>
      </MessageBar>
    );
  }
  const { errors, warnings } = countBySeverity(issues.problems);
  const ready = errors === 0;
  return (
    <MessageBar
      intent={ready ? "success" : "error"}
      layout="multiline"
      politeness="polite"
      data-testid="verdict"
      data-ready={ready}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{ready ? t.ready : t.notReady(errors)}</MessageBarTitle>
        <span data-testid="severity-counts">
          {t.errorCount(errors)} · {t.warningCount(warnings)}
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}
