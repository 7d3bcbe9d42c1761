import { ENTRY_RULES } from "../../src/domain/rules/entryRules";
import { RULE_SUMMARIES_KM, ruleSummary } from "../../src/taskpane/ruleSummaries";

describe("the About panel's rule list", () => {
  it.each(ENTRY_RULES.map((rule) => [rule.id, rule] as const))("has a current Khmer summary for %s", (_id, rule) => {
    const translation = RULE_SUMMARIES_KM[rule.id];
    // When this fails, the rule's English summary changed: translate the new one.
    expect(translation?.en).toBe(rule.summary);
    expect(ruleSummary(rule, "km")).toMatch(/[\u1780-\u17ff]/);
    expect(ruleSummary(rule, "en")).toBe(rule.summary);
  });

  it("shows the English rather than a Khmer summary written for an older wording", () => {
    expect(ruleSummary({ id: "status.required", summary: "Status must be chosen from the list" }, "km")).toBe(
      "Status must be chosen from the list",
    );
  });
});
