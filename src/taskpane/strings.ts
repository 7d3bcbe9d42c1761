import type { Lang } from "../domain/ids";
import { COUNCIL_NAME } from "../domain/committees";

/** Every string the task pane shows, in both languages. Components get these, never literals. */
export interface PaneStrings {
  readonly title: string;
  readonly council: string;
  readonly purpose: string;
  readonly languageLabel: string;
  readonly statusLabel: string;
  readonly starting: string;
  readonly outsideExcel: string;
  readonly otherHost: (host: string) => string;
  readonly readingWorkbook: string;
  readonly workbookName: (name: string) => string;
  readonly workbookNameUnsupported: string;
  readonly workbookUnreadable: string;
  readonly officeUnavailable: string;
  readonly errorTitle: string;
  readonly dismiss: string;
}

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = {
  en: {
    title: "Policy Tracker",
    council: COUNCIL_NAME.en,
    purpose: "Quarterly status of the Digital Economy and Society Policy Framework measures.",
    languageLabel: "Language",
    statusLabel: "Status",
    starting: "Connecting to Office…",
    outsideExcel: "Running outside Excel — open this page from the add-in in Excel to work on a workbook.",
    otherHost: (host) => `Running in ${host} — Policy Tracker works in Excel only.`,
    readingWorkbook: "Reading the workbook…",
    workbookName: (name) => `Workbook: ${name}`,
    workbookNameUnsupported: "Connected to Excel. This version of Excel does not report the workbook name.",
    workbookUnreadable: "Connected to Excel, but the workbook could not be read.",
    officeUnavailable: "Office did not start, so the add-in cannot reach the workbook.",
    errorTitle: "Something went wrong",
    dismiss: "Dismiss",
  },
  km: {
    title: "កម្មវិធីតាមដានគោលនយោបាយ",
    council: COUNCIL_NAME.km,
    purpose: "ស្ថានភាពប្រចាំត្រីមាសនៃវិធានការក្នុងក្របខ័ណ្ឌគោលនយោបាយសេដ្ឋកិច្ច និងសង្គមឌីជីថល។",
    languageLabel: "ភាសា",
    statusLabel: "ស្ថានភាព",
    starting: "កំពុងភ្ជាប់ទៅ Office…",
    outsideExcel: "កំពុងដំណើរការនៅក្រៅ Excel — សូមបើកទំព័រនេះពីកម្មវិធីបន្ថែមក្នុង Excel ដើម្បីធ្វើការលើសៀវភៅការងារ។",
    otherHost: (host) => `កំពុងដំណើរការក្នុង ${host} — កម្មវិធីតាមដានគោលនយោបាយដំណើរការតែក្នុង Excel ប៉ុណ្ណោះ។`,
    readingWorkbook: "កំពុងអានសៀវភៅការងារ…",
    workbookName: (name) => `សៀវភៅការងារ៖ ${name}`,
    workbookNameUnsupported: "បានភ្ជាប់ទៅ Excel។ កំណែ Excel នេះមិនបង្ហាញឈ្មោះសៀវភៅការងារទេ។",
    workbookUnreadable: "បានភ្ជាប់ទៅ Excel ប៉ុន្តែមិនអាចអានសៀវភៅការងារបានទេ។",
    officeUnavailable: "Office មិនបានចាប់ផ្តើមទេ ដូច្នេះកម្មវិធីបន្ថែមមិនអាចចូលដល់សៀវភៅការងារបានទេ។",
    errorTitle: "មានបញ្ហាកើតឡើង",
    dismiss: "បិទ",
  },
};

/** Each language is named in itself, whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: "English", km: "ខ្មែរ" };

export const LANGS: readonly Lang[] = ["en", "km"];
