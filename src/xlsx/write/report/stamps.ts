import { cambodiaTime, formatDateTime } from "../../../domain/periods/khmerDate";
import { stampInstant } from "../../../domain/periods/stamp";
import type { Lang } from "../../../domain/text/lang";
import type { CellValue } from "./grid";

/** A submission stamp as a date-time cell in Phnom Penh time, or the text as given when it is not a date. */
export function stampCell(raw: string | undefined): CellValue {
  if (!raw) return null;
  const t = stampInstant(raw);
  if (t === undefined) return raw;
  const c = cambodiaTime(new Date(t));
  return new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute));
}

/** A submission stamp inside a sentence, in Phnom Penh time; the text as given when it is not a date. */
export function stampText(raw: string | undefined, lang: Lang): string | undefined {
  if (!raw) return undefined;
  const t = stampInstant(raw);
  return t === undefined ? raw : formatDateTime(cambodiaTime(new Date(t)), lang);
}
