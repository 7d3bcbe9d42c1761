import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../domain/text/lang";

/**
 * Fluent's stack with the bundled "Noto Sans Khmer" right after the Segoe UI family: Segoe UI has
 * no Khmer glyphs, and Excel on the web or Mac may have no Khmer font at all.
 */
export const FONT_FAMILY =
  "'Segoe UI', 'Segoe UI Web (West European)', 'Noto Sans Khmer', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_FAMILY };

/** Khmer stacks vowels and subscripts above and below the line: give its lines more room. */
const KHMER_LINE_HEIGHTS: Partial<Theme> = {
  lineHeightBase100: "18px",
  lineHeightBase200: "20px",
  lineHeightBase300: "24px",
  lineHeightBase400: "28px",
  lineHeightBase500: "32px",
  lineHeightBase600: "38px",
};

const NO_CHANGES: Partial<Theme> = {};

/** What a language changes in the theme, for a nested FluentProvider. */
export function languageTheme(lang: Lang): Partial<Theme> {
  return lang === "km" ? KHMER_LINE_HEIGHTS : NO_CHANGES;
}
