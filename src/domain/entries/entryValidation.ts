import type { Lang } from "../text/lang";
import type { ColumnDef } from "../statusSheet/columns";
import { FIRST_YEAR, LAST_YEAR, isoDate, type IsoDate } from "../periods/periods";
import { STATUS_CODES, STATUS_LABELS } from "./status";

/**
 * The spreadsheet's own data validation for each entry column, as data: which values the cell
 * accepts and what the prompt and the error say. Writers translate it into ExcelJS or Office.js.
 * Excel skips validation on paste, so the rules in ./rules stay the real check.
 */
export type EntryValidationRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | {
      readonly kind: "decimalBetween";
      readonly min: number;
      readonly max: number;
    }
  | { readonly kind: "decimalAtLeast"; readonly min: number }
  | {
      readonly kind: "dateBetween";
      readonly from: IsoDate;
      readonly to: IsoDate;
    }
  | { readonly kind: "textLengthAtMost"; readonly max: number };

export interface EntryValidation {
  readonly rule: EntryValidationRule;
  /** "stop" refuses the entry; "warning" lets the user keep it. */
  readonly style: "stop" | "warning";
  readonly prompt: { readonly title: string; readonly message: string };
  readonly error: { readonly title: string; readonly message: string };
}

/** How a date is shown to officials: year first, the one form Excel reads alike under every regional setting. */
export const DATE_EXAMPLE = "2026-07-15";

/** Excel's limits on validation texts: longer ones make Excel refuse the rule or report the file corrupt. */
export const VALIDATION_TEXT_LIMITS = {
  title: 32,
  prompt: 255,
  error: 225,
  list: 255,
} as const;

