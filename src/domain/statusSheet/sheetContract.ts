import type { Catalogue, Measure } from "../catalogue/catalogue";
import type { NumberFormatClass } from "../entries/cells";
import { committee as committeeInfo } from "../catalogue/committees";
import { type CommitteeCode } from "../ids";
import { pick, type Lang, type LocalText } from "../text/lang";
import { LAYOUT_VERSION, ROLE_LABELS, type ColumnDef, type ColumnKey, type MetaKey } from "./columns";
import { formatQuarter, type Quarter } from "../periods/periods";

/**
 * The status workbook's sheet contract beyond the column list: where things sit, the sheets'
 * wording, number formats and fills. Every writer of the workbook (ExcelJS template, Office.js
 * gateway) uses these, so a workbook set up in Excel reads exactly like a generated template.
 */

/** 1-based Excel rows of the status sheet. The header row is a contract (README). */
export const STATUS_SHEET_ROWS = {
  title: 1,
  note: 2,
  header: 3,
  firstBody: 4,
} as const;
/** 1-based Excel rows of the catalogue sheet. */
export const CATALOGUE_SHEET_ROWS = {
  title: 1,
  note: 2,
  header: 3,
  firstBody: 4,
} as const;
/** The metadata sheet: key/value rows under a header row; key i sits on row i + 2. */
export const META_SHEET_ROWS = { header: 1, firstKey: 2 } as const;

/** The metadata of a newly written status table. It carries no submission stamp: any earlier one no longer describes it. */
export function newTableMeta(catalogue: Catalogue, committee: CommitteeCode, quarter: Quarter, lang: Lang): Record<MetaKey, string> {
  return {
    committee,
    quarter,
    catalogueVersion: catalogue.version,
    catalogueHash: catalogue.hash,
    layoutVersion: LAYOUT_VERSION,
    language: lang,
    submittedAt: "",
    submittedBy: "",
    contentChecksum: "",
  };
}

/** Number formats by column type: progress is a plain number shown with a literal %, not a percent. */
export const NUMBER_FORMATS = {
  goal: "0",
  percent: '0"%"',
  date: "dd/mm/yyyy",
  money: "#,##0",
} as const;

export function numberFormatFor(col: ColumnDef): string | undefined {
  switch (col.type) {
    case "goal":
      return NUMBER_FORMATS.goal;
    case "percent":
      return NUMBER_FORMATS.percent;
    case "date":
      return NUMBER_FORMATS.date;
    case "money":
      return NUMBER_FORMATS.money;
    default:
      return undefined;
  }
}

/** The catalogue cells of a measure's row on the status sheet, by column; entry columns are absent. */
export function statusCatalogueCells(m: Measure, committee: CommitteeCode, lang: Lang): Partial<Record<ColumnKey, string | number>> {
  return {
    id: m.id,
    goal: m.goal,
    title: pick(m.title, lang),
    lead: m.lead,
    role: (m.lead === committee ? ROLE_LABELS.lead : ROLE_LABELS.supporting)[lang],
  };
}

/** Titles and long texts wrap. */
export function wrapsText(col: ColumnDef): boolean {
  return col.type === "longText" || col.key === "title";
}

/** What kind of number a format code shows; quoted literals ('0"%"') say nothing about the kind. */
export function classifyNumberFormat(code: string): NumberFormatClass {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (bare.includes("%")) return "percent";
  if (/[dmyhs]/i.test(bare) && !/[0#?]/.test(bare)) return "date";
  return "other";
}

/** Fills as RGB hex (no #): grey catalogue cells, dark header cells. */
export const SHEET_FILLS = {
  catalogueCell: "EDEDED",
  catalogueHeader: "595959",
  entryHeader: "1F4E78",
  title: "1F4E78",
} as const;

/** Wording of the status and catalogue sheets (column labels, statuses and roles come from ./layout and ./status). */
export const SHEET_TEXT = {
  guidance: {
    en: "Fill in the white columns; grey columns come from the catalogue and are locked.",
    km: "សូមបំពេញជួរឈរពណ៌ស។ ជួរឈរពណ៌ប្រផេះបានមកពីកាតាឡុក ហើយត្រូវបានចាក់សោ។",
  },
  workingTitles: {
    en: "Measure titles are working titles, not the official wording of the action plan.",
    km: "ចំណងជើងវិធានការជាចំណងជើងបណ្ដោះអាសន្ន មិនមែនជាខ្លឹមសារផ្លូវការនៃផែនការសកម្មភាពទេ។",
  },
  statusTitleSuffix: { en: "implementation status", km: "ស្ថានភាពនៃការអនុវត្ត" },
  catalogueTitle: { en: "Measure catalogue", km: "កាតាឡុកវិធានការ" },
  catalogueWorkingNote: {
    en: "Titles marked “Working title” were written from the policies' goals and strategies; they are not the official wording of the action plan.",
    km: "ចំណងជើងដែលសម្គាល់ថា «ចំណងជើងបណ្ដោះអាសន្ន» ត្រូវបានសរសេរចេញពីគោលដៅ និងយុទ្ធសាស្ត្រនៃគោលនយោបាយ មិនមែនជាខ្លឹមសារផ្លូវការនៃផែនការសកម្មភាពទេ។",
  },
  version: { en: "version", km: "កំណែ" },
} satisfies Record<string, LocalText>;

/** Row 1 of the status sheet: "Digital Government Committee — Q3 2026 implementation status". */
export function statusSheetTitle(committee: CommitteeCode, quarter: Quarter, lang: Lang): string {
  const name = pick(committeeInfo(committee).name, lang);
  const quarterText = formatQuarter(quarter, lang);
  return lang === "km" ? `${name} — ${SHEET_TEXT.statusTitleSuffix.km} ${quarterText}` : `${name} — ${quarterText} ${SHEET_TEXT.statusTitleSuffix.en}`;
}

/** Row 2 of the status sheet: how to fill it in, and the working-title caveat when it applies. */
export function statusSheetNote(lang: Lang, measures: readonly Measure[], extra?: string): string {
  const workingTitles = measures.some((m) => m.provenance === "working-title");
  return [SHEET_TEXT.guidance[lang], extra ?? "", workingTitles ? SHEET_TEXT.workingTitles[lang] : ""].filter(Boolean).join(" ");
}

export function catalogueSheetTitle(catalogue: Catalogue, lang: Lang): string {
  return `${SHEET_TEXT.catalogueTitle[lang]} — ${SHEET_TEXT.version[lang]} ${catalogue.version}`;
}

export function catalogueSheetNote(catalogue: Catalogue, lang: Lang): string {
  const working = catalogue.measures.some((m) => m.provenance === "working-title");
  return [working ? SHEET_TEXT.catalogueWorkingNote[lang] : "", catalogue.source].filter(Boolean).join(" ");
}
