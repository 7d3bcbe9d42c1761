import type { Lang, LocalText } from "../text/lang";
import { labelKey } from "../text/normalise";

/** Bumped when columns change; workbooks record it so readers and upgrades know what they hold. */
export const LAYOUT_VERSION = "1";

export type ColumnType = "id" | "goal" | "text" | "longText" | "committee" | "role" | "status" | "percent" | "date" | "money" | "url";

export type ColumnKey =
  | "id"
  | "goal"
  | "title"
  | "lead"
  | "role"
  | "status"
  | "progress"
  | "plannedCompletion"
  | "actualCompletion"
  | "achievements"
  | "challenges"
  | "nextSteps"
  | "budgetPlanned"
  | "budgetSpent"
  | "evidence"
  | "officer";

export interface ColumnDef {
  readonly key: ColumnKey;
  readonly label: LocalText;
  /** Catalogue columns are written by the add-in and locked; entry columns are the officials'. */
  readonly kind: "catalogue" | "entry";
  readonly type: ColumnType;
  /** Character width in Excel. */
  readonly width: number;
  /** Text length cap (Excel validation and the rule). */
  readonly maxLength?: number;
  /** Cleared when the workbook moves to the next quarter. */
  readonly perQuarter?: boolean;
}

/**
 * The status table's columns, in order. The header row is a contract (README): readers accept
 * these labels in English or Khmer.
 */
export const STATUS_COLUMNS: readonly ColumnDef[] = [
  { key: "id", label: { en: "Measure ID", km: "លេខសម្គាល់វិធានការ" }, kind: "catalogue", type: "id", width: 11 },
  { key: "goal", label: { en: "Goal", km: "គោលដៅ" }, kind: "catalogue", type: "goal", width: 7 },
  { key: "title", label: { en: "Measure", km: "វិធានការ" }, kind: "catalogue", type: "text", width: 48 },
  { key: "lead", label: { en: "Lead committee", km: "គណៈកម្មាធិការដឹកនាំ" }, kind: "catalogue", type: "committee", width: 10 },
  { key: "role", label: { en: "Our role", km: "តួនាទីរបស់យើង" }, kind: "catalogue", type: "role", width: 11 },
  { key: "status", label: { en: "Status", km: "ស្ថានភាព" }, kind: "entry", type: "status", width: 16 },
  { key: "progress", label: { en: "Progress %", km: "វឌ្ឍនភាព %" }, kind: "entry", type: "percent", width: 11 },
  { key: "plannedCompletion", label: { en: "Planned completion", km: "កាលបរិច្ឆេទបញ្ចប់តាមគម្រោង" }, kind: "entry", type: "date", width: 13 },
  { key: "actualCompletion", label: { en: "Actual completion", km: "កាលបរិច្ឆេទបញ្ចប់ជាក់ស្តែង" }, kind: "entry", type: "date", width: 13 },
  { key: "achievements", label: { en: "Achievements this quarter", km: "សមិទ្ធផលក្នុងត្រីមាសនេះ" }, kind: "entry", type: "longText", width: 40, maxLength: 2000, perQuarter: true },
  { key: "challenges", label: { en: "Challenges / reasons for delay", km: "បញ្ហាប្រឈម / មូលហេតុនៃការយឺតយ៉ាវ" }, kind: "entry", type: "longText", width: 36, maxLength: 2000, perQuarter: true },
  { key: "nextSteps", label: { en: "Next steps", km: "ជំហានបន្ទាប់" }, kind: "entry", type: "longText", width: 36, maxLength: 2000, perQuarter: true },
  { key: "budgetPlanned", label: { en: "Budget planned (USD)", km: "ថវិកាគ្រោងទុក (ដុល្លារ)" }, kind: "entry", type: "money", width: 14 },
  { key: "budgetSpent", label: { en: "Budget spent (USD)", km: "ថវិកាបានចំណាយ (ដុល្លារ)" }, kind: "entry", type: "money", width: 14 },
  { key: "evidence", label: { en: "Evidence link", km: "តំណភស្តុតាង" }, kind: "entry", type: "url", width: 28, maxLength: 500, perQuarter: true },
  { key: "officer", label: { en: "Reporting officer", km: "មន្ត្រីរាយការណ៍" }, kind: "entry", type: "text", width: 20, maxLength: 200 },
];

export const CATALOGUE_COLUMN_KEYS = STATUS_COLUMNS.filter((c) => c.kind === "catalogue").map((c) => c.key);
export const ENTRY_COLUMN_KEYS = STATUS_COLUMNS.filter((c) => c.kind === "entry").map((c) => c.key);

export function columnIndex(key: ColumnKey): number {
  return STATUS_COLUMNS.findIndex((c) => c.key === key);
}

export function columnDef(key: ColumnKey): ColumnDef {
  return STATUS_COLUMNS[columnIndex(key)]!;
}

export function headerRow(lang: Lang): string[] {
  return STATUS_COLUMNS.map((c) => c.label[lang]);
}

const headerLookup = new Map<string, ColumnKey>();
for (const c of STATUS_COLUMNS) {
  headerLookup.set(labelKey(c.label.en), c.key);
  headerLookup.set(labelKey(c.label.km), c.key);
}

/** Maps a header row written in either language (or mixed) to column positions. */
export function mapHeader(header: readonly string[]): { positions: Map<ColumnKey, number>; missing: ColumnKey[]; unknown: string[] } {
  const positions = new Map<ColumnKey, number>();
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const key = headerLookup.get(labelKey(h));
    if (key && !positions.has(key)) positions.set(key, i);
    else if (h.trim()) unknown.push(h);
  });
  return { positions, missing: STATUS_COLUMNS.map((c) => c.key).filter((k) => !positions.has(k)), unknown };
}

/** Sheet and table names. Tab names follow the workbook's language; tables and metadata are fixed. */
export const SHEET_NAMES = {
  status: { en: "Status", km: "ស្ថានភាព" },
  catalogue: { en: "Catalogue", km: "កាតាឡុក" },
  instructions: { en: "How to fill in", km: "របៀបបំពេញ" },
} as const satisfies Record<string, LocalText>;
export const META_SHEET = "PT_Meta";
export const STATUS_TABLE = "PT_Status";
export const CATALOGUE_TABLE = "PT_Catalogue";

/** Metadata keys stored in the very-hidden sheet (column A key, column B value) and as defined names. Contract. */
export const META_KEYS = [
  "committee",
  "quarter",
  "catalogueVersion",
  "catalogueHash",
  "layoutVersion",
  "language",
  "submittedAt",
  "submittedBy",
  "contentChecksum",
] as const;
export type MetaKey = (typeof META_KEYS)[number];
export type WorkbookMeta = Partial<Record<MetaKey, string>>;

/** Defined name for a metadata key: PT_Quarter, PT_CatalogueHash … */
export function metaName(key: MetaKey): string {
  return `PT_${key[0]!.toUpperCase()}${key.slice(1)}`;
}

export const ROLE_LABELS = {
  lead: { en: "Lead", km: "ដឹកនាំ" },
  supporting: { en: "Supporting", km: "គាំទ្រ" },
} as const satisfies Record<string, LocalText>;
