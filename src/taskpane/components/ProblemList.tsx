import { makeStyles, tokens } from "@fluentui/react-components";
import { pick } from "../../domain/text/lang";
import type { Problem } from "../../domain/rules/problems";
import { SeverityList } from "./SeverityList";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({ row: { fontWeight: tokens.fontWeightSemibold } });

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly label: string;
}

/** Problems in a file, each with its row: "Row 5 — Unknown DESPF goal "9" (expected 1-5)". */
export function ProblemList({ problems, label }: ProblemListProps) {
  const { t, lang } = usePaneText();
  const styles = useStyles();
  const items = problems.map((p, i) => ({
    key: `${p.code}-${i}`,
    severity: p.severity,
    data: { "data-row": p.where.row },
    content: (
      <>
        {p.where.row !== undefined && <span className={styles.row}>{t.problemRow(p.where.row)} — </span>}
        {pick(p.message, lang)}
      </>
    ),
  }));
  return <SeverityList items={items} label={label} testId="problem-list" wrapAnywhere />;
}
