import { makeStyles, tokens } from "@fluentui/react-components";
import { pick, type Lang } from "../../domain/ids";
import type { Problem } from "../../domain/problems";
import type { PaneStrings } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start", overflowWrap: "anywhere" },
  row: { fontWeight: tokens.fontWeightSemibold },
});

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly label: string;
  readonly t: PaneStrings;
  readonly lang: Lang;
}

/** Problems in a file, each with its row: "Row 5 — Unknown DESPF goal "9" (expected 1-5)". */
export function ProblemList({ problems, label, t, lang }: ProblemListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label} data-testid="problem-list">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={styles.item} data-row={p.where.row}>
          <SeverityIcon severity={p.severity} label={p.severity === "error" ? t.severityError : t.severityWarning} />
          <span>
            {p.where.row !== undefined && <span className={styles.row}>{t.problemRow(p.where.row)} — </span>}
            {pick(p.message, lang)}
          </span>
        </li>
      ))}
    </ul>
  );
}
