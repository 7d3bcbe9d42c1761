/**
 * The Office.js gateway: what the task pane calls. Every action takes an optional `host` (the
 * Excel fake in tests, Office.js otherwise) and returns an ExcelOutcome — a value, or a failure
 * with Office's error code and a message in English and Khmer.
 */
export { setUpStatusWorkbook, type SetUpOptions, type SetUpResult, type OrphanRow } from "./setUpStatusWorkbook";
export { validateStatusTable, type ValidateOptions, type TableVerdict } from "./validateStatusTable";
export { startLiveValidation, type LiveUpdate, type LiveValidationHandle, type LiveValidationOptions } from "./liveValidation";
export { prepareSubmission, type PrepareOptions, type PrepareResult, type SubmissionStamp } from "./prepareSubmission";
export { startNextQuarter, type NextQuarterOptions, type NextQuarterResult } from "./startNextQuarter";
export { selectCell, type CellLocation } from "./selectCell";
export { describeExcelError, attempt, GatewayRefusal, type ExcelFailure, type ExcelOutcome } from "./errors";
export { officeHost, type ExcelHost } from "./host";
export { MARK_FILLS } from "./issueMarks";
export { readWorkbookInfo, type WorkbookInfo } from "./workbookInfo";
export { insertReport, canInsertReport, INSERT_REQUIREMENT, type InsertReportOptions, type InsertedReport } from "./insertReport";
export { readWorkbookQuarter } from "./workbookQuarter";
