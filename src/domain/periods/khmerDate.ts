import type { Lang } from "../text/lang";
import { asciiToKhmerDigits } from "../text/normalise";

/**
 * Dates as the report prints them: Cambodia's civil time (UTC+7 all year, no daylight saving), the
 * Khmer solar date, and the Buddhist Era year when it is certain.
 */
export const CAMBODIA_UTC_OFFSET_HOURS = 7;

export interface CivilDateTime {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

/** The wall-clock date and time in Phnom Penh at an instant, whatever the machine's time zone. */
export function cambodiaTime(instant: Date): CivilDateTime {
  const t = new Date(instant.getTime() + CAMBODIA_UTC_OFFSET_HOURS * 3_600_000);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    weekday: t.getUTCDay(),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** "22/10/2026" — day first, the way dates are written in Cambodia; Khmer digits in Khmer. */
export function formatDate(d: Pick<CivilDateTime, "year" | "month" | "day">, lang: Lang): string {
  const s = `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
  return lang === "km" ? asciiToKhmerDigits(s) : s;
}

/** "22/10/2026 14:05"; in Khmer "២២/១០/២០២៦ ម៉ោង ១៤:០៥". */
export function formatDateTime(d: CivilDateTime, lang: Lang): string {
  const time = `${pad(d.hour)}:${pad(d.minute)}`;
  return lang === "km" ? `${formatDate(d, "km")} ម៉ោង ${asciiToKhmerDigits(time)}` : `${formatDate(d, "en")} ${time}`;
}

export const KHMER_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"] as const;
export const KHMER_WEEKDAYS = ["អាទិត្យ", "ចន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍"] as const;

/** The Khmer solar date: "ថ្ងៃព្រហស្បតិ៍ ទី២២ ខែតុលា ឆ្នាំ២០២៦". */
export function khmerSolarDate(d: Pick<CivilDateTime, "year" | "month" | "day" | "weekday">): string {
  return `ថ្ងៃ${KHMER_WEEKDAYS[d.weekday]!} ទី${asciiToKhmerDigits(String(d.day))} ខែ${KHMER_MONTHS[d.month - 1]!} ឆ្នាំ${asciiToKhmerDigits(String(d.year))}`;
}

/**
 * The Buddhist Era year (ពុទ្ធសករាជ) of a date, or undefined when it cannot be told without the
 * Khmer lunar calendar. In Cambodia the BE year turns on the day after Visak Bochea (the full moon
 * of Pisakh), which falls between late April and early June: before it BE = CE + 543, after it
 * CE + 544. January-March is always before it and July-December always after; for April-June
 * the lunar date decides, and no answer is better than a wrong one.
 */
export function buddhistEraYear(d: Pick<CivilDateTime, "year" | "month">): number | undefined {
  if (d.month <= 3) return d.year + 543;
  if (d.month >= 7) return d.year + 544;
  return undefined;
}
