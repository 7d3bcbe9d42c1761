import type { SubmissionState } from "../consolidation/trend";
import type { LocalText } from "../text/lang";

/** Wording of the trend across quarters (the Trend sheet and the trend workbook). */

export const TREND_SHEET: LocalText = { en: "Trend", km: "និន្នាការ" };

export const TL = {
  title: { en: "Trend across quarters", km: "និន្នាការតាមត្រីមាស" },
  note: {
    en: "Each quarter's figures are those of its report as the Council received it. Completion % is the share of measures completed; average progress is the mean of the lead committees' progress figures. A measure slipped when its status is worse than in the report before (from best to worst: {order}); it is stuck when its progress has stayed the same in the latest {n} quarters or more. A submission is late when it was stamped more than {days} days after the quarter ended (a rule of this tool: no deadline is published).",
    km: "តួលេខនៃត្រីមាសនីមួយៗ គឺជាតួលេខនៃរបាយការណ៍របស់ត្រីមាសនោះ ដូចដែលក្រុមប្រឹក្សាបានទទួល។ អត្រាបញ្ចប់គឺជាភាគរយនៃវិធានការដែលបានបញ្ចប់ ហើយវឌ្ឍនភាពមធ្យមគឺជាមធ្យមភាគនៃតួលេខវឌ្ឍនភាពរបស់គណៈកម្មាធិការដឹកនាំ។ វិធានការមួយធ្លាក់ចុះ នៅពេលស្ថានភាពរបស់វាអាក្រក់ជាងក្នុងរបាយការណ៍មុន (ពីល្អបំផុតទៅអាក្រក់បំផុត៖ {order}) ហើយជាប់គាំង នៅពេលវឌ្ឍនភាពរបស់វានៅដដែលក្នុង {n} ត្រីមាសចុងក្រោយ ឬច្រើនជាងនេះ។ ការដាក់របាយការណ៍ត្រូវចាត់ទុកថាយឺត នៅពេលត្រាពេលវេលារបស់វាលើសពី {days} ថ្ងៃ ក្រោយចប់ត្រីមាស (ជាវិធានរបស់កម្មវិធីនេះ ព្រោះមិនមានកាលកំណត់ដែលបានផ្សព្វផ្សាយ)។",
  },
  reports: { en: "Reports", km: "របាយការណ៍" },
  quarter: { en: "Quarter", km: "ត្រីមាស" },
  file: { en: "File", km: "ឯកសារ" },
  catalogue: { en: "Measure catalogue", km: "កាតាឡុកវិធានការ" },
  noReport: { en: "No report", km: "គ្មានរបាយការណ៍" },
  notes: { en: "Notes", km: "កំណត់សម្គាល់" },
  noNotes: {
    en: "One report for every quarter from the first to the last, all against the same measure catalogue.",
    km: "មានរបាយការណ៍មួយសម្រាប់គ្រប់ត្រីមាស ពីត្រីមាសដំបូងដល់ត្រីមាសចុងក្រោយ ហើយទាំងអស់ប្រើកាតាឡុកវិធានការដូចគ្នា។",
  },
  completionByGoal: { en: "Completion % by DESPF goal", km: "អត្រាបញ្ចប់ % តាមគោលដៅនៃក្របខ័ណ្ឌគោលនយោបាយ" },
  averageByGoal: { en: "Average progress % by DESPF goal", km: "វឌ្ឍនភាពមធ្យម % តាមគោលដៅនៃក្របខ័ណ្ឌគោលនយោបាយ" },
  completionByCommittee: { en: "Completion % by lead committee", km: "អត្រាបញ្ចប់ % តាមគណៈកម្មាធិការដឹកនាំ" },
  averageByCommittee: { en: "Average progress % by lead committee", km: "វឌ្ឍនភាពមធ្យម % តាមគណៈកម្មាធិការដឹកនាំ" },
  slipped: { en: "Measures that slipped (status worse than in the report before)", km: "វិធានការដែលធ្លាក់ចុះ (ស្ថានភាពអាក្រក់ជាងក្នុងរបាយការណ៍មុន)" },
  noSlips: { en: "No measure slipped.", km: "គ្មានវិធានការណាធ្លាក់ចុះទេ។" },
  stuck: { en: "Measures stuck at the same progress for {n} quarters or more", km: "វិធានការដែលវឌ្ឍនភាពនៅដដែល {n} ត្រីមាស ឬច្រើនជាងនេះ" },
  noStuck: { en: "No measure is stuck.", km: "គ្មានវិធានការណាជាប់គាំងទេ។" },
  submissions: { en: "Submissions by committee: on time, late or not at all", km: "ការដាក់របាយការណ៍តាមគណៈកម្មាធិការ៖ ទាន់ពេល យឺត ឬមិនបានដាក់" },
  from: { en: "From", km: "ពី" },
  to: { en: "To", km: "ដល់" },
  statusBefore: { en: "Status before", km: "ស្ថានភាពមុន" },
  statusNow: { en: "Status now", km: "ស្ថានភាពថ្មី" },
  progressBefore: { en: "Progress before %", km: "វឌ្ឍនភាពមុន %" },
  progressNow: { en: "Progress now %", km: "វឌ្ឍនភាពថ្មី %" },
  progress: { en: "Progress %", km: "វឌ្ឍនភាព %" },
  since: { en: "Since", km: "តាំងពី" },
  quarters: { en: "Quarters", km: "ចំនួនត្រីមាស" },
  status: { en: "Status", km: "ស្ថានភាព" },
  total: { en: "All measures", km: "វិធានការទាំងអស់" },
  committee: { en: "Committee", km: "គណៈកម្មាធិការ" },
  late: { en: "late", km: "យឺត" },
  notReceived: { en: "not received", km: "មិនបានទទួល" },
  summaryLine: { en: "Late: {late}. Not received: {missing}.", km: "យឺត៖ {late}។ មិនបានទទួល៖ {missing}។" },
  none: { en: "none", km: "គ្មាន" },
} as const satisfies Record<string, LocalText>;

/** How a committee's quarter came in; {date} is the stamp's date. */
export const SUBMISSION_STATES: Readonly<Record<SubmissionState, LocalText>> = {
  "on-time": { en: "On time", km: "ទាន់ពេល" },
  late: { en: "Late ({date})", km: "យឺត ({date})" },
  unstamped: { en: "Received (no stamp)", km: "បានទទួល (គ្មានត្រាពេលវេលា)" },
  rejected: { en: "Rejected", km: "ត្រូវបានបដិសេធ" },
  missing: { en: "Not received", km: "មិនបានទទួល" },
};

/** Chart titles and their Excel names. */
export const TREND_CHARTS = {
  completionByGoal: { name: "PT_TrendCompletionByGoal", title: TL.completionByGoal },
  averageByGoal: { name: "PT_TrendProgressByGoal", title: TL.averageByGoal },
  completionByCommittee: { name: "PT_TrendCompletionByCommittee", title: TL.completionByCommittee },
  averageByCommittee: { name: "PT_TrendProgressByCommittee", title: TL.averageByCommittee },
} as const;

/** Line colours: one per goal or committee, then the total in dark grey (RGB hex). */
export const TREND_COLOURS: readonly string[] = ["1F77B4", "FF7F0E", "2CA02C", "D62728", "9467BD", "8C564B"];
export const TOTAL_COLOUR = "404040";
