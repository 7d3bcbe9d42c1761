import { spawnSync } from "node:child_process";
import type { LocalText } from "../domain/text/lang";
import { PDF_TEXT, pdfText } from "./pdfText";

interface Needed {
  readonly font: string;
  /** Families that draw it as intended: the font itself or a metric-compatible twin. */
  readonly accept: readonly string[];
  readonly debianPackage: string;
  readonly effect: LocalText;
}

/**
 * What the report's print layout depends on. Column widths are in units of Calibri's "0": without
 * Calibri or its twin Carlito, LibreOffice measures them in a wider font (DejaVu Sans, a quarter
 * wider) and, the scale being fixed, the last columns print on pages of their own. Khmer text is
 * drawn in Khmer OS (the profile's complex-text font).
 */
const NEEDED: readonly Needed[] = [
  { font: "Calibri", accept: ["Calibri", "Carlito"], debianPackage: "fonts-crosextra-carlito", effect: PDF_TEXT.widerColumns },
  { font: "Khmer OS Siemreap", accept: ["Khmer OS Siemreap"], debianPackage: "fonts-khmeros", effect: PDF_TEXT.khmerFallback },
];

/**
 * Warnings for fonts the PDF needs and fontconfig (which LibreOffice uses on Linux) cannot find.
 * None where fontconfig is absent (Windows, Mac: LibreOffice uses the system's fonts, which Office
 * users have).
 */
export function missingFontWarnings(match: (font: string) => string | undefined = fcMatch): LocalText[] {
  const warnings: LocalText[] = [];
  for (const n of NEEDED) {
    const family = match(n.font);
    if (family === undefined || n.accept.some((a) => family.includes(a))) continue;
    warnings.push(pdfText(PDF_TEXT.fontMissing, { font: n.font, substitute: family, effect: n.effect, package: n.debianPackage }));
  }
  return warnings;
}

/** The family fontconfig substitutes for `font`, or undefined when fc-match cannot be run. */
function fcMatch(font: string): string | undefined {
  const run = spawnSync("fc-match", ["-f", "%{family}", font], { encoding: "utf8", timeout: 10_000 });
  return run.status === 0 && run.stdout ? run.stdout.trim() : undefined;
}
