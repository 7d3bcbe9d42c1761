import { committee as committeeInfo } from "../catalogue/committees";
import { type CommitteeCode } from "../ids";
import { pick, type Lang, type LocalText } from "../text/lang";
import { SHEET_NAMES, columnDef, type ColumnKey } from "./columns";
import { FIRST_YEAR, LAST_YEAR, formatQuarter, type Quarter } from "../periods/periods";
import { STATUS_LABELS, type StatusCode } from "../entries/status";
import { quoteLabel as q } from "../text/normalise";
import { DATE_EXAMPLE } from "../entries/entryValidation";

/**
 * The wording of the status workbook's "How to fill in" sheet: what each status means and the
 * rules of filling in. Pure data, so every writer of the workbook (ExcelJS template, Office.js
 * gateway) can show the same instructions.
 */

export const STATUS_MEANINGS: Readonly<Record<StatusCode, LocalText>> = {
  "not-started": { en: "Work on the measure has not begun.", km: "ការងារលើវិធានការនេះមិនទាន់បានចាប់ផ្តើមនៅឡើយទេ។" },
  "on-track": {
    en: "Work is under way and expected to finish by the planned completion date.",
    km: "ការងារកំពុងដំណើរការ ហើយរំពឹងថានឹងបញ្ចប់តាមកាលបរិច្ឆេទគ្រោងទុក។",
  },
  "at-risk": {
    en: "Work is under way but may miss the planned completion date.",
    km: "ការងារកំពុងដំណើរការ ប៉ុន្តែអាចនឹងមិនបញ្ចប់តាមកាលបរិច្ឆេទគ្រោងទុក។",
  },
  delayed: {
    en: "Work is behind schedule: the planned completion date has passed or will be missed.",
    km: "ការងារយឺតជាងកាលវិភាគ៖ កាលបរិច្ឆេទបញ្ចប់តាមគម្រោងបានកន្លងផុត ឬនឹងមិនអាចសម្រេចបាន។",
  },
  completed: { en: "The measure has been fully delivered.", km: "វិធានការនេះត្រូវបានអនុវត្តរួចរាល់ទាំងស្រុង។" },
  discontinued: {
    en: "The measure has been stopped or replaced; explain why under challenges.",
    km: "វិធានការនេះត្រូវបានបញ្ឈប់ ឬជំនួស។ សូមពន្យល់មូលហេតុនៅក្នុងជួរឈរបញ្ហាប្រឈម។",
  },
};

const SEE_THE_SHEET: LocalText = { en: "See the sheet", km: "សូមមើលសន្លឹក" };

/** "See the sheet “How to fill in”.": the status sheet's note points to the instructions with it. */
export function seeInstructionsSheet(lang: Lang): string {
  return `${SEE_THE_SHEET[lang]} ${q(SHEET_NAMES.instructions[lang], lang)}${lang === "km" ? "។" : "."}`;
}

export interface InstructionsText {
  readonly title: string;
  readonly intro: readonly string[];
  readonly statusHeading: string;
  readonly rulesHeading: string;
  readonly rules: readonly string[];
}

