import { ENTRY_RULES } from "../../domain/rules/entryRules";
import { ruleSummary } from "../ruleSummaries";
import { SeverityList } from "./SeverityList";
import { usePaneText } from "../paneText";

/** The entry rules, as the domain defines them, with their severity. */
export function RuleList() {
  const { t, lang } = usePaneText();
  const items = ENTRY_RULES.map((rule) => ({
    key: rule.id,
    severity: rule.severity,
    data: { "data-rule": rule.id },
    content: ruleSummary(rule, lang),
  }));
  return <SeverityList items={items} label={t.rulesHeading} testId="rule-list" />;
}
