import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ItemState } from "../../domain/consolidation/feedback";
import { columnDef } from "../../domain/statusSheet/columns";
import { pick } from "../../domain/text/lang";
import type { FeedbackItemView } from "../../excel/applyFeedback";
import { SeverityIcon } from "../components/SeverityIcon";
import { usePaneText } from "../paneText";
import { FEEDBACK_STRINGS } from "./feedbackStrings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  done: { backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground2 },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  text: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0, flexGrow: 1, overflowWrap: "anywhere" },
  head: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  where: { fontWeight: tokens.fontWeightSemibold },
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
      <ul className={styles.list} aria-label={f.feedbackItemsLabel} data-testid="feedback-list">
        {items.map((view, index) => {
          const { item, state } = view;
          const content = (
            <>
              <SeverityIcon severity={item.severity} label={item.severity === "error" ? t.severityError : t.severityWarning} />
              <span className={styles.text}>
                <span className={styles.head}>
                  {view.cell && <span className={styles.where}>{t.issueCell(view.cell)}</span>}
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
          const className = mergeClasses(styles.item, state !== "open" && styles.done);
          return (
            <li key={`${item.rule}@${item.measureId}/${item.column}#${index}`} data-state={state} data-cell={view.cell} data-measure={item.measureId} data-rule={item.rule}>
              {view.cell && onShow ? (
                <button type="button" className={mergeClasses(className, styles.button)} aria-describedby={hintId} onClick={() => onShow(view)}>
                  {content}
                </button>
              ) : (
                <div className={className}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
