import type { LocalText } from "../text/lang";

/** The report's wording for submissions sent more than once (cover, Completeness and Changes sheets). */
export const R = {
  superseded: { en: "Superseded", km: "ត្រូវបានជំនួស" },
  supersededTitle: { en: "Superseded submissions", km: "របាយការណ៍ដែលត្រូវបានជំនួស" },
  supersededNote: {
    en: "A committee that sent its submission again: the one with the latest stamp is used, and each earlier file is listed here once. Their rows are not used and not listed under Data issues.",
    km: "គណៈកម្មាធិការដែលបានផ្ញើរបាយការណ៍ម្តងទៀត៖ របាយការណ៍ដែលមានត្រាពេលវេលាចុងក្រោយត្រូវបានប្រើ ហើយឯកសារមុនៗនីមួយៗត្រូវបានរាយនៅទីនេះតែម្តង។ ជួរដេករបស់ឯកសារទាំងនោះមិនត្រូវបានប្រើ និងមិនត្រូវបានរាយក្នុងសន្លឹកបញ្ហាទិន្នន័យទេ។",
  },
  noneSuperseded: { en: "No committee sent its submission more than once.", km: "គ្មានគណៈកម្មាធិការណាផ្ញើរបាយការណ៍ច្រើនជាងម្តងទេ។" },
  replacedBy: { en: "Replaced by", km: "ជំនួសដោយ" },
  fileAndStamp: { en: "{file} (submitted {at})", km: "{file} (ដាក់ជូន {at})" },
  noStamp: { en: "no stamp", km: "គ្មានត្រាពេលវេលា" },

  resubmissionsTitle: { en: "Changes between a submission and the one it replaced", km: "ការផ្លាស់ប្តូររវាងរបាយការណ៍ និងរបាយការណ៍ដែលវាបានជំនួស" },
  resubmissionsNote: {
    en: "For each committee that sent its submission more than once: the measures whose status or progress differs between the submission used and the latest one it replaced.",
    km: "សម្រាប់គណៈកម្មាធិការនីមួយៗដែលបានផ្ញើរបាយការណ៍ច្រើនជាងម្តង៖ វិធានការដែលស្ថានភាព ឬវឌ្ឍនភាពខុសគ្នា រវាងរបាយការណ៍ដែលបានប្រើ និងរបាយការណ៍ចុងក្រោយដែលវាបានជំនួស។",
  },
  resubmissionHeading: {
    en: "{c}: {used} replaced {replaced} — {n} measures changed",
    km: "{c}៖ {used} បានជំនួស {replaced} — វិធានការចំនួន {n} មានការផ្លាស់ប្តូរ",
  },
  alsoSuperseded: { en: "{n} earlier files were superseded too.", km: "ឯកសារមុនៗចំនួន {n} ផ្សេងទៀតក៏ត្រូវបានជំនួសដែរ។" },
  replacedStatus: { en: "Status in the replaced file", km: "ស្ថានភាពក្នុងឯកសារដែលត្រូវបានជំនួស" },
  usedStatus: { en: "Status used", km: "ស្ថានភាពដែលបានប្រើ" },
  replacedProgress: { en: "Progress % in the replaced file", km: "វឌ្ឍនភាព % ក្នុងឯកសារដែលត្រូវបានជំនួស" },
  usedProgress: { en: "Progress % used", km: "វឌ្ឍនភាព % ដែលបានប្រើ" },
  noRow: { en: "(no row)", km: "(គ្មានជួរដេក)" },
  noMoves: { en: "No measure's status or progress changed.", km: "គ្មានស្ថានភាព ឬវឌ្ឍនភាពនៃវិធានការណាមួយបានផ្លាស់ប្តូរទេ។" },
} as const satisfies Record<string, LocalText>;
