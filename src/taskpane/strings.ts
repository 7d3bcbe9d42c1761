import type { Lang } from "../domain/text/lang";
import { COUNCIL_NAME } from "../domain/catalogue/committees";
import { asciiToKhmerDigits } from "../domain/text/normalise";

/**
 * Every string the task pane shows, in both languages. Components get these, never literals.
 * Flat on purpose: plain strings and functions of plain values (numbers, names already in the
 * pane's language), so one test can check that every Khmer string is there and in Khmer script.
 */
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

  // Panels
  readonly panelsLabel: string;
  readonly setUpTab: string;
  readonly validateTab: string;
  readonly submitTab: string;
  readonly consolidateTab: string;
  readonly aboutTab: string;
  readonly needsExcel: string;
  readonly loadingPanel: string;
  readonly excelFailureTitle: string;
  readonly failureCode: (code: string) => string;

  // Set up
  readonly committeeLabel: string;
  readonly quarterLabel: string;
  readonly sheetLanguageLabel: string;
  readonly catalogueLabel: string;
  readonly catalogueBundled: (version: string) => string;
  readonly catalogueImported: (version: string) => string;
  readonly setUpButton: string;
  readonly settingUp: string;
  readonly setUpDoneTitle: string;
  readonly setUpRows: (rows: number, committee: string, quarter: string) => string;
  readonly setUpRefreshed: (carried: number) => string;
  readonly setUpNoOrphans: string;
  readonly setUpOrphans: (count: number) => string;
  readonly setUpDropped: (count: number) => string;
  readonly orphanRemoved: string;
  readonly orphanNotOurs: string;
  readonly orphanDuplicate: string;
  readonly orphanNoId: string;
  readonly orphanLine: (cell: string, id: string, reason: string) => string;

  // Validate
  readonly validateButton: string;
  readonly validating: string;
  readonly liveLabel: string;
  readonly liveHint: string;
  readonly liveStarting: string;
  readonly notChecked: string;
  readonly ready: string;
  readonly notReady: (errors: number) => string;
  readonly errorCount: (count: number) => string;
  readonly warningCount: (count: number) => string;
  readonly issuesLabel: string;
  readonly noIssues: string;
  readonly issueCell: (cell: string) => string;
  readonly issueRow: (row: number) => string;
  readonly issueSelectHint: string;
  readonly moreIssues: (count: number) => string;
  readonly severityError: string;
  readonly severityWarning: string;
  readonly selecting: string;

  // Submit
  readonly officerLabel: string;
  readonly officerHint: string;
  readonly officerRequired: string;
  readonly changeLogLabel: string;
  readonly changeLogHint: string;
  readonly changeLogUnnamed: string;
  readonly changeLogCount: (changes: number) => string;
  readonly prepareButton: string;
  readonly preparing: string;
  readonly refusedBody: string;
  readonly openValidate: string;
  readonly stampTitle: string;
  readonly stampTime: string;
  readonly stampOfficer: string;
  readonly stampChecksum: string;
  readonly saveAndSend: string;
  readonly nextQuarterHeading: string;
  readonly nextQuarterHint: (columns: string) => string;
  readonly nextQuarterButton: string;
  readonly nextQuarterConfirm: (from: string, to: string) => string;
  readonly nextQuarterGo: (to: string) => string;
  readonly cancel: string;
  readonly startingNextQuarter: string;
  readonly nextQuarterDone: (to: string, rows: number) => string;
  readonly nextQuarterLast: string;

  // Consolidate
  readonly consolidateIntro: string;
  readonly reportLanguageLabel: string;
  readonly filesLabel: string;
  readonly filesHint: string;
  readonly previousLabel: string;
  readonly previousHint: string;
  readonly chooseFiles: string;
  readonly clearFiles: string;
  readonly noFiles: string;
  readonly filesChosen: (count: number) => string;
  readonly buildButton: string;
  readonly buildNeedsFiles: string;
  readonly buildProgressLabel: string;
  readonly readingFile: (file: number, of: number, name: string) => string;
  readonly writingReport: string;
  readonly buildFailedTitle: string;
  readonly builtTitle: (quarter: string) => string;
  readonly noReportTitle: string;
  readonly noReport: (quarter: string) => string;
  readonly filesAccepted: (accepted: number, total: number) => string;
  readonly comparedWith: (files: number) => string;
  readonly measuresCount: (count: number) => string;
  readonly dataIssues: (errors: number, warnings: number) => string;
  readonly filesHeading: string;
  readonly previousFilesHeading: string;
  readonly fileAccepted: string;
  readonly fileRejected: string;
  readonly fileSuperseded: string;
  readonly fileRows: (rows: number) => string;
  readonly byStatusHeading: string;
  readonly downloadButton: string;
  readonly insertButton: string;
  readonly inserting: string;
  readonly insertedTitle: string;
  readonly inserted: (sheets: number, charts: number) => string;
  readonly insertedReplaced: string;
  readonly insertUnsupported: string;
  readonly insertNeedsExcel: string;

  // About
  readonly aboutHeading: string;
  readonly aboutText: string;
  readonly catalogueHeading: string;
  readonly versionLabel: string;
  readonly hashLabel: string;
  readonly measuresLabel: string;
  readonly sourceLabel: string;
  readonly provenanceLabel: string;
  readonly bundledSource: string;
  readonly importedSource: string;
  readonly workingTitlesTitle: string;
  readonly workingTitles: string;
  readonly officialTitles: string;
  readonly importHeading: string;
  readonly importHint: string;
  readonly importButton: string;
  readonly importing: string;
  readonly importDoneTitle: string;
  readonly importDone: (accepted: number, rows: number, version: string) => string;
  readonly importRejected: (count: number) => string;
  readonly importNothing: string;
  readonly importFailedTitle: string;
  readonly importNotKept: string;
  readonly problemsLabel: string;
  readonly problemRow: (row: number) => string;
  readonly useBundled: string;
  readonly rulesHeading: string;
  readonly rulesHint: string;
}

