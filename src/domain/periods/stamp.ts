/**
 * Submission stamps are ISO 8601 instants (the add-in writes `toISOString()`), but a stamp may have
 * been typed or written elsewhere with an offset ("2026-10-06T16:00:00+07:00") or without a time.
 * Ordering them as text puts "…16:00+07:00" after "…10:00Z" although it is earlier, so stamps are
 * compared as instants. Only ISO forms are read: what JavaScript's Date.parse accepts beyond them
 * differs between engines.
 */
const ISO_STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

const instants = new Map<string, number | undefined>();
const INSTANTS_MAX = 4096;

/** Milliseconds since 1970 UTC; undefined when the text is not an ISO date or date-time. A stamp without a zone is taken as UTC. */
export function stampInstant(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  // Sorting submissions compares each stamp many times: each is read once (bounded, for long sessions).
  if (instants.has(raw)) return instants.get(raw);
  const instant = readInstant(raw);
  if (instants.size >= INSTANTS_MAX) instants.clear();
  instants.set(raw, instant);
  return instant;
}

function readInstant(raw: string): number | undefined {
  const m = ISO_STAMP.exec(raw.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((p) => (p === undefined ? undefined : Number(p)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 59) return undefined;
  const millis = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const utc = Date.UTC(year!, month! - 1, day!, hour, minute, second) + Math.floor(millis);
  // 2026-02-30 would roll over into March: not a date.
  if (new Date(utc).getUTCDate() !== day) return undefined;
  return utc - offsetMinutes(m[8]) * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const sign = digits.startsWith("-") ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}
