import type { Lang } from "../../domain/text/lang";
import { asciiToKhmerDigits } from "../../domain/text/normalise";

/**
 * The pane's words for return for correction: the Consolidate panel's feedback files and the
 * Validate panel's feedback section. Apart from the pane's strings (strings.ts), so they load with
 * the panels that show them, not with the pane's first load.
 */
export interface FeedbackStrings {
  // Consolidate: the files to send back
  readonly feedbackFilesHeading: string;
  readonly feedbackFilesHint: string;
  readonly feedbackDownload: (committee: string, items: number) => string;
  // Validate: the file sent back
  readonly feedbackHeading: string;
  readonly feedbackHint: string;
  readonly feedbackOpen: string;
  readonly feedbackReading: string;
  readonly feedbackChecking: string;
  readonly feedbackRecheck: string;
  readonly feedbackClose: string;
  readonly feedbackUnreadableTitle: string;
  readonly feedbackRefusedTitle: string;
  readonly feedbackFrom: (file: string, committee: string, quarter: string) => string;
  readonly feedbackCounts: (open: number, fixed: number, total: number) => string;
  readonly feedbackAllFixed: string;
  readonly feedbackItemsLabel: string;
  readonly feedbackStateOpen: string;
  readonly feedbackStateFixed: string;
  readonly feedbackStateGone: string;
  readonly feedbackStateUnchecked: string;
  readonly feedbackMeasure: (id: string, column: string) => string;
  readonly feedbackSeen: (value: string) => string;
  readonly feedbackComment: (comment: string) => string;
  readonly feedbackLiveHint: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const km = (n: number | string): string => asciiToKhmerDigits(String(n));

export const FEEDBACK_STRINGS: Readonly<Record<Lang, FeedbackStrings>> = {
  en: {
    feedbackFilesHeading: "Feedback for the committees",
    feedbackFilesHint: "One file per committee whose submission has issues, in the committee's language. Add your comments in its last column if you wish, then send it to the committee.",
    feedbackDownload: (committee, items) => `${committee}: download feedback (${plural(items, "item", "items")})`,
    feedbackHeading: "Feedback from the secretariat",
    feedbackHint: "Open the feedback file the secretariat sent back for this workbook. Each item is found by its measure ID, wherever the row is now, and its cell is marked.",
    feedbackOpen: "Open feedback file…",
    feedbackReading: "Reading the feedback…",
    feedbackChecking: "Checking the items…",
    feedbackRecheck: "Check the items again",
    feedbackClose: "Close the feedback",
    feedbackUnreadableTitle: "The feedback file could not be opened",
    feedbackRefusedTitle: "This feedback is for another workbook",
    feedbackFrom: (file, committee, quarter) => `Made from ${file} · ${committee} · ${quarter}`,
    feedbackCounts: (open, fixed, total) => `${open} to correct, ${fixed} fixed, of ${plural(total, "item", "items")}`,
    feedbackAllFixed: "Every item is fixed. Check the whole table, then prepare your submission again.",
    feedbackItemsLabel: "Feedback items",
    feedbackStateOpen: "To correct",
    feedbackStateFixed: "Fixed",
    feedbackStateGone: "Measure no longer in the table",
    feedbackStateUnchecked: "Not re-checked here: compares with last quarter",
    feedbackMeasure: (id, column) => `Measure ${id} · ${column}`,
    feedbackSeen: (value) => `Was: ${value}`,
    feedbackComment: (comment) => `Secretariat: ${comment}`,
    feedbackLiveHint: "With “Check rows as I edit them” on, the items are checked again as you correct them.",
  },
  km: {
    feedbackFilesHeading: "មតិកែលម្អសម្រាប់គណៈកម្មាធិការ",
    feedbackFilesHint: "ឯកសារមួយសម្រាប់គណៈកម្មាធិការនីមួយៗដែលរបាយការណ៍មានបញ្ហា ជាភាសារបស់គណៈកម្មាធិការ។ អ្នកអាចបន្ថែមមតិរបស់អ្នកនៅជួរឈរចុងក្រោយ បន្ទាប់មកផ្ញើទៅគណៈកម្មាធិការ។",
    feedbackDownload: (committee, items) => `${committee}៖ ទាញយកមតិកែលម្អ (${km(items)} ចំណុច)`,
    feedbackHeading: "មតិកែលម្អពីលេខាធិការដ្ឋាន",
    feedbackHint: "បើកឯកសារមតិកែលម្អដែលលេខាធិការដ្ឋានបានផ្ញើមកវិញសម្រាប់សៀវភៅការងារនេះ។ ចំណុចនីមួយៗត្រូវបានរកឃើញតាមលេខសម្គាល់វិធានការ ទោះជួរដេកនៅទីណាក៏ដោយ ហើយក្រឡារបស់វាត្រូវបានសម្គាល់។",
    feedbackOpen: "បើកឯកសារមតិកែលម្អ…",
    feedbackReading: "កំពុងអានមតិកែលម្អ…",
    feedbackChecking: "កំពុងពិនិត្យចំណុច…",
    feedbackRecheck: "ពិនិត្យចំណុចម្តងទៀត",
    feedbackClose: "បិទមតិកែលម្អ",
    feedbackUnreadableTitle: "មិនអាចបើកឯកសារមតិកែលម្អបានទេ",
    feedbackRefusedTitle: "មតិកែលម្អនេះសម្រាប់សៀវភៅការងារផ្សេង",
    feedbackFrom: (file, committee, quarter) => `រៀបចំពី ${file} · ${committee} · ${quarter}`,
    feedbackCounts: (open, fixed, total) => `ត្រូវកែ ${km(open)} បានកែរួច ${km(fixed)} ក្នុងចំណោម ${km(total)} ចំណុច`,
    feedbackAllFixed: "ចំណុចទាំងអស់ត្រូវបានកែរួចហើយ។ សូមពិនិត្យតារាងទាំងមូល រួចរៀបចំរបាយការណ៍ម្តងទៀត។",
    feedbackItemsLabel: "ចំណុចមតិកែលម្អ",
    feedbackStateOpen: "ត្រូវកែ",
    feedbackStateFixed: "បានកែរួច",
    feedbackStateGone: "វិធានការលែងមាននៅក្នុងតារាង",
    feedbackStateUnchecked: "មិនបានពិនិត្យឡើងវិញនៅទីនេះ៖ ប្រៀបធៀបជាមួយត្រីមាសមុន",
    feedbackMeasure: (id, column) => `វិធានការ ${id} · ${column}`,
    feedbackSeen: (value) => `តម្លៃមុន៖ ${value}`,
    feedbackComment: (comment) => `លេខាធិការដ្ឋាន៖ ${comment}`,
    feedbackLiveHint: "ពេលបើក «ពិនិត្យជួរនីមួយៗពេលខ្ញុំកែ» ចំណុចនានានឹងត្រូវបានពិនិត្យម្តងទៀតពេលអ្នកកែ។",
  },
};
