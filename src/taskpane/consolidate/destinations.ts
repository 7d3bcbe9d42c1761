import type { PaneGateway } from "../gateway";

/** Whether the report's sheets can go into the open workbook: only in Excel with ExcelApi 1.13 (not on iPad). */
export type InsertAvailability = "available" | "unsupported" | "outside-excel";

/** Where a built report can go from here. */
export interface ReportDestinations {
  /** A download saves the file: outside Excel, in Excel on Windows and on the web; not on Mac or iPad. */
  readonly download: boolean;
  readonly insert: InsertAvailability;
  /** Excel can open the report as a new workbook of its own (ExcelApi 1.8), to be saved from there. */
  readonly open: boolean;
}

export function insertAvailability(gateway: PaneGateway | undefined): InsertAvailability {
  if (!gateway) return "outside-excel";
  return gateway.canInsertReport() ? "available" : "unsupported";
}

export function reportDestinations(gateway: PaneGateway | undefined): ReportDestinations {
  if (!gateway) return { download: true, insert: "outside-excel", open: false };
  return { download: gateway.downloadsWork(), insert: insertAvailability(gateway), open: gateway.canOpenReportAsWorkbook() };
}

/**
 * "Open as a new workbook" is offered where the report could not otherwise become a file or a part
 * of this workbook: no download here (Mac, iPad), no insert, or an insert Excel refused.
 */
export function offersOpen(destinations: ReportDestinations, insertRefused: boolean): boolean {
  return destinations.open && (!destinations.download || destinations.insert !== "available" || insertRefused);
}
