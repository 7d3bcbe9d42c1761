import type { Lang, LocalText } from "../text/lang";
import { labelKey } from "../text/normalise";

export const STATUS_CODES = ["not-started", "on-track", "at-risk", "delayed", "completed", "discontinued"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const STATUS_LABELS: Readonly<Record<StatusCode, LocalText>> = {
  "not-started": { en: "Not started", km: "មិនទាន់ចាប់ផ្តើម" },
  "on-track": { en: "On track", km: "តាមផែនការ" },
  "at-risk": { en: "At risk", km: "មានហានិភ័យ" },
  delayed: { en: "Delayed", km: "យឺតយ៉ាវ" },
  completed: { en: "Completed", km: "បានបញ្ចប់" },
  discontinued: { en: "Discontinued", km: "បានបញ្ឈប់" },
};

/** Traffic-light colours shared by the workbook's conditional formats and the report (RGB hex). */
export const STATUS_COLOURS: Readonly<Record<StatusCode, string>> = {
  "not-started": "D9D9D9",
  "on-track": "C6EFCE",
  "at-risk": "FFEB9C",
  delayed: "FFC7CE",
  completed: "9BC2E6",
  // Darker than "not started", so the two stay apart as chart bars; black text on it is still 6:1.
  discontinued: "8C8C8C",
};

const byKey = new Map<string, StatusCode>();
for (const code of STATUS_CODES) {
  byKey.set(labelKey(code), code);
  byKey.set(labelKey(STATUS_LABELS[code].en), code);
  byKey.set(labelKey(STATUS_LABELS[code].km), code);
}
// Khmer spellings officials commonly type with the other form of the subscript "ត/ដ".
byKey.set(labelKey("មិនទាន់ចាប់ផ្ដើម"), "not-started");

/** Parses a status typed in English or Khmer, ignoring case, spacing and zero-width spaces. */
export function parseStatus(raw: string): StatusCode | undefined {
  return byKey.get(labelKey(raw));
}

export function statusLabel(code: StatusCode, lang: Lang): string {
  return STATUS_LABELS[code][lang];
}
