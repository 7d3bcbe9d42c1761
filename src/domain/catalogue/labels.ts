import type { Provenance } from "./catalogue";
import type { Lang, LocalText } from "../text/lang";
import { labelKey, normaliseText } from "../text/normalise";

/** How the catalogue sheet names a title's provenance. */
export const PROVENANCE_LABELS: Readonly<Record<Provenance, LocalText>> = {
  official: { en: "Official", km: "ផ្លូវការ" },
  "working-title": { en: "Working title", km: "ចំណងជើងបណ្ដោះអាសន្ន" },
};

/** A measure's target is a year or one of these horizons (stored by key: "short", "medium", "long"). */
export const HORIZON_LABELS: Readonly<Record<string, LocalText>> = {
  short: { en: "Short term", km: "រយៈពេលខ្លី" },
  medium: { en: "Medium term", km: "រយៈពេលមធ្យម" },
  long: { en: "Long term", km: "រយៈពេលវែង" },
};

export function targetLabel(target: string | undefined, lang: Lang): string {
  if (!target) return "";
  const horizon = HORIZON_LABELS[target.toLowerCase()];
  return horizon ? horizon[lang] : target;
}

const norm = (s: string): string => labelKey(s).replace(/-/g, "");

/**
 * Each table's names (key, English and Khmer label) by their comparison key, the first key in
 * table order winning: made once, not for every cell (twice per measure of every catalogue read,
 * which made ~300 KB of arrays and keys at each CLI start).
 */
const byName = new WeakMap<Readonly<Record<string, LocalText>>, ReadonlyMap<string, string>>();

/** The key whose label (in either language) or key `text` is, if any. */
function keyOf(labels: Readonly<Record<string, LocalText>>, text: string): string | undefined {
  const key = norm(text);
  if (!key) return undefined;
  let names = byName.get(labels);
  if (!names) {
    const map = new Map<string, string>();
    for (const k of Object.keys(labels)) for (const name of [k, labels[k]!.en, labels[k]!.km]) if (!map.has(norm(name))) map.set(norm(name), k);
    byName.set(labels, (names = map));
  }
  return names.get(key);
}

/**
 * A target as the catalogue keeps it: a horizon by its key whichever way it was written
 * ("Short", "short term", "រយៈពេលខ្លី"), anything else as typed. One spelling per horizon means
 * the catalogue sheet, which shows the label, reads back to the same catalogue (and hash).
 */
export function canonicalTarget(raw: string): string {
  return keyOf(HORIZON_LABELS, raw) ?? normaliseText(raw);
}

/** A provenance read from its label in either language, or as its key; the text itself otherwise. */
export function provenanceFromLabel(text: string): string {
  return keyOf(PROVENANCE_LABELS, text) ?? normaliseText(text);
}