export function entryValidation(col: ColumnDef, lang: Lang): EntryValidation | undefined {
  if (col.kind !== "entry") return undefined;
  const en = lang === "en";
  switch (col.type) {
    case "status": {
      const labels = STATUS_CODES.map((code) => STATUS_LABELS[code][lang]);
      return {
        rule: { kind: "list", values: labels },
        style: "stop",
        prompt: {
          title: col.label[lang],
          message: en ? `Choose from the list: ${labels.join(", ")}.` : `សូមជ្រើសរើសពីបញ្ជី៖ ${labels.join(", ")}។`,
        },
        error: {
          title: en ? "Status not in the list" : "ស្ថានភាពមិនមានក្នុងបញ្ជី",
          message: en ? `Choose one of: ${labels.join(", ")}.` : `សូមជ្រើសរើសមួយក្នុងចំណោម៖ ${labels.join(", ")}។`,
        },
      };
    }
    case "percent":
      return {
        rule: { kind: "decimalBetween", min: 0, max: 100 },
        style: "stop",
        prompt: {
          title: col.label[lang],
          message: en
            ? `A number from 0 to 100: type 45 for 45%. ${STATUS_LABELS.completed.en} = 100, ${STATUS_LABELS["not-started"].en} = 0.`
            : `លេខពី 0 ដល់ 100៖ វាយ 45 សម្រាប់ 45%។ ${STATUS_LABELS.completed.km} = 100, ${STATUS_LABELS["not-started"].km} = 0។`,
        },
        error: {
          title: en ? "Progress out of range" : "វឌ្ឍនភាពមិនត្រឹមត្រូវ",
          message: en ? "Progress must be a number from 0 to 100." : "វឌ្ឍនភាពត្រូវតែជាលេខពី 0 ដល់ 100។",
        },
      };
    case "date": {
      // Year first: Excel reads 2026-07-15 as the same date under every regional setting, while
      // 05/07/2026 is 7 May under US settings and 15/07/2026 is not a date there at all.
      const from = isoDate(FIRST_YEAR, 1, 1);
      const to = isoDate(LAST_YEAR, 12, 31);
      return {
        rule: {
          kind: "dateBetween",
          from: isoDate(FIRST_YEAR, 1, 1),
          to: isoDate(LAST_YEAR, 12, 31),
        },
        style: "stop",
        prompt: {
          title: en ? `Date, e.g. ${DATE_EXAMPLE}` : `កាលបរិច្ឆេទ ឧ. ${DATE_EXAMPLE}`,
          message: en
            ? `A date from ${from} to ${to}, typed year first, e.g. ${DATE_EXAMPLE}: every computer reads it the same way.`
            : `កាលបរិច្ឆេទពី ${from} ដល់ ${to} វាយឆ្នាំមុន ឧទាហរណ៍ ${DATE_EXAMPLE}៖ កុំព្យូទ័រគ្រប់គ្រឿងអានវាដូចគ្នា។`,
        },
        error: {
          title: en ? "Not a valid date" : "កាលបរិច្ឆេទមិនត្រឹមត្រូវ",
          message: en ? `Type a date from ${from} to ${to}, e.g. ${DATE_EXAMPLE}.` : `សូមវាយកាលបរិច្ឆេទពី ${from} ដល់ ${to} ឧទាហរណ៍ ${DATE_EXAMPLE}។`,
        },
      };
    }
    case "money":
      return {
        rule: { kind: "decimalAtLeast", min: 0 },
        style: "stop",
        prompt: {
          title: en ? "Amount (USD)" : "ចំនួនទឹកប្រាក់ (ដុល្លារ)",
          message: en ? "An amount in US dollars, 0 or more, without a currency sign." : "ចំនួនទឹកប្រាក់ជាដុល្លារអាមេរិក ចាប់ពី 0 ឡើងទៅ ដោយមិនបាច់សរសេរនិមិត្តសញ្ញារូបិយប័ណ្ណ។",
        },
        error: {
          title: en ? "Not a valid amount" : "ចំនួនទឹកប្រាក់មិនត្រឹមត្រូវ",
          message: en ? "The amount must be a number, 0 or more." : "ចំនួនទឹកប្រាក់ត្រូវតែជាលេខ ចាប់ពី 0 ឡើងទៅ។",
        },
      };
    case "longText":
    case "text":
    case "url": {
      if (col.maxLength === undefined) return undefined;
      const n = col.maxLength;
      const url = col.type === "url";
      return {
        rule: { kind: "textLengthAtMost", max: n },
        style: "warning",
        prompt: {
          title: url ? (en ? "Web link" : "តំណគេហទំព័រ") : en ? "Text" : "អត្ថបទ",
          message: url
            ? en
              ? `A full web address starting with https:// (at most ${n} characters).`
              : `អាសយដ្ឋានគេហទំព័រពេញលេញ ចាប់ផ្តើមដោយ https:// (យ៉ាងច្រើន ${n} តួអក្សរ)។`
            : en
              ? `At most ${n} characters. Write plain text, not formulas.`
              : `យ៉ាងច្រើន ${n} តួអក្សរ។ សូមសរសេរជាអត្ថបទធម្មតា មិនមែនរូបមន្តទេ។`,
        },
        error: {
          title: en ? "Text too long" : "អត្ថបទវែងពេក",
          message: en ? `This text is longer than ${n} characters.` : `អត្ថបទនេះវែងជាង ${n} តួអក្សរ។`,
        },
      };
    }
    default:
      return undefined;
  }
}

/** Texts over Excel's limits, as messages; empty when the validation is writable. */
export function validationLimitProblems(v: EntryValidation): string[] {
  const out: string[] = [];
  const L = VALIDATION_TEXT_LIMITS;
  if (v.prompt.title.length > L.title) out.push(`prompt title over ${L.title} characters: ${v.prompt.title}`);
  if (v.error.title.length > L.title) out.push(`error title over ${L.title} characters: ${v.error.title}`);
  if (v.prompt.message.length > L.prompt) out.push(`prompt over ${L.prompt} characters`);
  if (v.error.message.length > L.error) out.push(`error message over ${L.error} characters`);
  if (v.rule.kind === "list" && v.rule.values.join(",").length > L.list) out.push(`list over ${L.list} characters`);
  return out;
}
