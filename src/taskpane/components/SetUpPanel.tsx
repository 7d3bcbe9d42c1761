import { Body1, Button, Caption1, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { COMMITTEES } from "../../domain/committees";
import { pick, type CommitteeCode, type Lang } from "../../domain/ids";
import { formatQuarter, type Quarter } from "../../domain/periods";
import type { ExcelFailure } from "../../excel/errors";
import { LANGS, LANGUAGE_NAMES, type PaneStrings } from "../strings";
import type { SetUpDone } from "../useTracker";
import { Busy } from "./Busy";
import { FailureBar } from "./FailureBar";
import { usePanelStyles } from "./panelStyles";
import { SetUpResultView } from "./SetUpResultView";

/** What the official picks before setting the workbook up. */
export interface SetUpForm {
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly sheetLang: Lang;
}

export interface SetUpPanelProps {
  readonly t: PaneStrings;
  readonly lang: Lang;
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
  const { t, lang, form, quarters, disabled, available, busyLabel } = props;
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
      <Field label={t.quarterLabel}>
        <Select
          value={form.quarter}
          onChange={(_, data) => props.onFormChange({ ...form, quarter: data.value as Quarter })}
        >
          {quarters.map((q) => (
            <option key={q} value={q}>
              {formatQuarter(q, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.sheetLanguageLabel}>
        {/* A list box, not radios: the pane's own language switch is the page's English/ខ្មែរ radio group. */}
        <Select
          value={form.sheetLang}
          onChange={(_, data) => props.onFormChange({ ...form, sheetLang: data.value as Lang })}
        >
          {LANGS.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </Select>
      </Field>
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
      <FailureBar failure={props.failure} t={t} lang={lang} onDismiss={props.onDismissFailure} />
      {props.result && <SetUpResultView result={props.result} t={t} lang={lang} />}
    </div>
  );
}
