import {
  Button,
  Caption1,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { STATUS_COLUMNS } from "../../domain/statusSheet/columns";
import { formatQuarter, LAST_YEAR, nextQuarter, quarterParts, type Quarter } from "../../domain/periods/periods";
import type { ExcelFailure } from "../../excel/errors";
import type { NextQuarterResult } from "../../excel/startNextQuarter";
import { Busy } from "./Busy";
import { FailureBar } from "./FailureBar";
import { usePanelStyles } from "./panelStyles";
import { usePaneText } from "../paneText";

export interface NextQuarterProps {
  readonly disabled: boolean;
  readonly busyLabel: string | undefined;
  readonly failure: ExcelFailure | undefined;
  readonly result: NextQuarterResult | undefined;
  /** Finds the workbook's quarter (checking the table if the pane does not know it yet). */
  readonly onLearnQuarter: () => Promise<Quarter | undefined>;
  readonly onStart: (next: Quarter) => void;
  readonly onDismissFailure: () => void;
}

/** "Start next quarter", after a confirmation that names both quarters. */
export function NextQuarter(props: NextQuarterProps) {
  const { t, lang } = usePaneText();
  const { disabled, result } = props;
  const styles = usePanelStyles();
  const [from, setFrom] = useState<Quarter>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const perQuarter = STATUS_COLUMNS.filter((c) => c.perQuarter)
    .map((c) => c.label[lang])
    .join(", ");
  const to = from && nextQuarter(from);
  const beyondPolicy = to !== undefined && quarterParts(to).year > LAST_YEAR;

  // Focus follows the question: onto the confirmation, and back to the button when it is answered.
  useEffect(() => {
    if (from) confirmRef.current?.querySelector("button")?.focus();
    else if (asked.current) startRef.current?.focus();
    asked.current = from !== undefined;
  }, [from]);

  return (
    <section className={mergeClasses(styles.section, styles.separated)} aria-labelledby="next-quarter-heading">
      <Subtitle2 as="h2" id="next-quarter-heading">
        {t.nextQuarterHeading}
      </Subtitle2>
      <Caption1 className={styles.hint}>{t.nextQuarterHint(perQuarter)}</Caption1>
      {!from && (
        <div className={styles.row}>
          <Button ref={startRef} disabled={disabled} onClick={() => void props.onLearnQuarter().then(setFrom)}>
            {t.nextQuarterButton}
          </Button>
          <Busy label={props.busyLabel} />
        </div>
      )}
      {from && to && (
        <MessageBar intent="warning" layout="multiline" ref={confirmRef} data-testid="next-quarter-confirm">
          <MessageBarBody>
            <MessageBarTitle>{t.nextQuarterHeading}</MessageBarTitle>
            {beyondPolicy
              ? t.nextQuarterLast
              : t.nextQuarterConfirm(formatQuarter(from, lang), formatQuarter(to, lang))}
          </MessageBarBody>
          <MessageBarActions>
            {!beyondPolicy && (
              <Button
                appearance="primary"
                size="small"
                disabled={disabled}
                onClick={() => {
                  setFrom(undefined);
                  props.onStart(to);
                }}
              >
                {t.nextQuarterGo(formatQuarter(to, lang))}
              </Button>
            )}
            <Button size="small" onClick={() => setFrom(undefined)}>
              {t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <FailureBar failure={props.failure} onDismiss={props.onDismissFailure} />
      {result && (
        <MessageBar intent="success" layout="multiline" data-testid="next-quarter-result">
          <MessageBarBody>
            {t.nextQuarterDone(formatQuarter(result.to, lang), result.rows)}
            {result.notice && <div>{result.notice[lang]}</div>}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
