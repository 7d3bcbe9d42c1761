import type { LocalText } from "../text/lang";

/**
 * The feedback workbook's contract, shared by its writer and its reader. A sheet the committee
 * reads (in its language), where the secretariat may fill in a comment per item, and a very-hidden
 * sheet with the header (whose submission, which committee and quarter) and each item's keys, so
 * that a tool never has to parse the readable sheet's labels.
 */
export const FEEDBACK_SHEET: LocalText = { en: "Feedback", km: "មតិកែលម្អ" };
export const FEEDBACK_META_SHEET = "PT_Feedback";
/** The first key/value row of the hidden sheet: what marks a workbook as a feedback file. */
export const FEEDBACK_KIND = "policy-tracker-feedback";
export const FEEDBACK_FORMAT_VERSION = "1";

/** Key/value rows of the hidden sheet, in order (column A key, column B value). */
export const FEEDBACK_META_KEYS = ["kind", "formatVersion", "committee", "quarter", "language", "catalogueVersion", "catalogueHash", "file", "submittedAt", "items"] as const;
export type FeedbackMetaKey = (typeof FEEDBACK_META_KEYS)[number];

/** Below the key/value rows, after one empty row: this header, then one row per item. */
export const FEEDBACK_ITEM_FIELDS = ["number", "measureId", "column", "rule", "severity", "value", "message"] as const;

/** Columns of the readable sheet, with their widths (characters). */
export const FEEDBACK_COLUMNS = [
  { key: "number", width: 6, label: { en: "No.", km: "ល.រ" } },
  { key: "measureId", width: 11, label: { en: "Measure ID", km: "លេខសម្គាល់វិធានការ" } },
  { key: "column", width: 22, label: { en: "Column", km: "ជួរឈរ" } },
  { key: "value", width: 24, label: { en: "Value in your file", km: "តម្លៃក្នុងឯកសាររបស់អ្នក" } },
  { key: "severity", width: 11, label: { en: "Severity", km: "កម្រិត" } },
  { key: "rule", width: 20, label: { en: "Rule", km: "វិធាន" } },
  { key: "message", width: 56, label: { en: "What to correct", km: "អ្វីដែលត្រូវកែ" } },
  { key: "comment", width: 40, label: { en: "Secretariat's comment", km: "មតិរបស់លេខាធិការដ្ឋាន" } },
] as const satisfies readonly { key: string; width: number; label: LocalText }[];

/** Rows of the readable sheet above the table: title, what it was made from, how to use it. */
export const FEEDBACK_HEADER_ROW = 4;

export const FEEDBACK_LABELS = {
  title: { en: "Return for correction — {committee} — {quarter}", km: "ការស្នើសុំកែតម្រូវ — {committee} — {quarter}" },
  madeFrom: {
    en: "Made by the secretariat from {file} (submitted {at}), measure catalogue {version}. {count} items.",
    km: "រៀបចំដោយលេខាធិការដ្ឋានពី {file} (ដាក់ជូន {at}) កាតាឡុកវិធានការ {version}។ ចំនួន {count} ចំណុច។",
  },
  notStamped: { en: "not stamped", km: "គ្មានត្រាពេលវេលា" },
  howTo: {
    en: "Correct each cell listed below in your status workbook, check it again and send it back. In Excel, open this file from the Policy Tracker pane (Validate → Feedback from the secretariat): it finds each measure's row and marks the cells.",
    km: "សូមកែក្រឡានីមួយៗដែលមានរាយខាងក្រោមក្នុងសៀវភៅការងារស្ថានភាពរបស់អ្នក ពិនិត្យម្តងទៀត ហើយផ្ញើមកវិញ។ នៅក្នុង Excel សូមបើកឯកសារនេះពីផ្ទាំង Policy Tracker (ពិនិត្យ → មតិកែលម្អពីលេខាធិការដ្ឋាន)៖ វានឹងរកជួរដេកនៃវិធានការនីមួយៗ ហើយសម្គាល់ក្រឡា។",
  },
  error: { en: "Error", km: "កំហុស" },
  warning: { en: "Warning", km: "ការព្រមាន" },
  noMeasureId: { en: "(no ID)", km: "(គ្មានលេខសម្គាល់)" },
} as const satisfies Record<string, LocalText>;
