import type { Lang } from "../../domain/text/lang";
import { ENTRY_RULES } from "../../domain/rules/entryRules";
import { ruleSummary } from "../ruleSummaries";
import type { PaneStrings } from "../strings";
import { SeverityList } from "./SeverityList";

export interface RuleListProps {
  readonly t: PaneStrings;
  readonly lang: Lang;
}

/** The entry rules, as the domain defines them, with their severity. */
export function RuleList({ t, lang }: RuleListProps) {
  const items = ENTRY_RULES.map((rule) => ({
    key: rule.id,
    severity: rule.severity,
    data: { "data-rule": rule.id },
    content: ruleSummary(rule, lang),
  }));
  return <SeverityList items={items} label={t.rulesHeading} t={t} testId="rule-list" />;
}
