import { Badge, Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useRef } from "react";
import { committee as committeeInfo } from "../../domain/catalogue/committees";
import { formatQuarter } from "../../domain/periods/periods";
import { pick } from "../../domain/text/lang";
import { Busy } from "../components/Busy";
import { FailureBar } from "../components/FailureBar";
import { usePanelStyles } from "../components/panelStyles";
import { usePaneText } from "../paneText";
import { FEEDBACK_STRINGS } from "./feedbackStrings";
import { FeedbackList } from "./FeedbackList";
import type { FeedbackActions, FeedbackState } from "./useFeedback";

export interface FeedbackSectionProps {
  readonly state: FeedbackState;
  readonly actions: FeedbackActions;
  /** In Excel: items can be checked and their cells selected. */
  readonly available: boolean;
  /** Another Excel action is running. */
  readonly disabled: boolean;
}

const XLSX = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** On the Validate panel: open the secretariat's feedback file, see each item found in the sheet, fixed or not. */
export function FeedbackSection({ state, actions, available, disabled }: FeedbackSectionProps) {
  const { t, lang } = usePaneText();
  const f = FEEDBACK_STRINGS[lang];
  const panel = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const { feedback, items } = state;
  const busy = state.busy === "reading" ? f.feedbackReading : state.busy === "checking" ? f.feedbackChecking : undefined;
  const open = items?.filter((v) => v.state === "open").length ?? 0;
  const fixed = items?.filter((v) => v.state === "fixed").length ?? 0;
  return (
    <section className={mergeClasses(panel.section, panel.separated)} aria-labelledby="feedback-heading" data-testid="feedback-section">
      <Subtitle2 as="h2" id="feedback-heading">
        {f.feedbackHeading}
      </Subtitle2>
      <Caption1 className={panel.hint}>{available ? f.feedbackHint : t.needsExcel}</Caption1>
      {/* The native input does the picking; the button is what users see, hear and tab to. */}
      <input
        ref={input}
        type="file"
        accept={XLSX}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid="feedback-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) void actions.open(file);
        }}
      />
      <div className={panel.row}>
        <Button disabled={!available || disabled || state.busy !== undefined} onClick={() => input.current?.click()}>
          {f.feedbackOpen}
        </Button>
        {feedback && !state.refused && (
          <Button disabled={!available || disabled || state.busy !== undefined} onClick={() => void actions.recheck()}>
            {f.feedbackRecheck}
          </Button>
        )}
        {(feedback || state.unreadable) && (
          <Button appearance="subtle" onClick={actions.close}>
            {f.feedbackClose}
          </Button>
        )}
        <Busy label={busy} />
      </div>
      {state.unreadable && (
        <MessageBar intent="error" layout="multiline" data-testid="feedback-unreadable">
          <MessageBarBody>
            <MessageBarTitle>{f.feedbackUnreadableTitle}</MessageBarTitle>
            {pick(state.unreadable, lang)} ({state.fileName})
          </MessageBarBody>
        </MessageBar>
      )}
      {state.refused && (
        <MessageBar intent="warning" layout="multiline" data-testid="feedback-refused">
          <MessageBarBody>
            <MessageBarTitle>{f.feedbackRefusedTitle}</MessageBarTitle>
            {pick(state.refused, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      <FailureBar failure={state.failure} onDismiss={actions.dismissFailure} />
      {feedback && items && (
        <>
          <Caption1 data-testid="feedback-from">
            {f.feedbackFrom(feedback.header.file, `${feedback.header.committee} — ${pick(committeeInfo(feedback.header.committee).name, lang)}`, formatQuarter(feedback.header.quarter, lang))}
          </Caption1>
          <div className={panel.row}>
            <Badge appearance="tint" color={open > 0 ? "danger" : "success"} data-testid="feedback-counts" data-open={open} data-fixed={fixed}>
              {f.feedbackCounts(open, fixed, items.length)}
            </Badge>
          </div>
          {open === 0 && items.length > 0 && items.every((v) => v.state !== "open") && (
            <MessageBar intent="success" layout="multiline" data-testid="feedback-all-fixed">
              <MessageBarBody>{f.feedbackAllFixed}</MessageBarBody>
            </MessageBar>
          )}
          {available && <Caption1 className={panel.hint}>{f.feedbackLiveHint}</Caption1>}
          <FeedbackList items={items} {...(available ? { onShow: (v) => void actions.show(v) } : {})} />
        </>
      )}
    </section>
  );
}
