import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Severity } from "../../domain/rules/problems";
import { SeverityIcon } from "./SeverityIcon";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  wrap: { overflowWrap: "anywhere" },
});

export interface SeverityItem {
  readonly key: string;
  readonly severity: Severity;
  readonly content: ReactNode;
  /** data-* attributes for tests and styling, e.g. `{ "data-row": 5 }`. */
  readonly data?: Readonly<Record<`data-${string}`, string | number | undefined>>;
}

export interface SeverityListProps {
  readonly items: readonly SeverityItem[];
  readonly label: string;
  readonly testId: string;
  /** Break long words (file names, URLs) instead of overflowing the pane. */
  readonly wrapAnywhere?: boolean;
}

/** A list of lines, each led by its severity icon (problems in a file, the entry rules). */
export function SeverityList({ items, label, testId, wrapAnywhere }: SeverityListProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const itemClass = wrapAnywhere ? mergeClasses(styles.item, styles.wrap) : styles.item;
  return (
    <ul className={styles.list} aria-label={label} data-testid={testId}>
      {items.map((item) => (
        <li key={item.key} className={itemClass} {...item.data}>
          <SeverityIcon severity={item.severity} label={item.severity === "error" ? t.severityError : t.severityWarning} />
          <span>{item.content}</span>
        </li>
      ))}
    </ul>
  );
}
