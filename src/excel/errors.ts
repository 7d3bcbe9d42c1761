import type { LocalText } from "../domain/text/lang";

/** What went wrong in Excel, for the user: Office's error code and what to do, in both languages. */
export interface ExcelFailure {
  readonly code: string;
  readonly message: LocalText;
}

export type ExcelOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ExcelFailure };

/**
 * Messages by OfficeExtension.Error code. We branch on the code only: `error.message` is localised
 * by Office and changes between builds.
 */
const MESSAGES: Readonly<Record<string, LocalText>> = {
  AccessDenied: {
    en: "Excel refused the change: the sheet or workbook is protected or read-only. Check that the file is not open read-only, then try again.",
    km: "Excel បានបដិសេធការផ្លាស់ប្តូរ៖ សន្លឹក ឬសៀវភៅការងារត្រូវបានការពារ ឬអាចអានបានតែប៉ុណ្ណោះ។ សូមពិនិត្យថាឯកសារមិនបានបើកជាបែបអានតែប៉ុណ្ណោះ រួចព្យាយាមម្តងទៀត។",
  },
  InvalidOperation: {
    en: "Excel could not do this here, usually because a sheet is protected or the table was changed by hand. Run “Set up” again, then retry.",
    km: "Excel មិនអាចធ្វើការនេះបានទេ ជាធម្មតាដោយសារសន្លឹកត្រូវបានការពារ ឬតារាងត្រូវបានកែដោយដៃ។ សូមដំណើរការ «រៀបចំ» ម្តងទៀត រួចព្យាយាមម្តងទៀត។",
  },
  InsufficientPermissions: {
    en: "You do not have permission to change this workbook. Ask its owner for edit access.",
    km: "អ្នកមិនមានសិទ្ធិកែប្រែសៀវភៅការងារនេះទេ។ សូមស្នើសិទ្ធិកែសម្រួលពីម្ចាស់ឯកសារ។",
  },
  ItemNotFound: {
    en: "This workbook has no Policy Tracker status table or metadata sheet. Use “Set up” to create them.",
    km: "សៀវភៅការងារនេះគ្មានតារាងស្ថានភាព ឬសន្លឹកទិន្នន័យមេតា Policy Tracker ទេ។ សូមប្រើ «រៀបចំ» ដើម្បីបង្កើតវា។",
  },
  ItemAlreadyExists: {
    en: "A sheet, table or name that Policy Tracker uses already exists with different content. Rename or remove it, then run “Set up” again.",
    km: "សន្លឹក តារាង ឬឈ្មោះដែល Policy Tracker ប្រើ មានរួចហើយដោយមានខ្លឹមសារផ្សេង។ សូមប្តូរឈ្មោះ ឬលុបវា រួចដំណើរការ «រៀបចំ» ម្តងទៀត។",
  },
  InvalidArgument: {
    en: "Excel rejected a value Policy Tracker tried to write. Please report this with the workbook attached.",
    km: "Excel បានបដិសេធតម្លៃដែល Policy Tracker ព្យាយាមសរសេរ។ សូមរាយការណ៍បញ្ហានេះ ដោយភ្ជាប់សៀវភៅការងារ។",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "The change is too large for Excel on the web to receive at once. Try again; if it persists, use Excel on the desktop.",
    km: "ការផ្លាស់ប្តូរធំពេកសម្រាប់ Excel លើបណ្តាញ។ សូមព្យាយាមម្តងទៀត ប្រសិនបើនៅតែមាន សូមប្រើ Excel លើកុំព្យូទ័រ។",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "The status table is too large for Excel on the web to send at once. Shorten very long texts, or use Excel on the desktop.",
    km: "តារាងស្ថានភាពធំពេកសម្រាប់ Excel លើបណ្តាញ។ សូមកាត់បន្ថយអត្ថបទដែលវែងខ្លាំង ឬប្រើ Excel លើកុំព្យូទ័រ។",
  },
  InvalidOperationInCellEditMode: {
    en: "You are still typing in a cell. Press Enter or Esc to finish, then try again.",
    km: "អ្នកកំពុងវាយក្នុងក្រឡា។ សូមចុច Enter ឬ Esc ដើម្បីបញ្ចប់ រួចព្យាយាមម្តងទៀត។",
  },
  ActivityLimitReached: {
    en: "Excel is busy with too many requests. Wait a moment, then try again.",
    km: "Excel រវល់ជាមួយសំណើច្រើនពេក។ សូមរង់ចាំបន្តិច រួចព្យាយាមម្តងទៀត។",
  },
  Conflict: {
    en: "Someone else changed the workbook at the same time. Wait a moment, then try again.",
    km: "មានអ្នកផ្សេងកែប្រែសៀវភៅការងារក្នុងពេលតែមួយ។ សូមរង់ចាំបន្តិច រួចព្យាយាមម្តងទៀត។",
  },
  ApiNotFound: {
    en: "This version of Excel lacks a feature Policy Tracker needs. Update Office or use Excel on the web.",
    km: "កំណែ Excel នេះខ្វះមុខងារដែល Policy Tracker ត្រូវការ។ សូមធ្វើបច្ចុប្បន្នភាព Office ឬប្រើ Excel លើបណ្តាញ។",
  },
  InactiveWorkbook: {
    en: "The workbook is no longer active. Click in the workbook, then try again.",
    km: "សៀវភៅការងារលែងសកម្ម។ សូមចុចក្នុងសៀវភៅការងារ រួចព្យាយាមម្តងទៀត។",
  },
  RequestAborted: {
    en: "Excel stopped the request. Try again.",
    km: "Excel បានបញ្ឈប់សំណើ។ សូមព្យាយាមម្តងទៀត។",
  },
  ConnectionFailure: {
    en: "The connection to Excel was lost. Check your network, then try again.",
    km: "ការតភ្ជាប់ទៅ Excel ត្រូវបានបាត់។ សូមពិនិត្យបណ្តាញ រួចព្យាយាមម្តងទៀត។",
  },
  GeneralException: {
    en: "Excel reported an internal error. Save the workbook, reopen it and try again.",
    km: "Excel បានរាយការណ៍កំហុសខាងក្នុង។ សូមរក្សាទុកសៀវភៅការងារ បើកវាឡើងវិញ ហើយព្យាយាមម្តងទៀត។",
  },
};

const UNKNOWN: LocalText = {
  en: "Something unexpected went wrong while talking to Excel. Try again; if it persists, report it.",
  km: "មានបញ្ហាដែលមិនរំពឹងទុកពេលទាក់ទងជាមួយ Excel។ សូមព្យាយាមម្តងទៀត ប្រសិនបើនៅតែមាន សូមរាយការណ៍។",
};

/** A use case declining to act (not an Excel error): its own code and message. */
export class GatewayRefusal extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalText,
  ) {
    super(text.en);
    this.name = "GatewayRefusal";
  }
}

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** Turns anything thrown by Excel.run into a failure the task pane can show. */
export function describeExcelError(error: unknown): ExcelFailure {
  if (error instanceof GatewayRefusal) return { code: error.code, message: error.text };
  const code = codeOf(error) ?? "Unknown";
  return { code, message: MESSAGES[code] ?? UNKNOWN };
}

/** Every error code with a message of its own (for tests and the help page). */
export const MAPPED_ERROR_CODES: readonly string[] = Object.keys(MESSAGES);

/** Runs a gateway action and returns its value, or the failure as a value. */
export async function attempt<T>(action: () => Promise<T>): Promise<ExcelOutcome<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, failure: describeExcelError(error) };
  }
}
