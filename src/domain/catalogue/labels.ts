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

/** The key whose label (in either language) or key `text` is, if any. */
function keyOf(labels: Readonly<Record<string, LocalText>>, text: string): string | undefined {
  const norm = (s: string) => labelKey(s).replace(/-/g, "");
  const key = norm(text);
  if (!key) return undefined;
  return Object.keys(labels).find((k) => [k, labels[k]!.en, labels[k]!.km].some((name) => norm(name) === key));
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
