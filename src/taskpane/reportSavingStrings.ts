import type { Lang } from "../domain/text/lang";
import { asciiToKhmerDigits } from "../domain/text/normalise";

/**
 * What the Consolidate panel says about getting the report out of the pane where a download does
 * nothing (Excel on Mac and iPad) or the insert is not possible: open it as a new workbook. Kept
 * beside the panel (its own chunk), in both languages.
 */
export interface ReportSavingStrings {
  readonly openButton: string;
  readonly opening: string;
  readonly openedTitle: string;
  readonly opened: string;
  readonly noDownload: string;
  readonly insertUnsupportedOpen: string;
  readonly nowhere: string;
  /** A committee's feedback file, opened as a new workbook where a download does nothing. */
  readonly feedbackOpen: (committee: string, items: number) => string;
}

export const REPORT_SAVING_STRINGS: Readonly<Record<Lang, ReportSavingStrings>> = {
  en: {
    openButton: "Open as a new workbook",
    opening: "Opening the report…",
    openedTitle: "Opened in a new workbook",
    opened: "Save it from its own window (File › Save). In Excel on a Mac the new window may open behind this one.",
    noDownload: "Excel on Mac and iPad cannot save a file from an add-in's pane: open the report as a new workbook, then save it there.",
    insertUnsupportedOpen: "This version of Excel cannot insert the report's sheets (it needs ExcelApi 1.13). Open it as a new workbook instead.",
    nowhere:
      "This Excel can neither save nor open the report from the pane. Build it with policy-tracker consolidate, or in Excel on Windows or on the web.",
    feedbackOpen: (committee, items) => `${committee}: open feedback as a new workbook (${items} ${items === 1 ? "item" : "items"})`,
  },
  km: {
    openButton: "បើកជាសៀវភៅការងារថ្មី",
    opening: "កំពុងបើករបាយការណ៍…",
    openedTitle: "បានបើកក្នុងសៀវភៅការងារថ្មី",
    opened: "សូមរក្សាទុកវាពីបង្អួចរបស់វា (File › Save)។ នៅក្នុង Excel លើ Mac បង្អួចថ្មីអាចបើកនៅពីក្រោយបង្អួចនេះ។",
    noDownload: "Excel លើ Mac និង iPad មិនអាចរក្សាទុកឯកសារពីផ្ទាំងនៃកម្មវិធីបន្ថែមបានទេ៖ សូមបើករបាយការណ៍ជាសៀវភៅការងារថ្មី រួចរក្សាទុកវានៅទីនោះ។",
    insertUnsupportedOpen: "កំណែ Excel នេះមិនអាចបញ្ចូលសន្លឹកនៃរបាយការណ៍បានទេ (ត្រូវការ ExcelApi 1.13)។ សូមបើកវាជាសៀវភៅការងារថ្មីជំនួសវិញ។",
    nowhere: "Excel នេះមិនអាចរក្សាទុក ឬបើករបាយការណ៍ពីផ្ទាំងនេះបានទេ។ សូមបង្កើតវាដោយប្រើ policy-tracker consolidate ឬនៅក្នុង Excel លើ Windows ឬលើបណ្តាញ។",
    feedbackOpen: (committee, items) => `${committee}៖ បើកមតិកែលម្អជាសៀវភៅការងារថ្មី (${asciiToKhmerDigits(String(items))} ចំណុច)`,
  },
};
