import type { Lang, LocalText } from "../text/lang";
import { STATUS_COLOURS, STATUS_LABELS, parseStatus } from "../entries/status";
import { labelKey } from "../text/normalise";
import type { ReportStatus } from "./types";

/** A measure whose lead committee gave no usable entry. */
export const NOT_REPORTED_LABEL: LocalText = { en: "Not reported", km: "មិនបានរាយការណ៍" };

/** Labels of the report's statuses: the six of the workbook, plus "Not reported". */
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, LocalText>> = { ...STATUS_LABELS, "not-reported": NOT_REPORTED_LABEL };

/** Colours of the report's statuses (RGB hex): the workbook's, plus a light orange for "Not reported". */
export const REPORT_STATUS_COLOURS: Readonly<Record<ReportStatus, string>> = { ...STATUS_COLOURS, "not-reported": "F8CBAD" };

export function reportStatusLabel(status: ReportStatus, lang: Lang): string {
  return REPORT_STATUS_LABELS[status][lang];
}

/** A report's status cell read back (English or Khmer): one of the workbook's statuses, or "Not reported". */
export function parseReportStatus(raw: string): ReportStatus | undefined {
  const key = labelKey(raw);
  if (key === labelKey(NOT_REPORTED_LABEL.en) || key === labelKey(NOT_REPORTED_LABEL.km)) return "not-reported";
  return parseStatus(raw);
}
