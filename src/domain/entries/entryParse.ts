import type { Cell } from "./cells";
import { FIRST_YEAR, isoDate, daysInMonth, type IsoDate } from "../periods/periods";
import { khmerToAsciiDigits, normaliseText } from "../text/normalise";

/** A parsed value, or why it could not be parsed; `undefined` means the cell is blank. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; raw: string } | undefined;

const isBlank = (cell: Cell | undefined): boolean =>
  !cell || cell.value === null || (typeof cell.value === "string" && normaliseText(cell.value) === "");

function numberFromText(raw: string): number | undefined {
  const t = khmerToAsciiDigits(normaliseText(raw)).replace(/[\s,$៛]/g, "").replace(/^USD|USD$/i, "");
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/**
 * Progress as percent points (0-100): 45, "45", "45%", "៤៥%", and 0.45 in a percent-formatted
 * cell (Excel stores 45% as 0.45).
 */
export function parseProgress(cell: Cell | undefined): Parsed<number> {
  if (isBlank(cell) && !cell?.error) return undefined;
  const c = cell!;
  if (typeof c.value === "number") return { ok: true, value: c.format === "percent" ? round2(c.value * 100) : c.value };
  const raw = c.error ?? String(c.value);
  const text = khmerToAsciiDigits(normaliseText(raw));
  const n = numberFromText(text.replace(/%\s*$/, ""));
  if (n === undefined) return { ok: false, raw };
  return { ok: true, value: n };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Excel serial (1900 system) to a calendar date; serial 1 is 1900-01-01 (with Excel's leap-year bug). */
export function serialToIso(serial: number, date1904 = false): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function isoToSerial(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function validDate(y: number, m: number, d: number): IsoDate | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || y < 1900 || y > 9999) return undefined;
  return isoDate(y, m, d);
}

/**
 * Dates as Excel serials or date cells, ISO text (2026-07-15), or day-first text (15/07/2026,
 * 15-07-2026, 15.07.2026), the way dates are written in Cambodia; Khmer digits accepted. Text is
 * what Excel left of a date it could not read with the computer's regional settings — day-first
 * under US settings, month-first under day-first ones — so a text that can only be month-first
 * (07/15/2026) is read that way.
 */
export function parseDate(cell: Cell | undefined): Parsed<IsoDate> {
  if (isBlank(cell) && !cell?.error) return undefined;
  const c = cell!;
  if (typeof c.value === "number") {
    // A bare year typed into a date cell is a common slip: not a date.
    const iso = c.value >= FIRST_YEAR - 100 && c.value <= 2100 && c.format !== "date" ? undefined : serialToIso(c.value);
    return iso ? { ok: true, value: iso } : { ok: false, raw: String(c.value) };
  }
  const raw = c.error ?? String(c.value);
  const text = khmerToAsciiDigits(normaliseText(raw));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) {
    const v = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return v ? { ok: true, value: v } : { ok: false, raw };
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const v = validDate(y, b, a) ?? (b > 12 ? validDate(y, a, b) : undefined);
    return v ? { ok: true, value: v } : { ok: false, raw };
  }
  return { ok: false, raw };
}

/** Money: numbers, or text with thousands separators, a $ or ៛ sign, Khmer digits. */
export function parseMoney(cell: Cell | undefined): Parsed<number> {
  if (isBlank(cell) && !cell?.error) return undefined;
  const c = cell!;
  if (typeof c.value === "number") return { ok: true, value: c.value };
  const raw = c.error ?? String(c.value);
  const n = numberFromText(raw);
  return n === undefined ? { ok: false, raw } : { ok: true, value: n };
}

/** Text as typed: a formula's cached result, never the formula; numbers and booleans as text. */
export function parseText(cell: Cell | undefined): string {
  if (!cell || cell.value === null) return "";
  return normaliseText(typeof cell.value === "string" ? cell.value : String(cell.value));
}

/** Text that a spreadsheet would run as a formula if written unescaped (CSV/formula injection). */
export function looksLikeFormula(text: string): boolean {
  // Every pattern starts with one of = @ + -: most cells are ruled out by their first character.
  const first = text.charCodeAt(0);
  if (first !== 0x3d && first !== 0x40 && first !== 0x2b && first !== 0x2d) return false;
  return /^[=@]/.test(text) || /^[+-][^\s\d]/.test(text) || /^[+-]\d.*[()!|]/.test(text);
}
