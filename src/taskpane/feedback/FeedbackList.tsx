import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ItemState } from "../../domain/consolidation/feedback";
import { columnDef } from "../../domain/statusSheet/columns";
import { pick } from "../../domain/text/lang";
import type { FeedbackItemView } from "../../excel/applyFeedback";
import { CellListEntry, useCellListStyles } from "../components/CellList";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePaneText } from "../paneText";
import { FEEDBACK_STRINGS } from "./feedbackStrings";

const useStyles = makeStyles({
  done: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground2 },
  text: { rowGap: "2px", flexGrow: 1 },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
});

const BADGE: Readonly<Record<ItemState, "danger" | "success" | "informative" | "warning">> = {
  open: "danger",
  fixed: "success",
  gone: "informative",
  unchecked: "warning",
};

export interface FeedbackListProps {
  readonly items: readonly FeedbackItemView[];
  /** Selects the item's cell; absent (outside Excel) the items are plain text. */
  readonly onShow?: (view: FeedbackItemView) => void;
}

/**
 * The secretariat's items as the issue list shows issues: each with its cell now (a button that
 * selects it), the measure and column, what to correct, the value the secretariat saw, its comment,
 * and whether it is fixed.
 */
export function FeedbackList({ items, onShow }: FeedbackListProps) {
  const { t, lang } = usePaneText();
  const f = FEEDBACK_STRINGS[lang];
  const list = useCellListStyles();
  const styles = useStyles();
  const hintId = useId();
  const stateText: Readonly<Record<ItemState, string>> = {
    open: f.feedbackStateOpen,
    fixed: f.feedbackStateFixed,
    gone: f.feedbackStateGone,
    unchecked: f.feedbackStateUnchecked,
  };
  return (
    <>
      <span id={hintId} hidden>
        {t.issueSelectHint}
      </span>
      <ul className={list.list} aria-label={f.feedbackItemsLabel} data-testid="feedback-list">
        {items.map((view, index) => {
          const { item, state } = view;
          const content = (
            <>
              <SeverityIcon severity={item.severity} label={item.severity === "error" ? t.severityError : t.severityWarning} />
              <span className={mergeClasses(list.text, styles.text)}>
                <span className={styles.head}>
                  {view.cell && <span className={list.where}>{t.issueCell(view.cell)}</span>}
                  <span>{f.feedbackMeasure(item.measureId || "—", pick(columnDef(item.column).label, lang))}</span>
                  <Badge appearance="tint" size="small" color={BADGE[state]} data-testid="feedback-state">
                    {stateText[state]}
                  </Badge>
                </span>
                <span>{item.message}</span>
                {item.value && <Caption1>{f.feedbackSeen(item.value)}</Caption1>}
                {item.comment && <Caption1>{f.feedbackComment(item.comment)}</Caption1>}
              </span>
            </>
          );
          return (
            <li key={`${item.rule}@${item.measureId}/${item.column}#${index}`} data-state={state} data-cell={view.cell} data-measure={item.measureId} data-rule={item.rule}>
              <CellListEntry hintId={hintId} {...(state !== "open" ? { className: styles.done } : {})} {...(view.cell && onShow ? { onSelect: () => onShow(view) } : {})}>
                {content}
              </CellListEntry>
            </li>
          );
        })}
      </ul>
    </>
  );
}
