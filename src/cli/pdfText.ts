import type { LocalText } from "../domain/text/lang";

/** What the PDF commands say, in both languages (printed in the command's --lang). */
export const PDF_TEXT = {
  notInstalled: {
    en: "LibreOffice is not installed, so no PDF can be made: install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui fonts-khmeros fonts-crosextra-carlito; Windows and Mac: libreoffice.org) or set {variable} to its soffice program",
    km: "មិនទាន់បានដំឡើង LibreOffice ទេ ដូច្នេះមិនអាចបង្កើតឯកសារ PDF បានទេ៖ សូមដំឡើងវា (Debian/Ubuntu: apt-get install libreoffice-calc-nogui fonts-khmeros fonts-crosextra-carlito; Windows និង Mac: libreoffice.org) ឬកំណត់ {variable} ទៅកម្មវិធី soffice របស់វា",
  },
  namedMissing: {
    en: "{variable} names {path}, which does not exist: set it to LibreOffice's soffice program",
    km: "{variable} ចង្អុលទៅ {path} ដែលមិនមានទេ៖ សូមកំណត់វាទៅកម្មវិធី soffice របស់ LibreOffice",
  },
  timedOut: {
    en: "LibreOffice did not finish the PDF within {seconds} s and was stopped",
    km: "LibreOffice មិនបានបញ្ចប់ឯកសារ PDF ក្នុងរយៈពេល {seconds} វិនាទីទេ ហើយត្រូវបានបញ្ឈប់",
  },
  noPdf: {
    en: "LibreOffice wrote no PDF ({detail})",
    km: "LibreOffice មិនបានបង្កើតឯកសារ PDF ទេ ({detail})",
  },
  written: { en: "PDF for printing → {pdf}", km: "ឯកសារ PDF សម្រាប់បោះពុម្ព → {pdf}" },
  reportKept: {
    en: "the report itself was written to {xlsx}",
    km: "របាយការណ៍ខ្លួនឯងត្រូវបានសរសេរទៅ {xlsx}",
  },
  fontMissing: {
    en: "warning: the font {font} is not installed, so LibreOffice prints with {substitute} and {effect} (install {package})",
    km: "ការព្រមាន៖ មិនទាន់បានដំឡើងពុម្ពអក្សរ {font} ទេ ដូច្នេះ LibreOffice បោះពុម្ពដោយប្រើ {substitute} ហើយ{effect} (សូមដំឡើង {package})",
  },
  widerColumns: {
    en: "the columns run past the page's width onto extra pages",
    km: "ជួរឈរនឹងលើសទទឹងទំព័រ ហើយត្រូវបោះពុម្ពលើទំព័របន្ថែម",
  },
  khmerFallback: {
    en: "Khmer text may be drawn poorly",
    km: "អក្សរខ្មែរអាចបង្ហាញមិនត្រឹមត្រូវ",
  },
  sameFile: {
    en: "the PDF would overwrite the report itself: name another file",
    km: "ឯកសារ PDF នឹងសរសេរជាន់លើរបាយការណ៍ខ្លួនឯង៖ សូមដាក់ឈ្មោះឯកសារផ្សេង",
  },
} as const satisfies Record<string, LocalText>;

/** A message with its {placeholders} filled, in both languages. */
export function pdfText(text: LocalText, values: Readonly<Record<string, string | LocalText>>): LocalText {
  const fill = (s: string, lang: keyof LocalText) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = values[key];
      return v === undefined ? whole : typeof v === "string" ? v : v[lang];
    });
  return { en: fill(text.en, "en"), km: fill(text.km, "km") };
}
