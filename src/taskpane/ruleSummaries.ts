import type { Lang } from "../domain/text/lang";
import { FIRST_YEAR, LAST_YEAR } from "../domain/periods/periods";
import type { EntryRule } from "../domain/rules/entryRules";
import { asciiToKhmerDigits } from "../domain/text/normalise";

const km = asciiToKhmerDigits;

export interface RuleTranslation {
  /** The English summary this Khmer was written from: when the rule's summary changes, the Khmer is stale. */
  readonly en: string;
  readonly km: string;
}

/** The About panel's rule list in Khmer, by rule ID (the domain's summaries are in English). */
export const RULE_SUMMARIES_KM: Readonly<Record<string, RuleTranslation>> = {
  "status.required": { en: "Status is required", km: "ត្រូវបំពេញស្ថានភាព" },
  "status.vocabulary": {
    en: "Status is one of the six statuses, in English or Khmer",
    km: "ស្ថានភាពត្រូវជាស្ថានភាពមួយក្នុងចំណោមស្ថានភាពទាំងប្រាំមួយ ជាភាសាអង់គ្លេស ឬខ្មែរ",
  },
  "progress.number": { en: "Progress is a number such as 45 or 45%", km: "វឌ្ឍនភាពត្រូវជាលេខ ដូចជា ៤៥ ឬ ៤៥%" },
  "progress.range": { en: "Progress is between 0 and 100", km: "វឌ្ឍនភាពត្រូវនៅចន្លោះ ០ ដល់ ១០០" },
  "completed.progress": { en: "Completed means 100% progress", km: "«បានបញ្ចប់» មានន័យថាវឌ្ឍនភាព ១០០%" },
  "completed.date": {
    en: "Completed needs an actual completion date no later than the quarter's end (a date from an earlier quarter carries over)",
    km: "«បានបញ្ចប់» ត្រូវមានកាលបរិច្ឆេទបញ្ចប់ជាក់ស្តែង មិនលើសពីចុងត្រីមាស (កាលបរិច្ឆេទពីត្រីមាសមុន ត្រូវបានយកមកបន្ត)",
  },
  "notstarted.progress": { en: "Not started means 0% progress", km: "«មិនទាន់ចាប់ផ្តើម» មានន័យថាវឌ្ឍនភាព ០%" },
  "risk.challenges": {
    en: "At risk or Delayed needs the challenges or reasons for delay",
    km: "«មានហានិភ័យ» ឬ «យឺតយ៉ាវ» ត្រូវមានបញ្ហាប្រឈម ឬមូលហេតុនៃការយឺតយ៉ាវ",
  },
  "risk.next-steps": { en: "At risk or Delayed needs next steps", km: "«មានហានិភ័យ» ឬ «យឺតយ៉ាវ» ត្រូវមានជំហានបន្ទាប់" },
  "discontinued.reason": { en: "Discontinued needs the reason", km: "«បានបញ្ឈប់» ត្រូវមានមូលហេតុ" },
  "date.valid": {
    en: "Dates are real dates (date cell, 2026-07-15 or 15/07/2026)",
    km: "កាលបរិច្ឆេទត្រូវជាកាលបរិច្ឆេទពិតប្រាកដ (ក្រឡាកាលបរិច្ឆេទ 2026-07-15 ឬ 15/07/2026)",
  },
  "date.range": {
    en: `Dates fall within ${FIRST_YEAR}-${LAST_YEAR}`,
    km: `កាលបរិច្ឆេទត្រូវស្ថិតក្នុងចន្លោះឆ្នាំ ${km(String(FIRST_YEAR))}-${km(String(LAST_YEAR))}`,
  },
  "progress.decrease": { en: "Progress below last quarter's", km: "វឌ្ឍនភាពទាបជាងត្រីមាសមុន" },
  "evidence.url": {
    en: "Evidence link is a web address (https://…)",
    km: "តំណភស្តុតាងត្រូវជាអាសយដ្ឋានគេហទំព័រ (https://…)",
  },
  "budget.number": { en: "Budgets are numbers", km: "ថវិកាត្រូវជាលេខ" },
  "budget.non-negative": { en: "Budgets are not negative", km: "ថវិកាមិនអាចជាចំនួនអវិជ្ជមានទេ" },
  "budget.overspent": { en: "Budget spent above budget planned", km: "ថវិកាបានចំណាយលើសថវិកាគ្រោងទុក" },
  "text.formula": {
    en: "No formulas in entry cells: type the text itself",
    km: "មិនអនុញ្ញាតឱ្យមានរូបមន្តក្នុងក្រឡាបញ្ចូលទិន្នន័យទេ៖ សូមវាយអត្ថបទផ្ទាល់",
  },
  "text.formula-like": {
    en: "Text that starts like a formula (=, +, -, @) is kept as text",
    km: "អត្ថបទដែលចាប់ផ្តើមដូចរូបមន្ត (=, +, -, @) ត្រូវបានរក្សាទុកជាអត្ថបទ",
  },
  "text.length": { en: "Text within its length limit", km: "អត្ថបទមិនលើសពីប្រវែងកំណត់" },
};

/**
 * A rule's summary in the pane's language. The Khmer is used only while it still translates the
 * rule's current English summary; otherwise the English is shown rather than an outdated Khmer.
 */
export function ruleSummary(rule: Pick<EntryRule, "id" | "summary">, lang: Lang): string {
  if (lang !== "km") return rule.summary;
  const translation = RULE_SUMMARIES_KM[rule.id];
  return translation && translation.en === rule.summary ? translation.km : rule.summary;
}
