import { csvTable, isTextTable } from "../domain/catalogue/actionPlanTable";
import type { Catalogue } from "../domain/catalogue/catalogue";
import { importActionPlan } from "../domain/catalogue/catalogueImport";
import { parseCatalogueJson } from "../domain/catalogue/catalogueJson";
import type { LocalText } from "../domain/text/lang";
import type { Problem } from "../domain/rules/problems";

/** What reading a catalogue file gave: a catalogue to use, and every problem with its row. */
export interface CatalogueFileResult {
  readonly file: string;
  /** Set when at least one measure was usable. */
  readonly catalogue?: Catalogue;
  readonly problems: readonly Problem[];
  /** Measure rows found in the file, and how many became measures. */
  readonly rowsRead: number;
  readonly accepted: number;
  /** Set when the file could not be read at all. */
  readonly unreadable?: LocalText;
}

/** Larger than any real action plan; a guard against picking the wrong file. */
const MAX_BYTES = 20 * 1024 * 1024;

const NOT_SUPPORTED: LocalText = {
  en: "Choose a catalogue file (.json) or an action plan (.csv or .xlsx).",
  km: "សូមជ្រើសរើសឯកសារកាតាឡុក (.json) ឬផែនការសកម្មភាព (.csv ឬ .xlsx)។",
};
const TOO_LARGE: LocalText = {
  en: "The file is larger than 20 MB: it is not a catalogue.",
  km: "ឯកសារធំជាង ២០ MB៖ វាមិនមែនជាកាតាឡុកទេ។",
};
const NOT_JSON: LocalText = {
  en: "The file is not valid JSON.",
  km: "ឯកសារនេះមិនមែនជា JSON ត្រឹមត្រូវទេ។",
};
const UNREADABLE: LocalText = {
  en: "The file could not be read as a spreadsheet.",
  km: "មិនអាចអានឯកសារនេះជាសៀវភៅបញ្ជីបានទេ។",
};

/**
 * "Use this official catalogue": a catalogue file (.json, as `catalogue import` writes it) is taken
 * whole or not at all; an action plan (.csv/.xlsx) keeps its good rows and reports the others, and
 * is versioned as the CLI does: `official-<date>-<short hash>`, so one version names one content.
 */
export async function readCatalogueFile(bytes: Uint8Array, file: string, today: Date): Promise<CatalogueFileResult> {
  const empty = { file, problems: [], rowsRead: 0, accepted: 0 };
  if (bytes.byteLength > MAX_BYTES) return { ...empty, unreadable: TOO_LARGE };
  if (/\.json$/i.test(file)) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder("utf-8").decode(bytes));
    } catch {
      return { ...empty, unreadable: NOT_JSON };
    }
    const rowsRead = Array.isArray((value as { measures?: unknown })?.measures)
      ? (value as { measures: unknown[] }).measures.length
      : 0;
    const { catalogue, problems } = parseCatalogueJson(value, file);
    return { file, problems, rowsRead, accepted: catalogue?.measures.length ?? 0, ...(catalogue ? { catalogue } : {}) };
  }
  if (!/\.(csv|txt|tsv|xlsx)$/i.test(file)) return { ...empty, unreadable: NOT_SUPPORTED };

  let table;
  if (isTextTable(file)) {
    const read = csvTable(new TextDecoder("utf-8").decode(bytes), file);
    if ("problem" in read) return { ...empty, problems: [read.problem] };
    table = read.table;
  } else {
    // The XLSX reader (fflate + saxes) is loaded only when an action plan is imported.
    const { readWorkbookTable } = await import(/* webpackChunkName: "table-reader" */ "../xlsx/read/workbookTable");
    const { WorkbookReadError } = await import(/* webpackChunkName: "table-reader" */ "../xlsx/read/errors");
    try {
      table = readWorkbookTable(bytes, file);
    } catch (error) {
      return { ...empty, unreadable: error instanceof WorkbookReadError ? error.reason : UNREADABLE };
    }
  }
  const result = importActionPlan(table, file, today);
  const catalogue = result.catalogue;
  return {
    file,
    problems: result.problems,
    rowsRead: result.rowsRead,
    accepted: result.measures.length,
    ...(catalogue ? { catalogue } : {}),
  };
}
