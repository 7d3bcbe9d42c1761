import { toBase64 } from "./base64";
import { attempt, type ExcelOutcome } from "./errors";
import { REQUEST_BUDGET_BYTES, officeHost, type ExcelHost } from "./host";

/** Excel.createWorkbook came with ExcelApi 1.8 (Excel 2019 and later, Microsoft 365, Mac, iPad, the web). */
export const OPEN_REQUIREMENT = { set: "ExcelApi", version: "1.8" } as const;

/**
 * Platforms whose task pane drops a browser download without a word: Excel on Mac and on iPad host
 * the pane in WKWebView, which ignores `<a download>` (office-js #2700, closed "by design"; #3385,
 * #4681). Excel on Windows (WebView2) and in a browser save it.
 */
const NO_DOWNLOADS: readonly string[] = ["Mac", "iOS"];

/** Whether a download from the pane reaches the user here. Outside Office (no platform) it does. */
export function downloadsWork(host: Pick<ExcelHost, "platform">): boolean {
  return host.platform === undefined || !NO_DOWNLOADS.includes(host.platform);
}

export function canOpenReportAsWorkbook(host: ExcelHost = officeHost()): boolean {
  return host.createWorkbook !== undefined && host.isSetSupported(OPEN_REQUIREMENT.set, OPEN_REQUIREMENT.version);
}

/**
 * "Open the report as a new workbook": Excel opens the file in a window of its own, where the user
 * saves it. On a Mac that window may open behind this one (office-js #6943). Excel on the web takes
 * one request of at most 5 MB; elsewhere the file goes as it is.
 */
export async function openReportAsWorkbook(bytes: Uint8Array, host: ExcelHost = officeHost()): Promise<ExcelOutcome<void>> {
  if (!canOpenReportAsWorkbook(host)) return refusal(NOT_SUPPORTED);
  const base64 = toBase64(bytes);
  if (host.platform === "OfficeOnline" && base64.length > REQUEST_BUDGET_BYTES) return refusal(TOO_LARGE);
  return attempt(() => host.createWorkbook!(base64));
}

function refusal(failure: { code: string; en: string; km: string }): ExcelOutcome<never> {
  return { ok: false, failure: { code: failure.code, message: { en: failure.en, km: failure.km } } };
}

const NOT_SUPPORTED = {
  code: "PolicyTracker.OpenWorkbookUnsupported",
  en: "This version of Excel cannot open a file as a new workbook (it needs ExcelApi 1.8). Build the report with policy-tracker consolidate instead.",
  km: "កំណែ Excel នេះមិនអាចបើកឯកសារជាសៀវភៅការងារថ្មីបានទេ (ត្រូវការ ExcelApi 1.8)។ សូមបង្កើតរបាយការណ៍ដោយប្រើ policy-tracker consolidate ជំនួសវិញ។",
};

const TOO_LARGE = {
  code: "PolicyTracker.ReportTooLarge",
  en: "The report is too large for Excel on the web to receive in one request. Download it instead.",
  km: "របាយការណ៍ធំពេកសម្រាប់ Excel លើបណ្តាញទទួលក្នុងសំណើតែមួយ។ សូមទាញយកវាជំនួសវិញ។",
};
