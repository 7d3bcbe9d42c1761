import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Problem } from "../../domain/rules/problems";
import type { Quarter } from "../../domain/periods/periods";
import type { ExcelFailure } from "../../excel/errors";
import type { NextQuarterResult } from "../../excel/startNextQuarter";
import type { PrepareResult } from "../../excel/prepareSubmission";
import { countBySeverity } from "../issues";
import { Busy } from "./Busy";
import { FailureBar } from "./FailureBar";
import { IssueList } from "./IssueList";
import { NextQuarter } from "./NextQuarter";
import { usePanelStyles } from "./panelStyles";
import { SubmissionStamp } from "./SubmissionStamp";
import { usePaneText } from "../paneText";

export interface SubmitPanelProps {
  readonly officer: string;
  readonly disabled: boolean;
  readonly available: boolean;
  readonly busy: { readonly prepare?: string; readonly nextQuarter?: string };
  readonly failures: { readonly prepare?: ExcelFailure; readonly nextQuarter?: ExcelFailure };
  readonly submission: PrepareResult | undefined;
  readonly nextQuarter: NextQuarterResult | undefined;
  readonly onOfficerChange: (officer: string) => void;
  readonly onPrepare: () => void;
  readonly onOpenValidate: () => void;
  readonly onShowIssue: (problem: Problem) => void;
  readonly onLearnQuarter: () => Promise<Quarter | undefined>;
  readonly onStartNextQuarter: (next: Quarter) => void;
  readonly onDismissFailure: (activity: "prepare" | "nextQuarter") => void;
}

export function SubmitPanel(props: SubmitPanelProps) {
  const { t } = usePaneText();
  const { officer, disabled, available, submission } = props;
  const styles = usePanelStyles();
  const [tried, setTried] = useState(false);
  const missingName = officer.trim() === "";
  const prepare = () => {
    setTried(true);
    if (!missingName) props.onPrepare();
  };
  return (
    <div className={styles.panel}>
      <Field
        label={t.officerLabel}
        hint={t.officerHint}
        required
        {...(tried && missingName ? { validationMessage: t.officerRequired, validationState: "error" as const } : {})}
      >
        <Input
          value={officer}
          autoComplete="name"
          onChange={(_, data) => props.onOfficerChange(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !disabled) prepare();
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={prepare}>
          {t.prepareButton}
        </Button>
        <Busy label={props.busy.prepare} />
      </div>
      {!available && <Caption1 className={styles.hint}>{t.needsExcel}</Caption1>}
      <FailureBar
        failure={props.failures.prepare}
        onDismiss={() => props.onDismissFailure("prepare")}
      />
      {submission && !submission.submitted && (
        <>
          <MessageBar intent="error" layout="multiline" data-testid="submission-refused">
            <MessageBarBody>
              <MessageBarTitle>{t.notReady(countBySeverity(submission.problems).errors)}</MessageBarTitle>
              {t.refusedBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={props.onOpenValidate}>
                {t.openValidate}
              </Button>
            </MessageBarActions>
          </MessageBar>
          <IssueList problems={submission.problems} onShow={props.onShowIssue} />
        </>
      )}
      {submission?.submitted && <SubmissionStamp stamp={submission.stamp} />}
      <NextQuarter
        disabled={disabled}
        busyLabel={props.busy.nextQuarter}
        failure={props.failures.nextQuarter}
        result={props.nextQuarter}
        onLearnQuarter={props.onLearnQuarter}
        onStart={props.onStartNextQuarter}
        onDismissFailure={() => props.onDismissFailure("nextQuarter")}
      />
    </div>
  );
}
