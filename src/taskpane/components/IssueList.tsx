import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { pick } from "../../domain/text/lang";
import type { Problem } from "../../domain/rules/problems";
import { issueCell, issueKey } from "../issues";
import { SeverityIcon } from "./SeverityIcon";
import { usePaneText } from "../paneText";

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
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export interface IssueListProps {
  readonly problems: readonly Problem[];
  /** Selects the issue's cell in the sheet; absent (outside Excel) the issues are plain text. */
  readonly onShow?: (problem: Problem) => void;
  /** Most issues listed; the rest are counted. */
  readonly limit?: number;
}

/** Issues in sheet order; an issue with a cell is a button that selects it (click or Enter). */
export function IssueList({ problems, onShow, limit = 200 }: IssueListProps) {
  const { t, lang } = usePaneText();
  const styles = useStyles();
  const hintId = useId();
  const shown = problems.slice(0, limit);
  return (
    <>
      <span id={hintId} hidden>
        {t.issueSelectHint}
      </span>
      <ul className={styles.list} aria-label={t.issuesLabel} data-testid="issue-list">
        {shown.map((problem, index) => {
          const cell = issueCell(problem);
          const where = problem.where.cell
            ? t.issueCell(problem.where.cell)
            : problem.where.row !== undefined
              ? t.issueRow(problem.where.row)
              : undefined;
          const content = (
            <>
              <SeverityIcon
                severity={problem.severity}
                label={problem.severity === "error" ? t.severityError : t.severityWarning}
              />
              <span className={styles.text}>
                {where !== undefined && <span className={styles.where}>{where}</span>}
                <span>{pick(problem.message, lang)}</span>
              </span>
            </>
          );
          return (
            <li key={issueKey(problem, index)} data-cell={problem.where.cell} data-code={problem.code}>
              {cell && onShow ? (
                <button
                  type="button"
                  className={mergeClasses(styles.item, styles.button)}
                  aria-describedby={hintId}
                  onClick={() => onShow(problem)}
                >
                  {content}
                </button>
              ) : (
                <div className={styles.item}>{content}</div>
              )}
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <Caption1>{t.moreIssues(problems.length - shown.length)}</Caption1>}
    </>
  );
}
