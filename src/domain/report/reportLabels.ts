import type { LocalText } from "../text/lang";

/**
 * Wording that belongs to the quarterly report only. Statuses, goals, committees, column labels of
 * the status table and rule messages come from the domain; this is everything else.
 */

/** Sheet tabs, in report order (Excel limits tab names to 31 characters). */
export const REPORT_SHEETS = {
  cover: { en: "Cover", km: "ទំព័រដើម" },
  summary: { en: "Summary", km: "សេចក្តីសង្ខេប" },
  dgp: { en: "Digital Government Policy", km: "គោលនយោបាយរដ្ឋាភិបាលឌីជីថល" },
  measures: { en: "Measures", km: "វិធានការ" },
  exceptions: { en: "Exceptions", km: "ករណីត្រូវយកចិត្តទុកដាក់" },
  changes: { en: "Changes", km: "ការផ្លាស់ប្តូរ" },
  completeness: { en: "Completeness", km: "ភាពពេញលេញ" },
  issues: { en: "Data issues", km: "បញ្ហាទិន្នន័យ" },
} as const satisfies Record<string, LocalText>;

export type ReportSheet = keyof typeof REPORT_SHEETS;

export const L = {
  // Cover
  title: {
    en: "Quarterly implementation report — Digital Economy and Society Policy Framework 2021-2035",
    km: "របាយការណ៍ប្រចាំត្រីមាសស្តីពីការអនុវត្ត — ក្របខ័ណ្ឌគោលនយោបាយសេដ្ឋកិច្ច និងសង្គមឌីជីថល ២០២១-២០៣៥",
  },
  footerTitle: { en: "Quarterly implementation report", km: "របាយការណ៍ប្រចាំត្រីមាស" },
  quarter: { en: "Quarter", km: "ត្រីមាស" },
  generated: { en: "Generated", km: "កាលបរិច្ឆេទរៀបចំ" },
  phnomPenhTime: { en: "Phnom Penh time", km: "ម៉ោងភ្នំពេញ" },
  solarDate: { en: "Date", km: "ថ្ងៃខែឆ្នាំ" },
  buddhistEra: { en: "Buddhist Era", km: "ពុទ្ធសករាជ" },
  catalogue: { en: "Measure catalogue", km: "កាតាឡុកវិធានការ" },
  version: { en: "version", km: "កំណែ" },
  hash: { en: "content hash", km: "កូដផ្ទៀងផ្ទាត់" },
  source: { en: "Source", km: "ប្រភព" },
  workingTitles: {
    en: "Measure titles are working titles, not the official action plan.",
    km: "ចំណងជើងវិធានការជាចំណងជើងបណ្តោះអាសន្ន មិនមែនជាផែនការសកម្មភាពផ្លូវការទេ។",
  },
  previousQuarter: { en: "Compared with", km: "ប្រៀបធៀបជាមួយ" },
  noPreviousQuarter: { en: "No previous quarter was given", km: "មិនមានទិន្នន័យត្រីមាសមុន" },
  submissions: { en: "Submissions received", km: "របាយការណ៍ដែលបានទទួល" },
  committee: { en: "Committee", km: "គណៈកម្មាធិការ" },
  file: { en: "File", km: "ឯកសារ" },
  submittedAt: { en: "Submitted", km: "ពេលដាក់ជូន" },
  outcome: { en: "Outcome", km: "លទ្ធផល" },
  rows: { en: "Rows", km: "ជួរដេក" },
  reason: { en: "Reason", km: "មូលហេតុ" },
  accepted: { en: "Accepted", km: "បានទទួលយក" },
  rejected: { en: "Rejected", km: "បានបដិសេធ" },
  noSubmission: { en: "No submission received", km: "មិនបានទទួលរបាយការណ៍" },
  unknownCommittee: { en: "Committee not known", km: "មិនស្គាល់គណៈកម្មាធិការ" },
  dataQuality: { en: "Data quality", km: "គុណភាពទិន្នន័យ" },
  measuresLine: { en: "Measures", km: "វិធានការ" },
  measuresFigures: {
    en: "{total} in the catalogue: {reported} reported by their lead committee, {notReported} not reported",
    km: "{total} ក្នុងកាតាឡុក៖ គណៈកម្មាធិការដឹកនាំបានរាយការណ៍ {reported}, មិនបានរាយការណ៍ {notReported}",
  },
  rowsLine: { en: "Rows received", km: "ជួរដេកដែលបានទទួល" },
  rowsFigures: {
    en: "{total}: {used} used (lead committees' entries), {supporting} shown beside them (supporting committees' entries), {excluded} left out (listed under Data issues), {superseded} in superseded submissions (each file listed once under Completeness)",
    km: "{total}៖ បានប្រើ {used} (ព័ត៌មានរបស់គណៈកម្មាធិការដឹកនាំ), បង្ហាញជាមួយ {supporting} (ព័ត៌មានរបស់គណៈកម្មាធិការគាំទ្រ), មិនបានប្រើ {excluded} (មាននៅក្នុងសន្លឹកបញ្ហាទិន្នន័យ), {superseded} ក្នុងរបាយការណ៍ដែលត្រូវបានជំនួស (ឯកសារនីមួយៗរាយតែម្តងក្នុងសន្លឹកភាពពេញលេញ)",
  },
  issuesLine: { en: "Issues found", km: "បញ្ហាដែលបានរកឃើញ" },
  issuesFigures: {
    en: "{errors} errors, {warnings} warnings; {flagged} lead committee entries with errors are flagged on the Measures sheet",
    km: "កំហុស {errors}, ការព្រមាន {warnings}; ព័ត៌មានរបស់គណៈកម្មាធិការដឹកនាំចំនួន {flagged} ដែលមានកំហុស ត្រូវបានសម្គាល់នៅក្នុងសន្លឹកវិធានការ",
  },

  // Shared table labels
  despfGoal: { en: "DESPF goal", km: "គោលដៅនៃក្របខ័ណ្ឌគោលនយោបាយ" },
  measures: { en: "Measures", km: "វិធានការ" },
  cluster: { en: "Strategic cluster", km: "ចង្កោមយុទ្ធសាស្ត្រ" },
  completion: { en: "Completion %", km: "អត្រាបញ្ចប់ %" },
  averageProgress: { en: "Average progress %", km: "វឌ្ឍនភាពមធ្យម %" },
  total: { en: "Total", km: "សរុប" },
  colon: { en: ":", km: "៖" },
  none: { en: "None this quarter.", km: "មិនមានទេក្នុងត្រីមាសនេះ។" },

  // Summary
  summaryTitle: { en: "Summary", km: "សេចក្តីសង្ខេប" },
  summaryNote: {
    en: "Each measure counts once, with the status its lead committee reported; a measure without a usable entry from its lead committee counts as {notReported}. Completion % is the share of measures completed; average progress is over the measures whose lead committee gave a progress figure.",
    km: "វិធានការនីមួយៗរាប់តែម្តង តាមស្ថានភាពដែលគណៈកម្មាធិការដឹកនាំបានរាយការណ៍។ វិធានការដែលគ្មានព័ត៌មានត្រឹមត្រូវពីគណៈកម្មាធិការដឹកនាំ ត្រូវរាប់ជា {notReported}។ អត្រាបញ្ចប់គឺជាភាគរយនៃវិធានការដែលបានបញ្ចប់។ វឌ្ឍនភាពមធ្យមគណនាលើវិធានការដែលគណៈកម្មាធិការដឹកនាំបានផ្តល់តួលេខវឌ្ឍនភាព។",
  },
  byGoal: { en: "By goal of the Digital Economy and Society Policy Framework", km: "តាមគោលដៅនៃក្របខ័ណ្ឌគោលនយោបាយសេដ្ឋកិច្ច និងសង្គមឌីជីថល" },
  byCommittee: { en: "By lead committee", km: "តាមគណៈកម្មាធិការដឹកនាំ" },

  // Digital Government Policy
  dgpTitle: { en: "Digital Government Policy 2022-2035 by strategic goal and strategy", km: "គោលនយោបាយរដ្ឋាភិបាលឌីជីថល ២០២២-២០៣៥ តាមគោលដៅយុទ្ធសាស្ត្រ និងយុទ្ធសាស្ត្រ" },
  dgpNote: {
    en: "{n} of the {total} measures serve a strategy of the Digital Government Policy; the others are not counted on this sheet.",
    km: "វិធានការចំនួន {n} ក្នុងចំណោម {total} បម្រើយុទ្ធសាស្ត្រនៃគោលនយោបាយរដ្ឋាភិបាលឌីជីថល។ វិធានការផ្សេងទៀតមិនត្រូវបានរាប់នៅក្នុងសន្លឹកនេះទេ។",
  },
  dgpHeading: { en: "Strategic goal / strategy", km: "គោលដៅយុទ្ធសាស្ត្រ / យុទ្ធសាស្ត្រ" },
  strategicGoal: { en: "Strategic goal", km: "គោលដៅយុទ្ធសាស្ត្រ" },
  strategy: { en: "Strategy", km: "យុទ្ធសាស្ត្រ" },

  // Measures
  measuresTitle: { en: "Every measure with its lead committee's report", km: "វិធានការទាំងអស់ ជាមួយរបាយការណ៍របស់គណៈកម្មាធិការដឹកនាំ" },
  measuresNote: {
    en: "Status, progress, dates and texts are the lead committee's (authoritative). Supporting committees' entries are shown beside them; differences are listed under {disagreements}.",
    km: "ស្ថានភាព វឌ្ឍនភាព កាលបរិច្ឆេទ និងអត្ថបទ គឺជារបស់គណៈកម្មាធិការដឹកនាំ (ផ្លូវការ)។ ព័ត៌មានរបស់គណៈកម្មាធិការគាំទ្របង្ហាញនៅក្បែរ ហើយភាពខុសគ្នាមាននៅក្នុងជួរឈរ {disagreements}។",
  },
  supportingEntries: { en: "Supporting committees' entries", km: "ព័ត៌មានរបស់គណៈកម្មាធិការគាំទ្រ" },
  disagreements: { en: "Disagreements", km: "ចំណុចមិនស៊ីគ្នា" },
  previousStatus: { en: "Last quarter's status", km: "ស្ថានភាពត្រីមាសមុន" },
  progressChange: { en: "Progress change (points)", km: "បម្រែបម្រួលវឌ្ឍនភាព (ពិន្ទុ)" },
  hasErrors: { en: "Errors in lead entry", km: "មានកំហុសក្នុងព័ត៌មាន" },
  yes: { en: "Yes", km: "មាន" },
  noStatus: { en: "no status", km: "គ្មានស្ថានភាព" },
  withErrors: { en: "with errors", km: "មានកំហុស" },

  // Exceptions
  exceptionsTitle: { en: "Measures that need attention", km: "វិធានការដែលត្រូវយកចិត្តទុកដាក់" },
  exceptionsNote: {
    en: "Delayed and at-risk measures with the lead committee's reasons and next steps, then the measures whose lead committee did not report.",
    km: "វិធានការយឺតយ៉ាវ និងមានហានិភ័យ ជាមួយមូលហេតុ និងជំហានបន្ទាប់របស់គណៈកម្មាធិការដឹកនាំ បន្ទាប់មកវិធានការដែលគណៈកម្មាធិការដឹកនាំមិនបានរាយការណ៍។",
  },
  atRiskDelayed: { en: "Delayed and at risk", km: "យឺតយ៉ាវ និងមានហានិភ័យ" },
  notReportedByLead: { en: "Not reported by the lead committee", km: "គណៈកម្មាធិការដឹកនាំមិនបានរាយការណ៍" },
  reasonNoSubmission: { en: "No accepted submission from {c}", km: "មិនមានរបាយការណ៍ដែលបានទទួលយកពី {c}" },
  reasonNoRow: { en: "{c}'s submission has no row for this measure", km: "របាយការណ៍របស់ {c} គ្មានជួរដេកសម្រាប់វិធានការនេះ" },
  reasonNoStatus: { en: "{c}'s entry has no valid status", km: "ព័ត៌មានរបស់ {c} គ្មានស្ថានភាពត្រឹមត្រូវ" },

  // Changes
  changesTitle: { en: "Changes since last quarter", km: "ការផ្លាស់ប្តូរធៀបនឹងត្រីមាសមុន" },
  noPrevious: {
    en: "No previous quarter was given, so changes since last quarter cannot be shown.",
    km: "មិនមានទិន្នន័យត្រីមាសមុនទេ ដូច្នេះមិនអាចបង្ហាញការផ្លាស់ប្តូរធៀបនឹងត្រីមាសមុនបានទេ។",
  },
  changesNote: {
    en: "Compared with {q}: {moves} status changes, {completed} newly completed, {down} progress decreases, {up} progress increases.",
    km: "ប្រៀបធៀបជាមួយ{q}៖ ការផ្លាស់ប្តូរស្ថានភាពចំនួន {moves}, វិធានការទើបបញ្ចប់ចំនួន {completed}, វឌ្ឍនភាពថយចុះចំនួន {down}, វឌ្ឍនភាពកើនឡើងចំនួន {up}។",
  },
  statusMoves: { en: "Status changes", km: "ការផ្លាស់ប្តូរស្ថានភាព" },
  newlyCompleted: { en: "Newly completed", km: "ទើបបញ្ចប់ក្នុងត្រីមាសនេះ" },
  progressMoves: { en: "Progress changes with the same status", km: "បម្រែបម្រួលវឌ្ឍនភាព ដោយស្ថានភាពមិនប្រែប្រួល" },
  previousProgress: { en: "Last quarter's progress %", km: "វឌ្ឍនភាពត្រីមាសមុន %" },

  // Completeness
  completenessTitle: { en: "Completeness of the submissions", km: "ភាពពេញលេញនៃរបាយការណ៍" },
  completenessNote: {
    en: "Each committee reports on the measures it leads or supports. A measure counts as received when the committee's accepted submission has a usable row for it.",
    km: "គណៈកម្មាធិការនីមួយៗរាយការណ៍លើវិធានការដែលខ្លួនដឹកនាំ ឬគាំទ្រ។ វិធានការមួយត្រូវរាប់ថាបានទទួល នៅពេលរបាយការណ៍ដែលបានទទួលយករបស់គណៈកម្មាធិការមានជួរដេកដែលអាចប្រើបានសម្រាប់វិធានការនោះ។",
  },
  expectedLead: { en: "Measures led", km: "វិធានការដឹកនាំ" },
  expectedSupport: { en: "Measures supported", km: "វិធានការគាំទ្រ" },
  expected: { en: "Expected", km: "ចំនួនរំពឹងទុក" },
  receivedLead: { en: "Received as lead", km: "បានទទួល (ដឹកនាំ)" },
  receivedSupport: { en: "Received as supporting", km: "បានទទួល (គាំទ្រ)" },
  missing: { en: "Missing", km: "ខ្វះ" },
  excludedRows: { en: "Rows left out", km: "ជួរដេកមិនបានប្រើ" },
  completeness: { en: "Complete %", km: "ភាពពេញលេញ %" },
  submissionUsed: { en: "Submission used", km: "របាយការណ៍ដែលបានប្រើ" },
  loggedChanges: { en: "Changes logged since the previous submission", km: "ការកែប្រែដែលបានកត់ត្រាចាប់តាំងពីការដាក់ជូនលើកមុន" },
  missingList: { en: "Entries not received", km: "ព័ត៌មានដែលមិនបានទទួល" },
  role: { en: "Role", km: "តួនាទី" },
  allReceived: { en: "Every expected entry was received.", km: "បានទទួលព័ត៌មានដែលរំពឹងទុកទាំងអស់។" },

  // Data issues
  issuesTitle: { en: "Data issues", km: "បញ្ហាទិន្នន័យ" },
  issuesNote: {
    en: "Every problem found in the submissions used or rejected: unreadable or rejected files, rows left out, rule errors and warnings. Together with the Measures sheet and the superseded submissions (Completeness sheet) this accounts for every row received.",
    km: "បញ្ហាទាំងអស់ដែលបានរកឃើញក្នុងរបាយការណ៍ដែលបានប្រើ ឬបានបដិសេធ៖ ឯកសារដែលមិនអាចអានបាន ឬត្រូវបានបដិសេធ ជួរដេកដែលមិនបានប្រើ កំហុស និងការព្រមានតាមវិធាន។ រួមជាមួយសន្លឹកវិធានការ និងរបាយការណ៍ដែលត្រូវបានជំនួស (សន្លឹកភាពពេញលេញ) សន្លឹកនេះបង្ហាញគ្រប់ជួរដេកដែលបានទទួល។",
  },
  noIssues: { en: "No data issues were found.", km: "មិនមានបញ្ហាទិន្នន័យទេ។" },
  number: { en: "No.", km: "ល.រ" },
  sheet: { en: "Sheet", km: "សន្លឹក" },
  cell: { en: "Cell", km: "ក្រឡា" },
  rule: { en: "Rule", km: "វិធាន" },
  severity: { en: "Severity", km: "កម្រិត" },
  message: { en: "Description", km: "ការពិពណ៌នា" },
  error: { en: "Error", km: "កំហុស" },
  warning: { en: "Warning", km: "ការព្រមាន" },
} as const satisfies Record<string, LocalText>;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
