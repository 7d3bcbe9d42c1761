import { makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../domain/ids";
import { ENTRY_RULES } from "../../domain/rules/entryRules";
import { ruleSummary } from "../ruleSummaries";
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
  item: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-start" },
});

export interface RuleListProps {
  readonly t: PaneStrings;
  readonly lang: Lang;
}

/** The entry rules, as the domain defines them, with their severity. */
export function RuleList({ t, lang }: RuleListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t.rulesHeading} data-testid="rule-list">
      {ENTRY_RULES.map((rule) => (
        <li key={rule.id} className={styles.item} data-rule={rule.id}>
          <SeverityIcon
            severity={rule.severity}
            label={rule.severity === "error" ? t.severityError : t.severityWarning}
          />
          <span>{ruleSummary(rule, lang)}</span>
        </li>
      ))}
    </ul>
  );
}
