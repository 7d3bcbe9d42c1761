import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { Workbook, type Alignment, type DataValidation, type Worksheet } from "exceljs";
import type { Catalogue, Measure, Provenance } from "../domain/catalogue";
import { a1, columnLetters } from "../domain/cells";
import { committee as committeeInfo } from "../domain/committees";
import { committeeMeasures } from "../domain/committeeMeasures";
import { DGP_STRATEGIES } from "../domain/goals";
import { pick, type CommitteeCode, type Lang, type LocalText, type MeasureId } from "../domain/ids";
import {
  CATALOGUE_TABLE,
  LAYOUT_VERSION,
  META_KEYS,
  META_SHEET,
  ROLE_LABELS,
  SHEET_NAMES,
  STATUS_COLUMNS,
  STATUS_TABLE,
  columnDef,
  headerRow,
  metaName,
  type ColumnDef,
  type ColumnKey,
  type MetaKey,
} from "../domain/layout";
import { FIRST_YEAR, LAST_YEAR, formatQuarter, type Quarter } from "../domain/periods";
import { STATUS_CODES, STATUS_COLOURS, STATUS_LABELS } from "../domain/status";
import {
  BORDERS,
  addProgressBars,
  DATE_FORMAT,
  HEADER_ALIGN,
  HEADER_FILL,
  MONEY_FORMAT,
  PROGRESS_FORMAT,
  TITLE_BLUE,
  TOP,
  TOP_WRAP,
  TYPE,
  WHITE,
  font,
  pageSetup,
  q,
  rowHeight,
  solid,
  textUnits,
} from "./sheetStyle";

export type EntryValues = Partial<Record<ColumnKey, string | number | null>>;

export interface StatusWorkbookOptions {
  readonly catalogue: Catalogue;
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly lang: Lang;
  /** Pre-filled entry cells by measure ID. Values are written as given; strings stay strings (never formulas). */
  readonly entries?: ReadonlyMap<MeasureId, EntryValues>;
}

/** Where things sit on the status sheet (1-based Excel rows). The header row is a contract (README). */
export const STATUS_SHEET_ROWS = { title: 1, guidance: 2, header: 3, firstBody: 4 } as const;
/** Where things sit on the catalogue sheet. */
export const CATALOGUE_SHEET_ROWS = { title: 1, note: 2, header: 3, firstBody: 4 } as const;

// ---------------------------------------------------------------------------------------------
// Wording that belongs to this workbook only (column labels, statuses and roles come from the domain).

const T = {
  guidance: {
    en: "Fill in the white columns; grey columns come from the catalogue and are locked.",
    km: "សូមបំពេញជួរឈរពណ៌ស។ ជួរឈរពណ៌ប្រផេះបានមកពីកាតាឡុក ហើយត្រូវបានចាក់សោ។",
  },
  seeInstructions: { en: "See the sheet", km: "សូមមើលសន្លឹក" },
  workingTitles: {
    en: "Measure titles are working titles, not the official wording of the action plan.",
    km: "ចំណងជើងវិធានការជាចំណងជើងបណ្ដោះអាសន្ន មិនមែនជាខ្លឹមសារផ្លូវការនៃផែនការសកម្មភាពទេ។",
  },
  statusTitleSuffix: { en: "implementation status", km: "ស្ថានភាពនៃការអនុវត្ត" },
  catalogueTitle: { en: "Measure catalogue", km: "កាតាឡុកវិធានការ" },
  catalogueWorkingNote: {
    en: "Titles marked “Working title” were written from the policies' goals and strategies; they are not the official wording of the action plan.",
    km: "ចំណងជើងដែលសម្គាល់ថា «ចំណងជើងបណ្ដោះអាសន្ន» ត្រូវបានសរសេរចេញពីគោលដៅ និងយុទ្ធសាស្ត្រនៃគោលនយោបាយ មិនមែនជាខ្លឹមសារផ្លូវការនៃផែនការសកម្មភាពទេ។",
  },
  version: { en: "version", km: "កំណែ" },
} satisfies Record<string, LocalText>;

interface CatalogueColumn {
  readonly label: LocalText;
  readonly width: number;
  readonly value: (m: Measure, lang: Lang) => string | number;
  readonly wrap?: boolean;
  readonly center?: boolean;
}

