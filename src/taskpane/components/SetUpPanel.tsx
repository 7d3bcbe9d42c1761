import { Body1, Button, Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { COMMITTEES } from "../../domain/catalogue/committees";
import { type CommitteeCode } from "../../domain/ids";
import { pick, type Lang } from "../../domain/text/lang";
import type { Quarter } from "../../domain/periods/periods";
import type { ExcelFailure } from "../../excel/errors";
import type { SetUpDone } from "../tracker/trackerState";
import { Busy } from "./Busy";
import { LanguageField, QuarterField } from "./ChoiceFields";
import { FailureBar } from "./FailureBar";
import { usePanelStyles } from "./panelStyles";
import { SetUpResultView } from "./SetUpResultView";
import { usePaneText } from "../paneText";

/** What the official picks before setting the workbook up. */
export interface SetUpForm {
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly sheetLang: Lang;
}

export interface SetUpPanelProps {
  readonly form: SetUpForm;
  readonly quarters: readonly Quarter[];
  /** "2026.11-working (bundled, working titles)", in the pane's language. */
  readonly catalogueText: string;
  readonly disabled: boolean;
  readonly available: boolean;
  readonly busyLabel: string | undefined;
  readonly result: SetUpDone | undefined;
  readonly failure: ExcelFailure | undefined;
  readonly onFormChange: (form: SetUpForm) => void;
  readonly onSetUp: () => void;
  readonly onDismissFailure: () => void;
}

export function SetUpPanel(props: SetUpPanelProps) {
  const { t, lang } = usePaneText();
  const { form, quarters, disabled, available, busyLabel } = props;
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <Field label={t.committeeLabel}>
        <RadioGroup
          value={form.committee}
          onChange={(_, data) => props.onFormChange({ ...form, committee: data.value as CommitteeCode })}
        >
          {COMMITTEES.map((c) => (
            <Radio key={c.code} value={c.code} label={`${c.code} — ${pick(c.name, lang)}`} />
          ))}
        </RadioGroup>
      </Field>
      <QuarterField label={t.quarterLabel} value={form.quarter} quarters={quarters} onChange={(quarter) => props.onFormChange({ ...form, quarter })} />
      <LanguageField label={t.sheetLanguageLabel} value={form.sheetLang} onChange={(sheetLang) => props.onFormChange({ ...form, sheetLang })} />
      <div className={styles.section}>
        <Caption1 className={styles.hint}>{t.catalogueLabel}</Caption1>
        <Body1 data-testid="setup-catalogue">{props.catalogueText}</Body1>
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={disabled} onClick={props.onSetUp}>
          {t.setUpButton}
        </Button>
        <Busy label={busyLabel} />
      </div>
      {!available && <Caption1 className={styles.hint}>{t.needsExcel}</Caption1>}
      <FailureBar failure={props.failure} onDismiss={props.onDismissFailure} />
      {props.result && <SetUpResultView result={props.result} />}
    </div>
  );
}