/** The instructions sheet's texts for a committee's workbook of one quarter (status meanings: STATUS_MEANINGS). */
export function instructionsText(committee: CommitteeCode, quarter: Quarter, lang: Lang): InstructionsText {
  const committeeName = pick(committeeInfo(committee).name, lang);
  const quarterText = formatQuarter(quarter, lang);
  const s = (code: StatusCode) => q(STATUS_LABELS[code][lang], lang);
  const c = (key: ColumnKey) => q(columnDef(key).label[lang], lang);
  const statusSheet = q(SHEET_NAMES.status[lang], lang);
  if (lang === "km") {
    return {
      title: "របៀបបំពេញសៀវភៅបញ្ជីនេះ",
      intro: [
        `មួយជួរដេកសម្រាប់វិធានការនីមួយៗដែល${committeeName}ដឹកនាំ ឬគាំទ្រ សម្រាប់${quarterText}។`,
        `សូមបំពេញជួរឈរពណ៌សនៃសន្លឹក ${statusSheet}។ ជួរឈរពណ៌ប្រផេះបានមកពីកាតាឡុក ហើយត្រូវបានចាក់សោ។`,
      ],
      statusHeading: "អត្ថន័យនៃស្ថានភាពនីមួយៗ",
      rulesHeading: "វិធាននៃការបំពេញ",
      rules: [
        `${c("progress")}៖ លេខពី 0 ដល់ 100។ វាយ 45 សម្រាប់ 45%។`,
        `${s("completed")} ⇒ ${c("progress")} 100% និងមានកាលបរិច្ឆេទក្នុង ${c("actualCompletion")}។`,
        `${s("not-started")} ⇒ ${c("progress")} 0%។`,
        `${s("at-risk")} ឬ ${s("delayed")} ⇒ សូមបំពេញ ${c("challenges")} និង ${c("nextSteps")}។`,
        `កាលបរិច្ឆេទ៖ វាយឆ្នាំមុន ឧទាហរណ៍ ${DATE_EXAMPLE} ចន្លោះឆ្នាំ ${FIRST_YEAR} ដល់ ${LAST_YEAR}។ កាលបរិច្ឆេទដែលវាយជា 05/07/2026 អាចត្រូវបានអានជាថ្ងៃផ្សេង លើកុំព្យូទ័រដែលប្រើការកំណត់តំបន់អាមេរិក។`,
        `${c("budgetPlanned")} និង ${c("budgetSpent")}៖ ចំនួនទឹកប្រាក់ជាដុល្លារអាមេរិក សរសេរតែលេខប៉ុណ្ណោះ។`,
        `${c("evidence")}៖ អាសយដ្ឋានគេហទំព័រពេញលេញ ចាប់ផ្តើមដោយ https://។`,
        "សូមសរសេរជាអត្ថបទធម្មតា មិនមែនរូបមន្តទេ៖ កុំចាប់ផ្តើមក្រឡាអត្ថបទដោយ =, +, - ឬ @។",
        "កុំបន្ថែម លុប ឬផ្លាស់ទីជួរដេក ហើយកុំប្ដូរឈ្មោះសន្លឹក ឬកែប្រែជួរចំណងជើង។",
        "Excel មិនពិនិត្យតម្លៃដែលបានបិទភ្ជាប់ (paste) ទេ៖ Policy Tracker ពិនិត្យគ្រប់ក្រឡាម្ដងទៀតនៅពេលផ្ទៀងផ្ទាត់សៀវភៅបញ្ជី។",
      ],
    };
  }
  return {
    title: "How to fill in this workbook",
    intro: [
      `One row for each measure the ${committeeName} leads or supports, for ${quarterText}.`,
      `Fill in the white columns of the ${statusSheet} sheet. Grey columns come from the catalogue and are locked.`,
    ],
    statusHeading: "What each status means",
    rulesHeading: "Rules",
    rules: [
      `${c("progress")}: a number from 0 to 100; type 45 for 45%.`,
      `${s("completed")} ⇒ ${c("progress")} 100% and a date in ${c("actualCompletion")}.`,
      `${s("not-started")} ⇒ ${c("progress")} 0%.`,
      `${s("at-risk")} or ${s("delayed")} ⇒ fill in ${c("challenges")} and ${c("nextSteps")}.`,
      `Dates: type the year first, e.g. ${DATE_EXAMPLE}, between ${FIRST_YEAR} and ${LAST_YEAR}. A date typed as 05/07/2026 can be read as another day on a computer with US regional settings.`,
      `${c("budgetPlanned")} and ${c("budgetSpent")}: amounts in US dollars, numbers only.`,
      `${c("evidence")}: a full web address starting with https://.`,
      "Write plain text, not formulas: do not start a text cell with =, +, - or @.",
      "Do not add, delete or move rows, and do not rename the sheets or change the header row.",
      "Excel does not check pasted values: Policy Tracker checks every cell again when the workbook is validated.",
    ],
  };
}