const kmNumber = (n: number | string): string => asciiToKhmerDigits(String(n));
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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

    panelsLabel: "Panels",
    setUpTab: "Set up",
    validateTab: "Validate",
    submitTab: "Submit",
    consolidateTab: "Consolidate",
    aboutTab: "About",
    needsExcel: "Open Policy Tracker from Excel to use this.",
    loadingPanel: "Loading…",
    excelFailureTitle: "Excel could not do this",
    failureCode: (code) => `Error code: ${code}`,

    committeeLabel: "Committee",
    quarterLabel: "Quarter",
    sheetLanguageLabel: "Language of the sheets",
    catalogueLabel: "Catalogue",
    catalogueBundled: (version) => `${version} (bundled, working titles)`,
    catalogueImported: (version) => `${version} (imported)`,
    setUpButton: "Set up / refresh workbook",
    settingUp: "Setting up the workbook…",
    setUpDoneTitle: "Workbook ready",
    setUpRows: (rows, committee, quarter) => `${plural(rows, "row", "rows")} written for the ${committee}, ${quarter}.`,
    setUpRefreshed: (carried) => `Entries kept from the earlier table: ${plural(carried, "row", "rows")}.`,
    setUpNoOrphans: "No rows flagged.",
    setUpOrphans: (count) =>
      `${plural(count, "row", "rows")} kept at the end and flagged: not this committee's measures in this catalogue. Their entries are not deleted.`,
    setUpDropped: (count) => `${plural(count, "empty row", "empty rows")} of other measures left out.`,
    orphanRemoved: "no longer in the catalogue",
    orphanNotOurs: "not this committee's measure",
    orphanDuplicate: "duplicate row",
    orphanNoId: "no measure ID",
    orphanLine: (cell, id, reason) => `${cell} ${id}: ${reason}`,

    validateButton: "Validate now",
    validating: "Checking the status table…",
    liveLabel: "Check rows as I edit them (live validation)",
    liveHint: "Changed rows are checked as soon as you leave the cell.",
    liveStarting: "Starting live validation…",
    notChecked: "Not checked yet. Validate to see what is left to fill in.",
    ready: "Ready to submit",
    notReady: (errors) => `Not ready: ${plural(errors, "error", "errors")}`,
    errorCount: (count) => plural(count, "error", "errors"),
    warningCount: (count) => plural(count, "warning", "warnings"),
    issuesLabel: "Issues",
    noIssues: "No issues found.",
    issueCell: (cell) => `Cell ${cell}`,
    issueRow: (row) => `Row ${row}`,
    issueSelectHint: "Press Enter to select the cell in the sheet.",
    moreIssues: (count) => `… and ${count} more. Fix these, then validate again.`,
    severityError: "Error",
    severityWarning: "Warning",
    selecting: "Selecting the cell…",

    officerLabel: "Reporting officer",
    officerHint: "Your full name, as it should appear on the submission.",
    officerRequired: "Enter your name first.",
    changeLogLabel: "Your name, for the change log",
    changeLogHint:
      "While this pane is open, every change to the status table's entries is recorded in the workbook (when, which cell, old and new value) under this name. This computer remembers it for this workbook.",
    changeLogUnnamed: "No name given: your changes are recorded without one.",
    changeLogCount: (changes) =>
      changes === 0 ? "No change recorded since the pane opened." : `${plural(changes, "change", "changes")} recorded since the pane opened.`,
    prepareButton: "Prepare submission",
    preparing: "Checking and stamping the workbook…",
    refusedBody: "Fix the errors below (they are marked in the sheet), then prepare the submission again.",
    openValidate: "Open the Validate panel",
    stampTitle: "Submission prepared",
    stampTime: "Stamped at",
    stampOfficer: "By",
    stampChecksum: "Checksum",
    saveAndSend: "Now save the workbook (Ctrl+S) and send the file to the NDESC secretariat.",
    nextQuarterHeading: "Next quarter",
    nextQuarterHint: (columns) =>
      `Once this quarter's file has been sent. Empties ${columns}; keeps status, progress, plans, budgets and officer.`,
    nextQuarterButton: "Start next quarter…",
    nextQuarterConfirm: (from, to) =>
      `Move this workbook from ${from} to ${to}? The per-quarter columns are emptied. Keep a copy of the file you sent.`,
    nextQuarterGo: (to) => `Start ${to}`,
    cancel: "Cancel",
    startingNextQuarter: "Starting the next quarter…",
    nextQuarterDone: (to, rows) =>
      `The workbook is now for ${to}. Per-quarter columns emptied on ${plural(rows, "row", "rows")}.`,
    nextQuarterLast: "This is the last quarter of the policy (2035).",

    consolidateIntro:
      "For the secretariat: build the Council's quarterly report from the committees' submission files. The files stay on this computer.",
    reportLanguageLabel: "Language of the report",
    filesLabel: "This quarter's submissions",
    filesHint: "The committees' status workbooks (.xlsx); choose several at once.",
    previousLabel: "Last quarter's submissions or report (optional)",
    previousHint: "For the report's Changes sheet: the committees' files of last quarter, or the report built from them.",
    chooseFiles: "Choose files…",
    clearFiles: "Clear",
    noFiles: "No files chosen.",
    filesChosen: (count) => `${plural(count, "file", "files")} chosen:`,
    buildButton: "Build report",
    buildNeedsFiles: "Choose this quarter's files first.",
    buildProgressLabel: "Building the report",
    readingFile: (file, of, name) => `Reading file ${file} of ${of}: ${name}`,
    writingReport: "Writing the report…",
    buildFailedTitle: "The report could not be built",
    builtTitle: (quarter) => `Report for ${quarter} built`,
    noReportTitle: "No report",
    noReport: (quarter) => `None of the files is a usable ${quarter} submission. The reasons are below.`,
    filesAccepted: (accepted, total) => `${accepted} of ${plural(total, "file", "files")} accepted`,
    comparedWith: (files) => `compared with ${plural(files, "file", "files")} of last quarter`,
    measuresCount: (count) => plural(count, "measure", "measures"),
    dataIssues: (errors, warnings) =>
      `${plural(errors + warnings, "data issue", "data issues")} (${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")})`,
    filesHeading: "Files",
    previousFilesHeading: "Last quarter's files",
    fileAccepted: "Accepted",
    fileRejected: "Rejected",
    fileSuperseded: "Superseded by a later submission",
    fileRows: (rows) => plural(rows, "row", "rows"),
    byStatusHeading: "Measures by status",
    downloadButton: "Download report",
    insertButton: "Insert into this workbook",
    inserting: "Inserting the report…",
    insertedTitle: "Report inserted",
    inserted: (sheets, charts) => `${plural(sheets, "sheet", "sheets")} and ${plural(charts, "chart", "charts")} (on the Summary sheet) added to this workbook.`,
    insertedReplaced: "The report inserted earlier was replaced.",
    insertUnsupported:
      "This version of Excel cannot insert the report's sheets (it needs ExcelApi 1.13). Download the report and open it in Excel.",
    insertNeedsExcel: "Open Policy Tracker from Excel to insert the report into a workbook.",

    aboutHeading: "About Policy Tracker",
    aboutText:
      "Fill in each quarter's implementation status of your committee's policy measures, check it, and prepare the file for the NDESC secretariat.",
    catalogueHeading: "Catalogue",
    versionLabel: "Version",
    hashLabel: "Hash",
    measuresLabel: "Measures",
    sourceLabel: "Source",
    provenanceLabel: "Titles",
    bundledSource: "Bundled with the add-in",
    importedSource: "Imported on this computer",
    workingTitlesTitle: "Working titles",
    workingTitles:
      "These titles are working titles written from the policies' goals and strategies — not the official action plan. Import the official catalogue when the secretariat sends it.",
    officialTitles: "Titles are from the official action plan.",
    importHeading: "Import an official catalogue",
    importHint:
      "A catalogue file (.json), or the action plan as .csv or .xlsx. Set up uses it, and this computer keeps it (browser storage) for later sessions.",
    importButton: "Choose a file…",
    importing: "Reading the file…",
    importDoneTitle: "Catalogue imported",
    importDone: (accepted, rows, version) =>
      `${accepted} of ${rows} rows imported as catalogue ${version}. Set up now uses it.`,
    importRejected: (count) => `${plural(count, "problem", "problems")} in the file:`,
    importNothing: "Nothing was imported: the file has no usable measure rows.",
    importFailedTitle: "Not imported",
    importNotKept: "This computer would not keep the catalogue: it is used until the pane is closed.",
    problemsLabel: "Problems in the file",
    problemRow: (row) => `Row ${row}`,
    useBundled: "Use the bundled catalogue instead",
    rulesHeading: "Rules checked",
    rulesHint: "Every row is checked against these rules, in Excel and when the secretariat consolidates the files.",
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

    panelsLabel: "ផ្ទាំង",
    setUpTab: "រៀបចំ",
    validateTab: "ពិនិត្យ",
    submitTab: "ដាក់ស្នើ",
    consolidateTab: "បូកសរុប",
    aboutTab: "អំពី",
    needsExcel: "សូមបើកកម្មវិធីតាមដានគោលនយោបាយពី Excel ដើម្បីប្រើមុខងារនេះ។",
    loadingPanel: "កំពុងផ្ទុក…",
    excelFailureTitle: "Excel មិនអាចធ្វើការនេះបានទេ",
    failureCode: (code) => `លេខកូដកំហុស៖ ${code}`,

    committeeLabel: "គណៈកម្មាធិការ",
    quarterLabel: "ត្រីមាស",
    sheetLanguageLabel: "ភាសានៃសន្លឹក",
    catalogueLabel: "កាតាឡុក",
    catalogueBundled: (version) => `${version} (ភ្ជាប់មកជាមួយកម្មវិធី ចំណងជើងបណ្ដោះអាសន្ន)`,
    catalogueImported: (version) => `${version} (បាននាំចូល)`,
    setUpButton: "រៀបចំ / ធ្វើបច្ចុប្បន្នភាពសៀវភៅការងារ",
    settingUp: "កំពុងរៀបចំសៀវភៅការងារ…",
    setUpDoneTitle: "សៀវភៅការងាររួចរាល់",
    setUpRows: (rows, committee, quarter) => `បានសរសេរ ${kmNumber(rows)} ជួរ សម្រាប់${committee} ${quarter}។`,
    setUpRefreshed: (carried) => `ទិន្នន័យដែលរក្សាទុកពីតារាងមុន៖ ${kmNumber(carried)} ជួរ។`,
    setUpNoOrphans: "គ្មានជួរដែលត្រូវសម្គាល់ទេ។",
    setUpOrphans: (count) =>
      `${kmNumber(count)} ជួរ ត្រូវបានរក្សាទុកនៅខាងចុង ហើយសម្គាល់៖ មិនមែនជាវិធានការរបស់គណៈកម្មាធិការនេះក្នុងកាតាឡុកនេះទេ។ ទិន្នន័យរបស់វាមិនត្រូវបានលុបទេ។`,
    setUpDropped: (count) => `ជួរទទេ ${kmNumber(count)} នៃវិធានការផ្សេង ត្រូវបានដកចេញ។`,
    orphanRemoved: "លែងមាននៅក្នុងកាតាឡុក",
    orphanNotOurs: "មិនមែនជាវិធានការរបស់គណៈកម្មាធិការនេះ",
    orphanDuplicate: "ជួរស្ទួន",
    orphanNoId: "គ្មានលេខសម្គាល់វិធានការ",
    orphanLine: (cell, id, reason) => `ក្រឡា ${cell} ${id}៖ ${reason}`,

    validateButton: "ពិនិត្យឥឡូវនេះ",
    validating: "កំពុងពិនិត្យតារាងស្ថានភាព…",
    liveLabel: "ពិនិត្យជួរនីមួយៗពេលខ្ញុំកែ (ការពិនិត្យផ្ទាល់)",
    liveHint: "ជួរដែលបានកែប្រែ ត្រូវបានពិនិត្យភ្លាមៗ ពេលអ្នកចាកចេញពីក្រឡា។",
    liveStarting: "កំពុងចាប់ផ្តើមការពិនិត្យផ្ទាល់…",
    notChecked: "មិនទាន់បានពិនិត្យនៅឡើយ។ សូមពិនិត្យ ដើម្បីមើលអ្វីដែលនៅសល់ត្រូវបំពេញ។",
    ready: "រួចរាល់សម្រាប់ដាក់ស្នើ",
    notReady: (errors) => `មិនទាន់រួចរាល់៖ កំហុស ${kmNumber(errors)}`,
    errorCount: (count) => `កំហុស ${kmNumber(count)}`,
    warningCount: (count) => `ការព្រមាន ${kmNumber(count)}`,
    issuesLabel: "បញ្ហា",
    noIssues: "រកមិនឃើញបញ្ហាទេ។",
    issueCell: (cell) => `ក្រឡា ${cell}`,
    issueRow: (row) => `ជួរទី ${kmNumber(row)}`,
    issueSelectHint: "ចុច Enter ដើម្បីជ្រើសរើសក្រឡានេះក្នុងសន្លឹក។",
    moreIssues: (count) => `… និង ${kmNumber(count)} ទៀត។ សូមកែបញ្ហាទាំងនេះ រួចពិនិត្យម្តងទៀត។`,
    severityError: "កំហុស",
    severityWarning: "ការព្រមាន",
    selecting: "កំពុងជ្រើសរើសក្រឡា…",

    officerLabel: "មន្ត្រីរាយការណ៍",
    officerHint: "ឈ្មោះពេញរបស់អ្នក ដូចដែលត្រូវបង្ហាញលើការដាក់ស្នើ។",
    officerRequired: "សូមបញ្ចូលឈ្មោះរបស់អ្នកជាមុនសិន។",
    changeLogLabel: "ឈ្មោះរបស់អ្នក សម្រាប់កំណត់ត្រាការកែប្រែ",
    changeLogHint:
      "ពេលផ្ទាំងនេះកំពុងបើក រាល់ការកែប្រែព័ត៌មានក្នុងតារាងស្ថានភាព ត្រូវបានកត់ត្រាក្នុងសៀវភៅការងារ (ពេលណា ក្រឡាណា តម្លៃចាស់ និងតម្លៃថ្មី) ក្រោមឈ្មោះនេះ។ កុំព្យូទ័រនេះចងចាំឈ្មោះនេះសម្រាប់សៀវភៅការងារនេះ។",
    changeLogUnnamed: "មិនទាន់មានឈ្មោះ៖ ការកែប្រែរបស់អ្នកត្រូវបានកត់ត្រាដោយគ្មានឈ្មោះ។",
    changeLogCount: (changes) =>
      changes === 0 ? "មិនទាន់មានការកែប្រែណាមួយត្រូវបានកត់ត្រាទេ ចាប់តាំងពីបើកផ្ទាំងនេះ។" : `បានកត់ត្រាការកែប្រែចំនួន ${kmNumber(changes)} ចាប់តាំងពីបើកផ្ទាំងនេះ។`,
    prepareButton: "រៀបចំការដាក់ស្នើ",
    preparing: "កំពុងពិនិត្យ និងបោះត្រាសៀវភៅការងារ…",
    refusedBody: "សូមកែកំហុសខាងក្រោម (ដែលបានសម្គាល់ក្នុងសន្លឹក) រួចរៀបចំការដាក់ស្នើម្តងទៀត។",
    openValidate: "បើកផ្ទាំងពិនិត្យ",
    stampTitle: "ការដាក់ស្នើត្រូវបានរៀបចំរួច",
    stampTime: "បោះត្រានៅ",
    stampOfficer: "ដោយ",
    stampChecksum: "កូដផ្ទៀងផ្ទាត់",
    saveAndSend: "ឥឡូវនេះ សូមរក្សាទុកសៀវភៅការងារ (Ctrl+S) ហើយផ្ញើឯកសារទៅលេខាធិការដ្ឋាន ក.ស.ឌ។",
    nextQuarterHeading: "ត្រីមាសបន្ទាប់",
    nextQuarterHint: (columns) =>
      `បន្ទាប់ពីបានផ្ញើឯកសារត្រីមាសនេះរួច។ សម្អាត ${columns}។ រក្សាទុកស្ថានភាព វឌ្ឍនភាព ផែនការ ថវិកា និងមន្ត្រីរាយការណ៍។`,
    nextQuarterButton: "ចាប់ផ្តើមត្រីមាសបន្ទាប់…",
    nextQuarterConfirm: (from, to) =>
      `តើត្រូវប្តូរសៀវភៅការងារនេះពី ${from} ទៅ ${to} មែនទេ? ជួរឈរប្រចាំត្រីមាសនឹងត្រូវសម្អាត។ សូមរក្សាច្បាប់ចម្លងនៃឯកសារដែលអ្នកបានផ្ញើ។`,
    nextQuarterGo: (to) => `ចាប់ផ្តើម ${to}`,
    cancel: "បោះបង់",
    startingNextQuarter: "កំពុងចាប់ផ្តើមត្រីមាសបន្ទាប់…",
    nextQuarterDone: (to, rows) => `ឥឡូវនេះ សៀវភៅការងារនេះសម្រាប់ ${to}។ ជួរឈរប្រចាំត្រីមាសត្រូវបានសម្អាតលើ ${kmNumber(rows)} ជួរ។`,
    nextQuarterLast: "នេះជាត្រីមាសចុងក្រោយនៃគោលនយោបាយ (២០៣៥)។",

    consolidateIntro:
      "សម្រាប់លេខាធិការដ្ឋាន៖ រៀបចំរបាយការណ៍ប្រចាំត្រីមាសរបស់ក្រុមប្រឹក្សា ពីឯកសារដែលគណៈកម្មាធិការដាក់ស្នើ។ ឯកសារនៅតែលើកុំព្យូទ័រនេះ។",
    reportLanguageLabel: "ភាសានៃរបាយការណ៍",
    filesLabel: "ឯកសារដាក់ស្នើនៃត្រីមាសនេះ",
    filesHint: "សៀវភៅការងារស្ថានភាពរបស់គណៈកម្មាធិការ (.xlsx)៖ អាចជ្រើសរើសច្រើនក្នុងពេលតែមួយ។",
    previousLabel: "ឯកសារដាក់ស្នើ ឬរបាយការណ៍នៃត្រីមាសមុន (ជាជម្រើស)",
    previousHint: "សម្រាប់សន្លឹកការផ្លាស់ប្តូរ ក្នុងរបាយការណ៍៖ ឯកសាររបស់គណៈកម្មាធិការនៃត្រីមាសមុន ឬរបាយការណ៍ដែលបានរៀបចំពីឯកសារទាំងនោះ។",
    chooseFiles: "ជ្រើសរើសឯកសារ…",
    clearFiles: "សម្អាត",
    noFiles: "មិនទាន់បានជ្រើសរើសឯកសារ។",
    filesChosen: (count) => `បានជ្រើសរើសឯកសារ ${kmNumber(count)}៖`,
    buildButton: "រៀបចំរបាយការណ៍",
    buildNeedsFiles: "សូមជ្រើសរើសឯកសារនៃត្រីមាសនេះជាមុនសិន។",
    buildProgressLabel: "កំពុងរៀបចំរបាយការណ៍",
    readingFile: (file, of, name) => `កំពុងអានឯកសារទី ${kmNumber(file)} ក្នុងចំណោម ${kmNumber(of)}៖ ${name}`,
    writingReport: "កំពុងសរសេររបាយការណ៍…",
    buildFailedTitle: "មិនអាចរៀបចំរបាយការណ៍បានទេ",
    builtTitle: (quarter) => `បានរៀបចំរបាយការណ៍សម្រាប់ ${quarter}`,
    noReportTitle: "គ្មានរបាយការណ៍",
    noReport: (quarter) => `គ្មានឯកសារណាមួយជាការដាក់ស្នើសម្រាប់ ${quarter} ដែលអាចប្រើបានទេ។ មូលហេតុមាននៅខាងក្រោម។`,
    filesAccepted: (accepted, total) => `បានទទួលយកឯកសារ ${kmNumber(accepted)} ក្នុងចំណោម ${kmNumber(total)}`,
    comparedWith: (files) => `ប្រៀបធៀបជាមួយឯកសារ ${kmNumber(files)} នៃត្រីមាសមុន`,
    measuresCount: (count) => `វិធានការ ${kmNumber(count)}`,
    dataIssues: (errors, warnings) =>
      `បញ្ហាទិន្នន័យ ${kmNumber(errors + warnings)} (កំហុស ${kmNumber(errors)}, ការព្រមាន ${kmNumber(warnings)})`,
    filesHeading: "ឯកសារ",
    previousFilesHeading: "ឯកសារនៃត្រីមាសមុន",
    fileAccepted: "បានទទួលយក",
    fileRejected: "បានបដិសេធ",
    fileSuperseded: "ត្រូវបានជំនួសដោយរបាយការណ៍ក្រោយ",
    fileRows: (rows) => `${kmNumber(rows)} ជួរ`,
    byStatusHeading: "វិធានការតាមស្ថានភាព",
    downloadButton: "ទាញយករបាយការណ៍",
    insertButton: "បញ្ចូលទៅក្នុងសៀវភៅការងារនេះ",
    inserting: "កំពុងបញ្ចូលរបាយការណ៍…",
    insertedTitle: "បានបញ្ចូលរបាយការណ៍",
    inserted: (sheets, charts) =>
      `បានបន្ថែមសន្លឹក ${kmNumber(sheets)} និងគំនូសតាង ${kmNumber(charts)} (នៅលើសន្លឹកសេចក្តីសង្ខេប) ទៅក្នុងសៀវភៅការងារនេះ។`,
    insertedReplaced: "របាយការណ៍ដែលបានបញ្ចូលពីមុន ត្រូវបានជំនួស។",
    insertUnsupported:
      "កំណែ Excel នេះមិនអាចបញ្ចូលសន្លឹករបស់របាយការណ៍បានទេ (ត្រូវការ ExcelApi 1.13)។ សូមទាញយករបាយការណ៍ ហើយបើកវាក្នុង Excel។",
    insertNeedsExcel: "សូមបើកកម្មវិធីតាមដានគោលនយោបាយពី Excel ដើម្បីបញ្ចូលរបាយការណ៍ទៅក្នុងសៀវភៅការងារ។",

    aboutHeading: "អំពីកម្មវិធីតាមដានគោលនយោបាយ",
    aboutText:
      "បំពេញស្ថានភាពនៃការអនុវត្តវិធានការគោលនយោបាយរបស់គណៈកម្មាធិការអ្នកប្រចាំត្រីមាស ពិនិត្យវា ហើយរៀបចំឯកសារសម្រាប់លេខាធិការដ្ឋាន ក.ស.ឌ។",
    catalogueHeading: "កាតាឡុក",
    versionLabel: "កំណែ",
    hashLabel: "កូដហាស",
    measuresLabel: "វិធានការ",
    sourceLabel: "ប្រភព",
    provenanceLabel: "ចំណងជើង",
    bundledSource: "ភ្ជាប់មកជាមួយកម្មវិធីបន្ថែម",
    importedSource: "បាននាំចូលនៅលើកុំព្យូទ័រនេះ",
    workingTitlesTitle: "ចំណងជើងបណ្ដោះអាសន្ន",
    workingTitles:
      "ចំណងជើងទាំងនេះជាចំណងជើងបណ្ដោះអាសន្ន ដែលសរសេរចេញពីគោលដៅ និងយុទ្ធសាស្ត្រនៃគោលនយោបាយ — មិនមែនជាផែនការសកម្មភាពផ្លូវការទេ។ សូមនាំចូលកាតាឡុកផ្លូវការ នៅពេលលេខាធិការដ្ឋានផ្ញើមក។",
    officialTitles: "ចំណងជើងបានមកពីផែនការសកម្មភាពផ្លូវការ។",
    importHeading: "នាំចូលកាតាឡុកផ្លូវការ",
    importHint:
      "ឯកសារកាតាឡុក (.json) ឬផែនការសកម្មភាពជា .csv ឬ .xlsx។ ការរៀបចំនឹងប្រើវា ហើយកុំព្យូទ័រនេះរក្សាទុកវា (ក្នុងកម្មវិធីរុករក) សម្រាប់ពេលក្រោយ។",
    importButton: "ជ្រើសរើសឯកសារ…",
    importing: "កំពុងអានឯកសារ…",
    importDoneTitle: "បាននាំចូលកាតាឡុក",
    importDone: (accepted, rows, version) =>
      `បាននាំចូល ${kmNumber(accepted)} ជួរ ក្នុងចំណោម ${kmNumber(rows)} ជាកាតាឡុក ${version}។ ការរៀបចំប្រើវាចាប់ពីពេលនេះ។`,
    importRejected: (count) => `បញ្ហា ${kmNumber(count)} ក្នុងឯកសារ៖`,
    importNothing: "មិនបាននាំចូលអ្វីទេ៖ ឯកសារគ្មានជួរវិធានការដែលអាចប្រើបាន។",
    importFailedTitle: "មិនបាននាំចូល",
    importNotKept: "កុំព្យូទ័រនេះមិនអាចរក្សាទុកកាតាឡុកបានទេ៖ វានឹងត្រូវប្រើរហូតដល់បិទផ្ទាំងនេះ។",
    problemsLabel: "បញ្ហាក្នុងឯកសារ",
    problemRow: (row) => `ជួរទី ${kmNumber(row)}`,
    useBundled: "ប្រើកាតាឡុកដែលភ្ជាប់មកជាមួយវិញ",
    rulesHeading: "ច្បាប់ពិនិត្យទិន្នន័យ",
    rulesHint: "ជួរនីមួយៗត្រូវបានពិនិត្យតាមច្បាប់ទាំងនេះ ទាំងក្នុង Excel និងពេលលេខាធិការដ្ឋានបូកសរុបឯកសារ។",
  },
};

/** Each language is named in itself, whatever the current language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: "English", km: "ខ្មែរ" };

export const LANGS: readonly Lang[] = ["en", "km"];
