import { Caption1 } from "@fluentui/react-components";
import { useId } from "react";
import { pick } from "../../domain/text/lang";
import type { Problem } from "../../domain/rules/problems";
import { issueCell, issueKey } from "../issues";
import { CellListEntry, useCellListStyles } from "./CellList";
import { SeverityIcon } from "./SeverityIcon";
import { usePaneText } from "../paneText";

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
  const styles = useCellListStyles();
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
              <CellListEntry hintId={hintId} {...(cell && onShow ? { onSelect: () => onShow(problem) } : {})}>
                {content}
              </CellListEntry>
            </li>
          );
        })}
      </ul>
      {problems.length > shown.length && <Caption1>{t.moreIssues(problems.length - shown.length)}</Caption1>}
    </>
  );
}
