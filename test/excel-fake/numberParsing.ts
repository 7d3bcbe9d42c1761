/**
 * What Excel stores when text reaches a cell, written through `Range.values` or typed by a user.
 *
 * Excel parses the text the way it parses what is typed: a leading apostrophe keeps it as text,
 * "=…" is a formula, and numbers, percentages, fractions, booleans, dates and times become numbers
 * or booleans — "00123" → 123, "1e5" → 100000, "1 1/2" → 1.5, "TRUE" → true, "Dec 2025" → 1 Dec
 * 2025, "2-Mar" → 2 March, "9 AM" → 0.375. A cell formatted as Text ("@") keeps what it gets.
 *
 * Dates follow a culture: what a user types is read with the computer's regional settings
 * (Application.cultureInfo, ExcelApi 1.11), so "05/07/2026" is 7 May under en-US and 5 July under
 * en-GB or km-KH, and "15/07/2026" stays text under en-US. `Range.values` always parses as en-US,
 * whatever the user's settings (office-js #1559: "the APIs use USA locale by default"; locale-aware
 * writes go through formulasLocal). Serials count days from 1899-12-30, or from 1904-01-01 in a
 * workbook that uses the 1904 date system.
 */
import type { Scalar, StoredInput } from "./model";

export type Culture = "en-US" | "en-GB" | "km-KH";

export interface ParseOptions {
  /** Whose date order applies: "en-US" for Range.values, the user's culture for typing. */
  readonly culture: Culture;
  readonly date1904?: boolean;
  /** The cell is formatted as Text ("@"): everything stays text. */
  readonly textFormat?: boolean;
}

export const FORMULA_PLACEHOLDER = "#FAKE!";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 1-12 for an English month name or its abbreviation of three letters or more ("Dec", "Sept", "July"). */
function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  const i = lower.length < 3 ? -1 : MONTHS.findIndex((m) => m.startsWith(lower));
  return i < 0 ? undefined : i + 1;
}

/** Days since Excel's epoch for a calendar date; undefined when the date does not exist. */
export function dateSerial(year: number, month: number, day: number, date1904 = false): number | undefined {
  if (month < 1 || month > 12 || day < 1 || year < (date1904 ? 1904 : 1900) || year > 9999) return undefined;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return Math.round((t - epoch) / 86_400_000);
}

/** Two-digit years as Excel reads them: 00-29 → 2000s, 30-99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

const thisYear = (): number => new Date().getUTCFullYear();

function asDate(year: number, month: number, day: number, options: ParseOptions, format: string): StoredInput | undefined {
  const serial = dateSerial(year, month, day, options.date1904);
  return serial === undefined ? undefined : { value: serial, autoFormat: format };
}

/** Numeric and month-name dates, in the culture's order. */
function parseDate(t: string, options: ParseOptions): StoredInput | undefined {
  const dayFirst = options.culture !== "en-US";
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return asDate(Number(m[1]), Number(m[2]), Number(m[3]), options, "yyyy-mm-dd");
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    // "1.5" is a number, not 1 May: dots make a date only with a year.
    if (t.includes(".") && m[3] === undefined) return undefined;
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = m[3] === undefined ? thisYear() : fullYear(m[3]);
    return dayFirst ? asDate(year, b, a, options, "dd/mm/yyyy") : asDate(year, a, b, options, "m/d/yyyy");
  }
  // 15-Jul-2026, 15 July 2026, 2-Mar, 2 Mar
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?(?:[\s-]+(\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    if (month === undefined) return undefined;
    return asDate(m[3] === undefined ? thisYear() : fullYear(m[3]), month, Number(m[1]), options, m[3] === undefined ? "d-mmm" : "d-mmm-yy");
  }
  // Dec 2025, December 2025, Jul 15, 2026, Mar 2
  m = /^([A-Za-z]{3,9})\.?[\s-]+(\d{1,4})(?:,?\s+(\d{4}))?$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    if (month === undefined) return undefined;
    const n = m[2]!;
    if (m[3] !== undefined) return asDate(Number(m[3]), month, Number(n), options, "d-mmm-yy");
    if (n.length === 4 || Number(n) > 31) return asDate(fullYear(n), month, 1, options, "mmm-yy");
    return asDate(thisYear(), month, Number(n), options, "d-mmm");
  }
  return undefined;
}

/** 9 AM, 9:30, 9:30 pm, 13:45:10 → a fraction of a day. */
function parseTime(t: string): StoredInput | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(t);
  if (!m || (m[2] === undefined && m[4] === undefined)) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  const s = Number(m[3] ?? 0);
  if (m[4]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return undefined;
  return { value: (h * 3600 + min * 60 + s) / 86_400, autoFormat: m[4] ? "h:mm AM/PM" : "h:mm" };
}

function parseNumber(t: string): StoredInput | undefined {
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return { value: Number(t) };
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return { value: Number(t.replace(/,/g, "")), autoFormat: "#,##0" };
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)[eE][-+]?\d+$/.test(t)) return { value: Number(t), autoFormat: "0.00E+00" };
  const percent = /^([-+]?(\d+(\.\d*)?|\.\d+))\s*%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, autoFormat: "0%" };
  const money = /^([-+]?)\$\s*(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/.exec(t);
  if (money) return { value: Number(`${money[1]}${money[2]!.replace(/,/g, "")}${money[4] ?? ""}`), autoFormat: "$#,##0" };
  const fraction = /^([-+]?\d+)\s+(\d+)\/(\d+)$/.exec(t);
  if (fraction && Number(fraction[3]) > 0) {
    const whole = Number(fraction[1]);
    const part = Number(fraction[2]) / Number(fraction[3]);
    return { value: whole < 0 ? whole - part : whole + part, autoFormat: "# ?/?" };
  }
  return undefined;
}

/** What a cell stores for `input` (see the file's comment). */
export function parseInput(input: Scalar, options: ParseOptions): StoredInput {
  if (typeof input !== "string") return { value: input };
  if (input === "") return { value: "" };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (options.textFormat) return { value: input };
  if (input.startsWith("=") && input.length > 1) return { value: FORMULA_PLACEHOLDER, formula: input };
  const t = input.trim();
  const number = parseNumber(t);
  if (number) return number;
  if (/^[+\-@]./.test(input)) return { value: "#NAME?", formula: `=${input.replace(/^@/, "")}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  return parseDate(t, options) ?? parseTime(t) ?? { value: input };
}
