import { makeStyles, tokens } from "@fluentui/react-components";
import { pick, type Lang } from "../../domain/text/lang";
import type { Problem } from "../../domain/rules/problems";
import type { PaneStrings } from "../strings";
import { SeverityList } from "./SeverityList";

const useStyles = makeStyles({ row: { fontWeight: tokens.fontWeightSemibold } });

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly label: string;
  readonly t: PaneStrings;
  readonly lang: Lang;
}

/** Problems in a file, each with its row: "Row 5 — Unknown DESPF goal "9" (expected 1-5)". */
export function ProblemList({ problems, label, t, lang }: ProblemListProps) {
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
  return <SeverityList items={items} label={label} t={t} testId="problem-list" wrapAnywhere />;
}
