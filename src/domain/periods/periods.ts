import type { Brand } from "../ids";
import type { Lang } from "../text/lang";
import { asciiToKhmerDigits, khmerToAsciiDigits, normaliseText } from "../text/normalise";

/** A reporting quarter, always "YYYY-Qn". The fiscal year is the calendar year. */
export type Quarter = Brand<string, "Quarter">;
/** A calendar date as "YYYY-MM-DD"; the domain never needs time of day or time zones. */
export type IsoDate = Brand<string, "IsoDate">;

/** The policy horizon: DESPF 2021-2035. */
export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2035;

const QUARTER_FORMS = [/^(\d{4})\s*[-/ ]?\s*q([1-4])$/i, /^q([1-4])\s*[-/ ]?\s*(\d{4})$/i];

export function parseQuarter(raw: string): Quarter | undefined {
  const text = khmerToAsciiDigits(normaliseText(raw)).replace(/^ត្រីមាសទី/, "Q").replace(/\s*ឆ្នាំ\s*/, " ");
  for (const [i, form] of QUARTER_FORMS.entries()) {
    const m = form.exec(text);
    if (!m) continue;
    const year = Number(i === 0 ? m[1] : m[2]);
    const q = Number(i === 0 ? m[2] : m[1]);
    if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
    return makeQuarter(year, q);
  }
  return undefined;
}

function makeQuarter(year: number, q: number): Quarter {
  return `${year}-Q${q}` as Quarter;
}

export function quarterParts(quarter: Quarter): { year: number; q: 1 | 2 | 3 | 4 } {
  return { year: Number(quarter.slice(0, 4)), q: Number(quarter.slice(6)) as 1 | 2 | 3 | 4 };
}

export function previousQuarter(quarter: Quarter): Quarter {
  const { year, q } = quarterParts(quarter);
  return q === 1 ? makeQuarter(year - 1, 4) : makeQuarter(year, q - 1);
}

export function nextQuarter(quarter: Quarter): Quarter {
  const { year, q } = quarterParts(quarter);
  return q === 4 ? makeQuarter(year + 1, 1) : makeQuarter(year, q + 1);
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function quarterRange(quarter: Quarter): { start: IsoDate; end: IsoDate } {
  const { year, q } = quarterParts(quarter);
  const lastMonth = q * 3;
  return { start: isoDate(year, lastMonth - 2, 1), end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)) };
}

export function formatQuarter(quarter: Quarter, lang: Lang): string {
  const { year, q } = quarterParts(quarter);
  return lang === "km" ? `ត្រីមាសទី${asciiToKhmerDigits(String(q))} ឆ្នាំ${asciiToKhmerDigits(String(year))}` : `Q${q} ${year}`;
}

/** The quarter a date falls in (useful as a default in the UI). */
export function quarterOf(date: Date): Quarter | undefined {
  const year = date.getFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  return makeQuarter(year, Math.floor(date.getMonth() / 3) + 1);
}

/** Every quarter of the policy horizon, for pickers. */
export function allQuarters(): Quarter[] {
  const out: Quarter[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) for (let q = 1; q <= 4; q++) out.push(makeQuarter(y, q));
  return out;
}