const CATALOGUE_COLUMNS: readonly CatalogueColumn[] = [
  { label: columnDef("id").label, width: 11, value: (m) => m.id },
  { label: columnDef("goal").label, width: 7, value: (m) => m.goal, center: true },
  { label: { en: "Strategic cluster", km: "ចង្កោមយុទ្ធសាស្ត្រ" }, width: 26, value: (m, lang) => pick(m.cluster, lang), wrap: true },
  { label: { en: "Title", km: "ចំណងជើង" }, width: 58, value: (m, lang) => pick(m.title, lang), wrap: true },
  { label: columnDef("lead").label, width: 11, value: (m) => m.lead },
  { label: { en: "Supporting committees", km: "គណៈកម្មាធិការគាំទ្រ" }, width: 13, value: (m) => m.supporting.join(", "), wrap: true },
  {
    label: { en: "DGP strategy", km: "យុទ្ធសាស្ត្រគោលនយោបាយរដ្ឋាភិបាលឌីជីថល" },
    width: 34,
    value: (m, lang) => (m.dgpStrategy ? `${m.dgpStrategy}. ${pick(DGP_STRATEGIES[m.dgpStrategy].title, lang)}` : ""),
    wrap: true,
  },
  { label: { en: "Target", km: "គោលដៅពេលវេលា" }, width: 12, value: (m, lang) => targetLabel(m.target, lang) },
  { label: { en: "Provenance", km: "ប្រភពចំណងជើង" }, width: 15, value: (m, lang) => PROVENANCE_LABELS[m.provenance][lang] },
];

const PROVENANCE_LABELS: Readonly<Record<Provenance, LocalText>> = {
  official: { en: "Official", km: "ផ្លូវការ" },
  "working-title": { en: "Working title", km: "ចំណងជើងបណ្ដោះអាសន្ន" },
};

const HORIZON_LABELS: Readonly<Record<string, LocalText>> = {
  short: { en: "Short term", km: "រយៈពេលខ្លី" },
  medium: { en: "Medium term", km: "រយៈពេលមធ្យម" },
  long: { en: "Long term", km: "រយៈពេលវែង" },
};

function targetLabel(target: string | undefined, lang: Lang): string {
  if (!target) return "";
  const horizon = HORIZON_LABELS[target.toLowerCase()];
  return horizon ? horizon[lang] : target;
}

const STATUS_MEANINGS: Readonly<Record<(typeof STATUS_CODES)[number], LocalText>> = {
  "not-started": { en: "Work on the measure has not begun.", km: "ការងារលើវិធានការនេះមិនទាន់បានចាប់ផ្តើមនៅឡើយទេ។" },
  "on-track": {
    en: "Work is under way and expected to finish by the planned completion date.",
    km: "ការងារកំពុងដំណើរការ ហើយរំពឹងថានឹងបញ្ចប់តាមកាលបរិច្ឆេទគ្រោងទុក។",
  },
  "at-risk": {
    en: "Work is under way but may miss the planned completion date.",
    km: "ការងារកំពុងដំណើរការ ប៉ុន្តែអាចនឹងមិនបញ្ចប់តាមកាលបរិច្ឆេទគ្រោងទុក។",
  },
  delayed: {
    en: "Work is behind schedule: the planned completion date has passed or will be missed.",
    km: "ការងារយឺតជាងកាលវិភាគ៖ កាលបរិច្ឆេទបញ្ចប់តាមគម្រោងបានកន្លងផុត ឬនឹងមិនអាចសម្រេចបាន។",
  },
  completed: { en: "The measure has been fully delivered.", km: "វិធានការនេះត្រូវបានអនុវត្តរួចរាល់ទាំងស្រុង។" },
  discontinued: {
    en: "The measure has been stopped or replaced; explain why under challenges.",
    km: "វិធានការនេះត្រូវបានបញ្ឈប់ ឬជំនួស។ សូមពន្យល់មូលហេតុនៅក្នុងជួរឈរបញ្ហាប្រឈម។",
  },
};

