/** The two product languages, and text given in both. */
export type Lang = "en" | "km";

/** Text in both product languages; Khmer may be empty where no good translation exists yet. */
export interface LocalText {
  readonly en: string;
  readonly km: string;
}

export function pick(text: LocalText, lang: Lang): string {
  return lang === "km" && text.km ? text.km : text.en;
}
