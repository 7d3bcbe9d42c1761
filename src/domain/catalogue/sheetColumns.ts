import type { Measure } from "./catalogue";
import { DGP_STRATEGIES } from "./goals";
import { pick, type Lang, type LocalText } from "../text/lang";
import { columnDef } from "../statusSheet/columns";
import type { MeasureRecord } from "./measureRecord";
import { labelKey } from "../text/normalise";
import { PROVENANCE_LABELS, targetLabel } from "./labels";

/**
 * The catalogue sheet of a status workbook: every field of every measure, both languages' titles
 * and clusters included, so that the sheet carries the whole catalogue (its hash can be recomputed
 * from the cells, see carried.ts). Cells show labels where the catalogue keeps codes ("Short term",
 * "Official", "3. Title of the strategy"); reading them back undoes exactly that.
 */
export type CatalogueField = keyof MeasureRecord;

export interface CatalogueSheetColumn {
  readonly field: CatalogueField;
  readonly label: LocalText;
  readonly width: number;
  readonly value: (m: Measure, lang: Lang) => string | number;
  readonly wrap?: boolean;
  readonly center?: boolean;
}

const OTHER: Readonly<Record<Lang, Lang>> = { en: "km", km: "en" };
const LANGUAGE_NAME: Readonly<Record<Lang, LocalText>> = {
  en: { en: "English", km: "ភាសាអង់គ្លេស" },
  km: { en: "Khmer", km: "ភាសាខ្មែរ" },
};
const inLanguage = (label: LocalText, of: Lang): LocalText => ({
  en: `${label.en} (${LANGUAGE_NAME[of].en})`,
  km: `${label.km} (${LANGUAGE_NAME[of].km})`,
});

const CLUSTER: LocalText = { en: "Strategic cluster", km: "ចង្កោមយុទ្ធសាស្ត្រ" };
const TITLE: LocalText = { en: "Title", km: "ចំណងជើង" };

function textColumns(of: Lang, first: boolean): { cluster: CatalogueSheetColumn; title: CatalogueSheetColumn } {
  const suffix = of === "en" ? "En" : "Km";
  return {
    cluster: { field: `cluster${suffix}`, label: inLanguage(CLUSTER, of), width: first ? 26 : 22, value: (m) => m.cluster[of], wrap: true },
    title: { field: `title${suffix}`, label: inLanguage(TITLE, of), width: first ? 58 : 44, value: (m) => m.title[of], wrap: true },
  };
}

/** The catalogue sheet's columns, in order, for a sheet in `lang` (its language's texts first). */
export function catalogueSheetColumns(lang: Lang): readonly CatalogueSheetColumn[] {
  const own = textColumns(lang, true);
  const other = textColumns(OTHER[lang], false);
  return [
    { field: "id", label: columnDef("id").label, width: 11, value: (m) => m.id },
    { field: "goal", label: columnDef("goal").label, width: 7, value: (m) => m.goal, center: true },
    own.cluster,
    other.cluster,
    own.title,
    other.title,
    { field: "lead", label: columnDef("lead").label, width: 11, value: (m) => m.lead },
    { field: "supporting", label: { en: "Supporting committees", km: "គណៈកម្មាធិការគាំទ្រ" }, width: 13, value: (m) => m.supporting.join(", "), wrap: true },
    {
      field: "dgpStrategy",
      label: { en: "DGP strategy", km: "យុទ្ធសាស្ត្រគោលនយោបាយរដ្ឋាភិបាលឌីជីថល" },
      width: 34,
      value: (m, l) => (m.dgpStrategy ? `${m.dgpStrategy}. ${pick(DGP_STRATEGIES[m.dgpStrategy].title, l)}` : ""),
      wrap: true,
    },
    { field: "leadInstitution", label: { en: "Lead institution", km: "ស្ថាប័នដឹកនាំ" }, width: 20, value: (m) => m.leadInstitution ?? "", wrap: true },
    { field: "target", label: { en: "Target", km: "គោលដៅពេលវេលា" }, width: 12, value: (m, l) => targetLabel(m.target, l) },
    { field: "provenance", label: { en: "Provenance", km: "ប្រភពចំណងជើង" }, width: 15, value: (m, l) => PROVENANCE_LABELS[m.provenance][l] },
  ];
}

/** Every field the sheet must have for it to carry the catalogue. */
export const CATALOGUE_FIELDS: readonly CatalogueField[] = catalogueSheetColumns("en").map((c) => c.field);

const headerLookup = new Map<string, CatalogueField>();
for (const lang of ["en", "km"] as const) {
  for (const c of catalogueSheetColumns(lang)) {
    headerLookup.set(labelKey(c.label.en), c.field);
    headerLookup.set(labelKey(c.label.km), c.field);
  }
}

/** Positions of the catalogue fields in a header row written in either language. */
export function mapCatalogueHeader(header: readonly string[]): Map<CatalogueField, number> {
  const positions = new Map<CatalogueField, number>();
  header.forEach((h, i) => {
    const field = headerLookup.get(labelKey(h));
    if (field && !positions.has(field)) positions.set(field, i);
  });
  return positions;
}