function instructionText(lang: Lang, committeeName: string, quarterText: string): { title: string; intro: string[]; statusHeading: string; rulesHeading: string; rules: string[] } {
  const s = (code: (typeof STATUS_CODES)[number]) => q(STATUS_LABELS[code][lang], lang);
  const c = (key: ColumnKey) => q(columnDef(key).label[lang], lang);
  const statusSheet = q(SHEET_NAMES.status[lang], lang);
  if (lang === "km") {
    return {
      title: "របៀបបំពេញសៀវភៅបញ្ជីនេះ",
      intro: [
        `មួយជួរដេកសម្រាប់វិធានការនីមួយៗដែល${committeeName}ដឹកនាំ ឬគាំទ្រ សម្រាប់${quarterText}។`,
        `សូមបំពេញជួរឈរពណ៌សនៃសន្លឹក ${statusSheet}។ ជួរឈរពណ៌ប្រផេះបានមកពីកាតាឡុក ហើយត្រូវបានចាក់សោ។`,
      ],
      statusHeading: "អត្ថន័យនៃស្ថានភាពនីមួយៗ",
      rulesHeading: "វិធាននៃការបំពេញ",
      rules: [
        `${c("progress")}៖ លេខពី 0 ដល់ 100។ វាយ 45 សម្រាប់ 45%។`,
        `${s("completed")} ⇒ ${c("progress")} 100% និងមានកាលបរិច្ឆេទក្នុង ${c("actualCompletion")}។`,
        `${s("not-started")} ⇒ ${c("progress")} 0%។`,
        `${s("at-risk")} ឬ ${s("delayed")} ⇒ សូមបំពេញ ${c("challenges")} និង ${c("nextSteps")}។`,
        `កាលបរិច្ឆេទជាទម្រង់ ថ្ងៃ/ខែ/ឆ្នាំ (dd/mm/yyyy ឧទាហរណ៍ 15/07/2026) ចន្លោះឆ្នាំ ${FIRST_YEAR} ដល់ ${LAST_YEAR}។`,
        `${c("budgetPlanned")} និង ${c("budgetSpent")}៖ ចំនួនទឹកប្រាក់ជាដុល្លារអាមេរិក សរសេរតែលេខប៉ុណ្ណោះ។`,
        `${c("evidence")}៖ អាសយដ្ឋានគេហទំព័រពេញលេញ ចាប់ផ្តើមដោយ https://។`,
        "សូមសរសេរជាអត្ថបទធម្មតា មិនមែនរូបមន្តទេ៖ កុំចាប់ផ្តើមក្រឡាអត្ថបទដោយ =, +, - ឬ @។",
        "កុំបន្ថែម លុប ឬផ្លាស់ទីជួរដេក ហើយកុំប្ដូរឈ្មោះសន្លឹក ឬកែប្រែជួរចំណងជើង។",
        "Excel មិនពិនិត្យតម្លៃដែលបានបិទភ្ជាប់ (paste) ទេ៖ Policy Tracker ពិនិត្យគ្រប់ក្រឡាម្ដងទៀតនៅពេលផ្ទៀងផ្ទាត់សៀវភៅបញ្ជី។",
      ],
    };
  }
  return {
    title: "How to fill in this workbook",
    intro: [
      `One row for each measure the ${committeeName} leads or supports, for ${quarterText}.`,
      `Fill in the white columns of the ${statusSheet} sheet. Grey columns come from the catalogue and are locked.`,
    ],
    statusHeading: "What each status means",
    rulesHeading: "Rules",
    rules: [
      `${c("progress")}: a number from 0 to 100; type 45 for 45%.`,
      `${s("completed")} ⇒ ${c("progress")} 100% and a date in ${c("actualCompletion")}.`,
      `${s("not-started")} ⇒ ${c("progress")} 0%.`,
      `${s("at-risk")} or ${s("delayed")} ⇒ fill in ${c("challenges")} and ${c("nextSteps")}.`,
      `Dates as dd/mm/yyyy (for example 15/07/2026), between ${FIRST_YEAR} and ${LAST_YEAR}.`,
      `${c("budgetPlanned")} and ${c("budgetSpent")}: amounts in US dollars, numbers only.`,
      `${c("evidence")}: a full web address starting with https://.`,
      "Write plain text, not formulas: do not start a text cell with =, +, - or @.",
      "Do not add, delete or move rows, and do not rename the sheets or change the header row.",
      "Excel does not check pasted values: Policy Tracker checks every cell again when the workbook is validated.",
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Excel data validation for entry cells.

/** Excel's limits on validation texts; longer texts make Excel report the file as corrupt. */
const LIMITS = { title: 32, prompt: 255, error: 225, listFormula: 255 } as const;

function validationFor(col: ColumnDef, lang: Lang): DataValidation | undefined {
  const en = lang === "en";
  const common = { allowBlank: true, showInputMessage: true, showErrorMessage: true } as const;
  switch (col.type) {
    case "status": {
      const labels = STATUS_CODES.map((code) => STATUS_LABELS[code][lang]);
      return {
        ...common,
        type: "list",
        formulae: [`"${labels.join(",")}"`],
        errorStyle: "stop",
        promptTitle: col.label[lang],
        prompt: en ? `Choose from the list: ${labels.join(", ")}.` : `សូមជ្រើសរើសពីបញ្ជី៖ ${labels.join(", ")}។`,
        errorTitle: en ? "Status not in the list" : "ស្ថានភាពមិនមានក្នុងបញ្ជី",
        error: en ? `Choose one of: ${labels.join(", ")}.` : `សូមជ្រើសរើសមួយក្នុងចំណោម៖ ${labels.join(", ")}។`,
      };
    }
    case "percent":
      return {
        ...common,
        type: "decimal",
        operator: "between",
        formulae: [0, 100],
        errorStyle: "stop",
        promptTitle: col.label[lang],
        prompt: en
          ? `A number from 0 to 100: type 45 for 45%. ${STATUS_LABELS.completed.en} = 100, ${STATUS_LABELS["not-started"].en} = 0.`
          : `លេខពី 0 ដល់ 100៖ វាយ 45 សម្រាប់ 45%។ ${STATUS_LABELS.completed.km} = 100, ${STATUS_LABELS["not-started"].km} = 0។`,
        errorTitle: en ? "Progress out of range" : "វឌ្ឍនភាពមិនត្រឹមត្រូវ",
        error: en ? "Progress must be a number from 0 to 100." : "វឌ្ឍនភាពត្រូវតែជាលេខពី 0 ដល់ 100។",
      };
    case "date": {
      const from = `01/01/${FIRST_YEAR}`;
      const to = `31/12/${LAST_YEAR}`;
      return {
        ...common,
        type: "date",
        operator: "between",
        // ExcelJS turns Date formulae of a date rule into serials (UTC midnight → whole days).
        formulae: [new Date(Date.UTC(FIRST_YEAR, 0, 1)), new Date(Date.UTC(LAST_YEAR, 11, 31))],
        errorStyle: "stop",
        promptTitle: en ? "Date (dd/mm/yyyy)" : "កាលបរិច្ឆេទ (ថ្ងៃ/ខែ/ឆ្នាំ)",
        prompt: en ? `A date from ${from} to ${to}, typed as dd/mm/yyyy.` : `កាលបរិច្ឆេទពី ${from} ដល់ ${to} ជាទម្រង់ ថ្ងៃ/ខែ/ឆ្នាំ (dd/mm/yyyy)។`,
        errorTitle: en ? "Not a valid date" : "កាលបរិច្ឆេទមិនត្រឹមត្រូវ",
        error: en ? `Type a date from ${from} to ${to} (dd/mm/yyyy).` : `សូមវាយកាលបរិច្ឆេទពី ${from} ដល់ ${to} (ថ្ងៃ/ខែ/ឆ្នាំ)។`,
      };
    }
    case "money":
      return {
        ...common,
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [0],
        errorStyle: "stop",
        promptTitle: en ? "Amount (USD)" : "ចំនួនទឹកប្រាក់ (ដុល្លារ)",
        prompt: en ? "An amount in US dollars, 0 or more, without a currency sign." : "ចំនួនទឹកប្រាក់ជាដុល្លារអាមេរិក ចាប់ពី 0 ឡើងទៅ ដោយមិនបាច់សរសេរនិមិត្តសញ្ញារូបិយប័ណ្ណ។",
        errorTitle: en ? "Not a valid amount" : "ចំនួនទឹកប្រាក់មិនត្រឹមត្រូវ",
        error: en ? "The amount must be a number, 0 or more." : "ចំនួនទឹកប្រាក់ត្រូវតែជាលេខ ចាប់ពី 0 ឡើងទៅ។",
      };
    case "longText":
    case "text":
    case "url": {
      if (col.maxLength === undefined) return undefined;
      const n = col.maxLength;
      const url = col.type === "url";
      return {
        ...common,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [n],
        errorStyle: "warning",
        promptTitle: url ? (en ? "Web link" : "តំណគេហទំព័រ") : en ? "Text" : "អត្ថបទ",
        prompt: url
          ? en
            ? `A full web address starting with https:// (at most ${n} characters).`
            : `អាសយដ្ឋានគេហទំព័រពេញលេញ ចាប់ផ្តើមដោយ https:// (យ៉ាងច្រើន ${n} តួអក្សរ)។`
          : en
            ? `At most ${n} characters. Write plain text, not formulas.`
            : `យ៉ាងច្រើន ${n} តួអក្សរ។ សូមសរសេរជាអត្ថបទធម្មតា មិនមែនរូបមន្តទេ។`,
        errorTitle: en ? "Text too long" : "អត្ថបទវែងពេក",
        error: en ? `This text is longer than ${n} characters.` : `អត្ថបទនេះវែងជាង ${n} តួអក្សរ។`,
      };
    }
    default:
      return undefined;
  }
}

function checkLimits(v: DataValidation): void {
  const over = (text: string | undefined, max: number) => text !== undefined && text.length > max;
  if (over(v.promptTitle, LIMITS.title) || over(v.errorTitle, LIMITS.title) || over(v.prompt, LIMITS.prompt) || over(v.error, LIMITS.error)) {
    throw new Error(`data validation text over Excel's limits: ${v.promptTitle ?? ""}`);
  }
  if (v.type === "list" && String(v.formulae[0]).length > LIMITS.listFormula) throw new Error("status list longer than Excel's 255-character limit");
}

/**
 * ExcelJS 4.4 keeps `worksheet.dataValidations` (keyed by address or range) but leaves it out of
 * its typings. A range key is written as one <dataValidation sqref="F4:F63">, not one per cell.
 */
function dataValidations(ws: Worksheet): { add(range: string, validation: DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations;
}

// ---------------------------------------------------------------------------------------------
// Styles.

const GREY_FILL = solid("EDEDED");
const HEADER_FILL_CATALOGUE = solid("595959");
const HEADER_FILL_ENTRY = HEADER_FILL;

function numFmtFor(col: ColumnDef): string | undefined {
  switch (col.type) {
    case "goal":
      return "0";
    case "percent":
      return PROGRESS_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "money":
      return MONEY_FORMAT;
    default:
      return undefined;
  }
}

/** Titles and long texts wrap; everything sits at the top so tall rows read well. */
function wraps(col: ColumnDef): boolean {
  return col.type === "longText" || col.key === "title";
}

function alignmentFor(col: ColumnDef): Partial<Alignment> {
  if (wraps(col)) return TOP_WRAP;
  if (col.type === "goal") return { vertical: "top", horizontal: "center" };
  return TOP;
}

function displayText(value: string | number | null, col: ColumnDef): string {
  if (value === null) return "";
  if (typeof value === "number" && col.type === "date") return "00/00/0000";
  if (typeof value === "number" && col.type === "money") return value.toLocaleString("en-US");
  return String(value);
}

/** Sheet protection: entry cells stay editable, filters work, rows cannot be inserted, deleted or sorted. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
} as const;

// ---------------------------------------------------------------------------------------------
// The workbook.

/** Writes a committee's status workbook for one quarter, in one language, as xlsx bytes. */
export async function writeStatusWorkbook(options: StatusWorkbookOptions): Promise<Uint8Array> {
  const { catalogue, committee, quarter, lang } = options;
  const committeeName = pick(committeeInfo(committee).name, lang);
  const quarterText = formatQuarter(quarter, lang);
  const measures = committeeMeasures(catalogue, committee);

  const wb = new Workbook();
  wb.creator = "Policy Tracker";
  wb.lastModifiedBy = "Policy Tracker";
  wb.title = `${committeeName} — ${quarterText}`;
  wb.subject = `${T.statusTitleSuffix[lang]} — ${catalogue.version}`;

  // `tabSelected` is written by ExcelJS's sheet-view writer but missing from its typings.
  const firstBody = STATUS_SHEET_ROWS.firstBody - 1;
  const statusView = {
    state: "frozen",
    xSplit: 3,
    ySplit: STATUS_SHEET_ROWS.header,
    topLeftCell: a1(firstBody, 3),
    activeCell: a1(firstBody, STATUS_COLUMNS.findIndex((c) => c.kind === "entry")),
    tabSelected: true,
  } as const;
  const status = wb.addWorksheet(SHEET_NAMES.status[lang], { views: [statusView] });
  const autoHeightRows = await writeStatusSheet(status, options, measures, committeeName, quarterText);

  const catalogueSheet = wb.addWorksheet(SHEET_NAMES.catalogue[lang], { views: [{ state: "frozen", xSplit: 0, ySplit: CATALOGUE_SHEET_ROWS.header, activeCell: "A4" }] });
  await writeCatalogueSheet(catalogueSheet, catalogue, lang);

  const instructions = wb.addWorksheet(SHEET_NAMES.instructions[lang]);
  await writeInstructionsSheet(instructions, lang, committeeName, quarterText);

  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  const values: Record<MetaKey, string> = {
    committee,
    quarter,
    catalogueVersion: catalogue.version,
    catalogueHash: catalogue.hash,
    layoutVersion: LAYOUT_VERSION,
    language: lang,
    submittedAt: "",
    submittedBy: "",
    contentChecksum: "",
  };
  meta.getRow(1).values = ["key", "value"];
  META_KEYS.forEach((key, i) => {
    const row = i + 2;
    meta.getCell(row, 1).value = key;
    // Always a string cell: a hash of digits only, or a numeric-looking version, must not become a number.
    meta.getCell(row, 2).value = String(values[key]);
    wb.definedNames.add(`'${META_SHEET}'!$B$${row}`, metaName(key));
  });
  meta.getColumn(1).width = 18;
  meta.getColumn(2).width = 70;
  await meta.protect("", { ...PROTECTION, autoFilter: false });

  wb.views = [{ x: 0, y: 0, width: 28800, height: 17000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return releaseRowHeights(bytes, `xl/worksheets/sheet${status.id}.xml`, autoHeightRows);
}

/**
 * ExcelJS marks every row with a height as customHeight="1", and Excel never re-fits such a row.
 * The status table's rows get an estimated height (LibreOffice and print use it as written) without
 * the flag, so Excel still grows a row when an official types a longer text into it.
 */
function releaseRowHeights(bytes: Uint8Array, part: string, rows: { from: number; to: number }): Uint8Array {
  const files = unzipSync(bytes);
  const xml = files[part];
  if (!xml) throw new Error(`templateWriter: ${part} missing from the ExcelJS output`);
  const released = strFromU8(xml).replace(/<row r="(\d+)" ht="([0-9.]+)" customHeight="1"/g, (whole, r: string, ht: string) => {
    const n = Number(r);
    return n >= rows.from && n <= rows.to ? `<row r="${r}" ht="${ht}"` : whole;
  });
  files[part] = strToU8(released);
  // JSZip's folder entries ("xl/") are not parts; Office never writes them.
  for (const name of Object.keys(files)) if (name.endsWith("/")) delete files[name];
  return zipSync(files, { level: 6 });
}

async function writeStatusSheet(
  ws: Worksheet,
  options: StatusWorkbookOptions,
  measures: readonly Measure[],
  committeeName: string,
  quarterText: string,
): Promise<{ from: number; to: number }> {
  const { catalogue, committee, lang, entries } = options;
  const R = STATUS_SHEET_ROWS;
  STATUS_COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const frozenWidth = STATUS_COLUMNS.slice(0, 3).reduce((sum, c) => sum + c.width, 0);

  // Title and guidance: merged over the frozen columns, so they stay whole however far one scrolls.
  const title = lang === "km" ? `${committeeName} — ${T.statusTitleSuffix.km} ${quarterText}` : `${committeeName} — ${quarterText} ${T.statusTitleSuffix.en}`;
  const workingTitles = measures.some((m) => m.provenance === "working-title");
  const seeSheet = `${T.seeInstructions[lang]} ${q(SHEET_NAMES.instructions[lang], lang)}${lang === "km" ? "។" : "."}`;
  const guidance = [T.guidance[lang], seeSheet, workingTitles ? T.workingTitles[lang] : ""].filter(Boolean).join(" ");
  ws.mergeCells(R.title, 1, R.title, 3);
  ws.mergeCells(R.guidance, 1, R.guidance, 3);
  const titleCell = ws.getCell(R.title, 1);
  titleCell.value = title;
  titleCell.font = font(lang, { bold: true, size: 14, color: TITLE_BLUE });
  titleCell.alignment = { vertical: "middle", wrapText: true };
  ws.getRow(R.title).height = rowHeight(lang, [{ text: title, width: frozenWidth, size: 14, bold: true, wrap: true }]) + 4;
  const guidanceCell = ws.getCell(R.guidance, 1);
  guidanceCell.value = guidance;
  guidanceCell.font = font(lang, { italic: lang === "en", size: TYPE[lang].size - 1, color: { argb: "FF404040" } });
  guidanceCell.alignment = TOP_WRAP;
  ws.getRow(R.guidance).height = rowHeight(lang, [{ text: guidance, width: frozenWidth, size: TYPE[lang].size - 1, wrap: true }]) + 4;

  // Body: committee measures in catalogue order, then any entries for IDs the committee no longer
  // reports on (kept, never dropped: the rules flag them).
  const known = new Set<string>(measures.map((m) => m.id));
  const extra = [...(entries?.keys() ?? [])].filter((id) => !known.has(id));
  const bodyRows: (string | number | null)[][] = measures.map((m) =>
    STATUS_COLUMNS.map((c) => {
      switch (c.key) {
        case "id":
          return m.id;
        case "goal":
          return m.goal;
        case "title":
          return pick(m.title, lang);
        case "lead":
          return m.lead;
        case "role":
          return (m.lead === committee ? ROLE_LABELS.lead : ROLE_LABELS.supporting)[lang];
        default:
          return entryValue(entries?.get(m.id), c.key);
      }
    }),
  );
  for (const id of extra) bodyRows.push(STATUS_COLUMNS.map((c) => (c.key === "id" ? id : c.kind === "entry" ? entryValue(entries?.get(id), c.key) : null)));
  // An Excel table needs at least one body row.
  if (bodyRows.length === 0) bodyRows.push(STATUS_COLUMNS.map(() => null));

  ws.addTable({
    name: STATUS_TABLE,
    ref: a1(R.header - 1, 0),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: false },
    columns: headerRow(lang).map((name) => ({ name, filterButton: true })),
    rows: bodyRows,
  });

  const header = ws.getRow(R.header);
  STATUS_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.font = font(lang, { bold: true, color: WHITE });
    cell.fill = c.kind === "entry" ? HEADER_FILL_ENTRY : HEADER_FILL_CATALOGUE;
    cell.alignment = HEADER_ALIGN;
    cell.border = BORDERS;
    cell.protection = { locked: true };
  });
  // Room for the filter button beside each label.
  header.height = rowHeight(
    lang,
    STATUS_COLUMNS.map((c) => ({ text: c.label[lang], width: c.width - 2, bold: true, wrap: true })),
  );

  const firstBody = R.firstBody;
  const lastBody = R.firstBody + bodyRows.length - 1;
  bodyRows.forEach((values, index) => {
    const row = ws.getRow(firstBody + index);
    STATUS_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const numFmt = numFmtFor(c);
      if (numFmt) cell.numFmt = numFmt;
      cell.font = font(lang);
      cell.alignment = alignmentFor(c);
      cell.border = BORDERS;
      if (c.kind === "catalogue") {
        cell.fill = GREY_FILL;
        cell.protection = { locked: true };
      } else {
        cell.protection = { locked: false };
      }
    });
    row.height = rowHeight(
      lang,
      STATUS_COLUMNS.map((c, i) => ({ text: displayText(values[i] ?? null, c), width: c.width, wrap: wraps(c) })),
    );
  });

  // Validation: one rule per run of adjacent entry columns that share it, over the body rows only.
  const bodyRange = (from: number, to: number) => `${columnLetters(from)}${firstBody}:${columnLetters(to)}${lastBody}`;
  let run: { from: number; to: number; validation: DataValidation; key: string } | undefined;
  const flush = () => {
    if (run) dataValidations(ws).add(bodyRange(run.from, run.to), run.validation);
    run = undefined;
  };
  STATUS_COLUMNS.forEach((c, i) => {
    const validation = c.kind === "entry" ? validationFor(c, lang) : undefined;
    if (!validation) return flush();
    checkLimits(validation);
    const key = JSON.stringify(validation);
    if (run && run.key === key && run.to === i - 1) run.to = i;
    else {
      flush();
      run = { from: i, to: i, validation, key };
    }
  });
  flush();

  // Status colours, matching the label typed in either language.
  const statusCol = STATUS_COLUMNS.findIndex((c) => c.type === "status");
  const statusTop = a1(firstBody - 1, statusCol);
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  ws.addConditionalFormatting({
    ref: bodyRange(statusCol, statusCol),
    rules: STATUS_CODES.map((code, i) => ({
      type: "expression",
      priority: i + 1,
      formulae: [`OR(TRIM(${statusTop})=${literal(STATUS_LABELS[code].en)},TRIM(${statusTop})=${literal(STATUS_LABELS[code].km)})`],
      style: { fill: solid(STATUS_COLOURS[code]) },
    })),
  });
  const progressCol = STATUS_COLUMNS.findIndex((c) => c.type === "percent");
  addProgressBars(ws, bodyRange(progressCol, progressCol), STATUS_CODES.length + 1);

  pageSetup(ws, "landscape", `${R.header}:${R.header}`, `${committee} · ${quarterText} · ${catalogue.version}`);
  await ws.protect("", PROTECTION);
  return { from: R.header, to: lastBody };
}

function entryValue(values: EntryValues | undefined, key: ColumnKey): string | number | null {
  const v = values?.[key];
  return v === undefined ? null : v;
}

async function writeCatalogueSheet(ws: Worksheet, catalogue: Catalogue, lang: Lang): Promise<void> {
  const R = CATALOGUE_SHEET_ROWS;
  const rows = catalogue.measures.map((m) => CATALOGUE_COLUMNS.map((c) => c.value(m, lang)));
  if (rows.length === 0) rows.push(CATALOGUE_COLUMNS.map(() => ""));
  // Columns that do not wrap widen to their longest value (Khmer labels run longer than English).
  const scale = TYPE[lang].size / 11;
  const widths = CATALOGUE_COLUMNS.map((c, i) =>
    c.wrap ? c.width : Math.min(30, Math.max(c.width, Math.ceil(Math.max(...rows.map((r) => textUnits(String(r[i]), lang, false))) * scale + 1.5))),
  );
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const totalWidth = widths.reduce((sum, w) => sum + w, 0);
  const titleCell = ws.getCell(R.title, 1);
  titleCell.value = `${T.catalogueTitle[lang]} — ${T.version[lang]} ${catalogue.version}`;
  titleCell.font = font(lang, { bold: true, size: 14, color: TITLE_BLUE });
  ws.getRow(R.title).height = rowHeight(lang, [{ text: "", width: totalWidth, size: 14, wrap: false }]) + 4;
  const working = catalogue.measures.some((m) => m.provenance === "working-title");
  const note = [working ? T.catalogueWorkingNote[lang] : "", catalogue.source].filter(Boolean).join(" ");
  ws.mergeCells(R.note, 1, R.note, CATALOGUE_COLUMNS.length);
  const noteCell = ws.getCell(R.note, 1);
  noteCell.value = note;
  noteCell.font = font(lang, { italic: lang === "en", bold: working, size: TYPE[lang].size - 1, color: { argb: working ? "FF9C5700" : "FF404040" } });
  noteCell.alignment = TOP_WRAP;
  ws.getRow(R.note).height = rowHeight(lang, [{ text: note, width: totalWidth, size: TYPE[lang].size - 1, bold: working, wrap: true }]) + 4;

  ws.addTable({
    name: CATALOGUE_TABLE,
    ref: a1(R.header - 1, 0),
    headerRow: true,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: CATALOGUE_COLUMNS.map((c) => ({ name: c.label[lang], filterButton: true })),
    rows,
  });
  const header = ws.getRow(R.header);
  header.eachCell((cell) => {
    cell.font = font(lang, { bold: true, color: WHITE });
    cell.fill = HEADER_FILL_CATALOGUE;
    cell.alignment = HEADER_ALIGN;
    cell.border = BORDERS;
  });
  header.height = rowHeight(
    lang,
    CATALOGUE_COLUMNS.map((c, i) => ({ text: c.label[lang], width: widths[i]! - 2, bold: true, wrap: true })),
  );
  rows.forEach((values, index) => {
    const row = ws.getRow(R.firstBody + index);
    CATALOGUE_COLUMNS.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = font(lang);
      cell.alignment = c.wrap ? TOP_WRAP : c.center ? { vertical: "top", horizontal: "center" } : TOP;
      cell.border = BORDERS;
    });
    row.height = rowHeight(
      lang,
      CATALOGUE_COLUMNS.map((c, i) => ({ text: String(values[i] ?? ""), width: widths[i]!, wrap: c.wrap === true })),
    );
  });
  pageSetup(ws, "landscape", `${R.header}:${R.header}`, `${T.catalogueTitle[lang]} ${catalogue.version}`);
  await ws.protect("", PROTECTION);
}

