import type { Catalogue } from "../domain/catalogue/catalogue";
import type { CommitteeCode } from "../domain/ids";
import type { Lang } from "../domain/text/lang";
import type { Quarter } from "../domain/periods/periods";
import type { Feedback } from "../domain/consolidation/feedback";
import { checkFeedbackInWorkbook, type FeedbackCheck } from "../excel/applyFeedback";
import type { ExcelFailure, ExcelOutcome } from "../excel/errors";
import type { ExcelHost } from "../excel/host";
import { startAuditTrail, type AuditTrailHandle } from "../excel/auditTrail";
import { canInsertReport, insertReport, type InsertReportOptions, type InsertedReport } from "../excel/insertReport";
import { startLiveValidation, type LiveUpdate, type LiveValidationHandle } from "../excel/liveValidation";
import { prepareSubmission, type PrepareResult } from "../excel/prepareSubmission";
import { canOpenReportAsWorkbook, downloadsWork, openReportAsWorkbook } from "../excel/reportWorkbook";
import { selectCell, type CellLocation } from "../excel/selectCell";
import { setUpStatusWorkbook, type SetUpResult } from "../excel/setUpStatusWorkbook";
import { startNextQuarter, type NextQuarterResult } from "../excel/startNextQuarter";
import { validateStatusTable, type TableVerdict } from "../excel/validateStatusTable";
import { readWorkbookInfo, type WorkbookInfo } from "../excel/workbookInfo";
import { readWorkbookQuarter } from "../excel/workbookQuarter";

/** What the official chose on the Set up panel. */
export interface SetUpChoice {
  readonly catalogue: Catalogue;
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  /** Language of the sheets (not of the pane). */
  readonly lang: Lang;
}

/**
 * Everything the task pane asks of Excel, one method per thing the official does. Every method but
 * `readWorkbookInfo` returns failures as values (ExcelOutcome) with the gateway's bilingual message.
 * The pane gets an implementation through props: `excelGateway(officeHost())` in the add-in,
 * `excelGateway(createExcelFake())` in tests.
 */
export interface PaneGateway {
  /** The workbook's name, for the status line. Throws when Excel cannot be reached. */
  readWorkbookInfo(): Promise<WorkbookInfo>;
  /** "Set up (or refresh) this workbook for my committee and quarter." */
  setUpWorkbook(choice: SetUpChoice): Promise<ExcelOutcome<SetUpResult>>;
  /** "Check my whole table" (marks the cells with issues). */
  validateTable(catalogues: readonly Catalogue[]): Promise<ExcelOutcome<TableVerdict>>;
  /** "Check rows as I change them": `onUpdate` gets each changed rows' issues until the handle is stopped. */
  watchTable(
    catalogues: readonly Catalogue[],
    onUpdate: (update: LiveUpdate) => void,
    onFailure: (failure: ExcelFailure) => void,
  ): Promise<ExcelOutcome<LiveValidationHandle>>;
  /** "Show me this cell." */
  selectCell(location: CellLocation): Promise<ExcelOutcome<void>>;
  /** "Prepare my submission" as `officer`: refuses while errors remain, else stamps the workbook. */
  prepareSubmission(officer: string, catalogues: readonly Catalogue[]): Promise<ExcelOutcome<PrepareResult>>;
  /** "Start the next quarter in this workbook." */
  startNextQuarter(next: Quarter): Promise<ExcelOutcome<NextQuarterResult>>;
  /** The quarter in this workbook's metadata, if it has some (a default for the Consolidate panel). */
  readWorkbookQuarter(): Promise<Quarter | undefined>;
  /** Whether this Excel can insert a report's sheets (ExcelApi 1.13). */
  canInsertReport(): boolean;
  /** "Insert the report I built into this workbook", with charts of its Summary tables. */
  insertReport(report: Pick<InsertReportOptions, "bytes" | "withoutCharts">, lang: Lang): Promise<ExcelOutcome<InsertedReport>>;
  /** "Record my changes under my name" while the pane is open: `onLogged` gets the rows written each time. */
  startAuditTrail(officer: () => string, onLogged: (rows: number) => void, onFailure: (failure: ExcelFailure) => void): Promise<ExcelOutcome<AuditTrailHandle>>;
  /** "Where do the secretariat's items stand in my workbook?" (marks the cells with issues when `mark`). */
  checkFeedback(feedback: Feedback, catalogues: readonly Catalogue[], mark: boolean): Promise<ExcelOutcome<FeedbackCheck>>;
  /** Whether a download from the pane saves a file here (not in Excel on Mac or iPad). */
  downloadsWork(): boolean;
  /** Whether this Excel can open a file as a new workbook (Excel.createWorkbook, ExcelApi 1.8). */
  canOpenReportAsWorkbook(): boolean;
  /** "Open the report I built as a new workbook", to save it from there. */
  openReportAsWorkbook(bytes: Uint8Array): Promise<ExcelOutcome<void>>;
}

/** The gateway over an Excel host: Office.js in the add-in (`officeHost()`), the Excel fake in tests. */
export function excelGateway(host: ExcelHost): PaneGateway {
  return {
    readWorkbookInfo: () => readWorkbookInfo(host),
    setUpWorkbook: (choice) => setUpStatusWorkbook({ ...choice, host }),
    validateTable: (catalogues) => validateStatusTable({ catalogues, host }),
    watchTable: (catalogues, onUpdate, onFailure) =>
      startLiveValidation(onUpdate, { catalogues, host, onError: onFailure }),
    selectCell: (location) => selectCell(location, host),
    prepareSubmission: (officer, catalogues) => prepareSubmission({ officer, catalogues, host }),
    startNextQuarter: (next) => startNextQuarter({ nextQuarter: next, host }),
    readWorkbookQuarter: () => readWorkbookQuarter(host),
    canInsertReport: () => canInsertReport(host),
    insertReport: (report, lang) => insertReport({ ...report, lang, host }),
    startAuditTrail: (officer, onLogged, onFailure) => startAuditTrail({ officer, host, onLogged: (rows) => onLogged(rows.length), onError: onFailure }),
    checkFeedback: (feedback, catalogues, mark) => checkFeedbackInWorkbook({ feedback, catalogues, mark, host }),
    downloadsWork: () => downloadsWork(host),
    canOpenReportAsWorkbook: () => canOpenReportAsWorkbook(host),
    openReportAsWorkbook: (bytes) => openReportAsWorkbook(bytes, host),
  };
}