async function writeInstructionsSheet(ws: Worksheet, lang: Lang, committeeName: string, quarterText: string): Promise<void> {
  const text = instructionText(lang, committeeName, quarterText);
  const widths = [22, 95] as const;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let r = 1;
  const put = (a: string | null, b: string | null, style: { bold?: boolean; size?: number; fill?: string; right?: boolean } = {}) => {
    const row = ws.getRow(r++);
    const size = style.size ?? TYPE[lang].size;
    if (a !== null) {
      const cell = row.getCell(1);
      cell.value = a;
      cell.font = font(lang, { bold: style.bold ?? false, size, ...(style.size ? { color: TITLE_BLUE } : {}) });
      cell.alignment = style.right ? { vertical: "top", horizontal: "right" } : TOP;
      if (style.fill) {
        cell.fill = solid(style.fill);
        cell.border = BORDERS;
      }
    }
    if (b !== null) {
      const cell = row.getCell(2);
      cell.value = b;
      cell.font = font(lang);
      cell.alignment = TOP_WRAP;
      if (style.fill) cell.border = BORDERS;
    }
    row.height = rowHeight(lang, [
      { text: a ?? "", width: widths[0], size, bold: style.bold, wrap: false },
      { text: b ?? "", width: widths[1], wrap: true },
    ]);
  };
  put(text.title, null, { bold: true, size: 14 });
  r++;
  for (const line of text.intro) put(null, line);
  r++;
  put(text.statusHeading, null, { bold: true });
  for (const code of STATUS_CODES) put(STATUS_LABELS[code][lang], STATUS_MEANINGS[code][lang], { fill: STATUS_COLOURS[code] });
  r++;
  put(text.rulesHeading, null, { bold: true });
  text.rules.forEach((rule, i) => put(`${i + 1}.`, rule, { right: true }));
  pageSetup(ws, "portrait", undefined, SHEET_NAMES.instructions[lang]);
  await ws.protect("", { ...PROTECTION, autoFilter: false });
}
