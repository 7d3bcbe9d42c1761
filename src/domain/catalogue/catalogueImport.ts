import type { Catalogue, Measure } from "./catalogue";
import type { LocalText } from "../text/lang";
import { buildMeasure, type MeasureRecord } from "./measureRecord";
import { dropDuplicateIds, makeCatalogue, shortHash, type Placed } from "./catalogueBuild";
import { problem, type Problem } from "../rules/problems";
import { labelKey, normaliseText } from "../text/normalise";

type Field = keyof MeasureRecord;

interface ImportColumn {
  readonly field: Field;
  readonly label: LocalText;
  /** Other headers officials may use, in either language. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

/** The action-plan columns we understand, mapped by header text in English or Khmer. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { field: "id", label: { en: "Measure ID", km: "លេខសម្គាល់វិធានការ" }, aliases: ["ID", "No", "No.", "Code", "Measure code", "លេខសម្គាល់", "លេខកូដ"], required: true },
  { field: "goal", label: { en: "Goal", km: "គោលដៅ" }, aliases: ["DESPF goal", "Goal no", "គោលដៅយុទ្ធសាស្ត្រ"], required: true },
  { field: "clusterEn", label: { en: "Strategic cluster", km: "ចង្កោមយុទ្ធសាស្ត្រ (អង់គ្លេស)" }, aliases: ["Cluster", "Cluster (English)"], required: false },
  { field: "clusterKm", label: { en: "Strategic cluster (Khmer)", km: "ចង្កោមយុទ្ធសាស្ត្រ" }, aliases: ["Cluster (Khmer)"], required: false },
  { field: "titleEn", label: { en: "Title", km: "ចំណងជើង (អង់គ្លេស)" }, aliases: ["Title (English)", "Measure", "Key policy measure", "Policy measure"], required: false },
  { field: "titleKm", label: { en: "Title (Khmer)", km: "ចំណងជើង" }, aliases: ["វិធានការគោលនយោបាយ", "វិធានការ"], required: false },
  { field: "lead", label: { en: "Lead committee", km: "គណៈកម្មាធិការដឹកនាំ" }, aliases: ["Lead", "Responsible committee", "គណៈកម្មាធិការទទួលខុសត្រូវ"], required: true },
  { field: "supporting", label: { en: "Supporting committees", km: "គណៈកម្មាធិការគាំទ្រ" }, aliases: ["Supporting", "Support"], required: false },
  { field: "dgpStrategy", label: { en: "DGP strategy", km: "យុទ្ធសាស្ត្ររដ្ឋាភិបាលឌីជីថល" }, aliases: ["Strategy", "Digital Government Policy strategy"], required: false },
  { field: "leadInstitution", label: { en: "Lead institution", km: "ស្ថាប័នដឹកនាំ" }, aliases: ["Institution", "Responsible institution", "ស្ថាប័នទទួលខុសត្រូវ"], required: false },
  { field: "target", label: { en: "Target", km: "ពេលវេលាគោលដៅ" }, aliases: ["Deadline", "Timeline", "Horizon", "Target date", "កាលកំណត់"], required: false },
];

const headerToField = new Map<string, Field>();
for (const col of IMPORT_COLUMNS) {
  for (const h of [col.label.en, col.label.km, ...col.aliases]) headerToField.set(labelKey(h), col.field);
}

export interface ImportedTable {
  readonly file: string;
  readonly sheet?: string;
  /** Cell text as the user sees it; row i is spreadsheet/CSV row i + 1. */
  readonly rows: readonly (readonly string[])[];
}

export interface ImportResult {
  readonly catalogue?: Catalogue;
  readonly measures: readonly Measure[];
  /** Every problem, each naming its row; a fatal one (missing columns) leaves no measures. */
  readonly problems: readonly Problem[];
  /** Non-blank data rows read, so callers can show that nothing was dropped silently. */
  readonly rowsRead: number;
}

const blank = (row: readonly string[]): boolean => row.every((c) => !normaliseText(c));

export function importCatalogue(table: ImportedTable, version: string, source: string): ImportResult {
  const { file, sheet } = table;
  const headerIndex = table.rows.findIndex((r) => !blank(r));
  if (headerIndex < 0) {
    return { measures: [], rowsRead: 0, problems: [problem("import.empty", { en: "The file has no rows", km: "ឯកសារគ្មានជួរ" }, { file, sheet })] };
  }
  const header = table.rows[headerIndex]!;
  const columnOf = new Map<Field, number>();
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    const field = headerToField.get(labelKey(h));
    if (!field) return;
    if (columnOf.has(field)) {
      problems.push(problem("import.column-duplicate", { en: `Column "${h}" appears twice; the first is used`, km: `ជួរឈរ "${h}" មានពីរដង` }, { file, sheet, row: headerIndex + 1 }, "warning"));
    } else columnOf.set(field, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columnOf.has(c.field));
  if (!columnOf.has("titleEn") && !columnOf.has("titleKm")) missing.push(IMPORT_COLUMNS.find((c) => c.field === "titleEn")!);
  if (missing.length > 0) {
    const names = missing.map((c) => c.label.en).join(", ");
    const namesKm = missing.map((c) => c.label.km).join(", ");
    problems.push(
      problem(
        "import.columns-missing",
        { en: `Required columns missing: ${names} (header row ${headerIndex + 1})`, km: `ខ្វះជួរឈរចាំបាច់៖ ${namesKm}` },
        { file, sheet, row: headerIndex + 1 },
      ),
    );
    return { measures: [], rowsRead: 0, problems };
  }

  const placed: Placed<Measure>[] = [];
  let rowsRead = 0;
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (blank(row)) continue;
    rowsRead++;
    const cell = (f: Field): string => {
      const idx = columnOf.get(f);
      return idx === undefined ? "" : (row[idx] ?? "");
    };
    const record = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, cell(c.field)])) as unknown as MeasureRecord;
    const where = { file, sheet, row: i + 1 };
    const built = buildMeasure({ ...record, provenance: "" }, where, "official");
    problems.push(...built.problems);
    if (built.measure) placed.push({ value: built.measure, where });
  }
  const deduped = dropDuplicateIds(placed);
  problems.push(...deduped.problems);
  const measures = deduped.measures;
  return {
    measures,
    problems,
    rowsRead,
    ...(measures.length > 0 ? { catalogue: makeCatalogue(version, source, measures) } : {}),
  };
}

/**
 * An official action plan imported on `today`: versioned `official-<date>-<short hash>` unless a
 * version is given, so one version string always names one content (the CLI and the pane agree).
 */
export function importActionPlan(table: ImportedTable, fileName: string, today: Date, version?: string): ImportResult {
  const stamp = today.toISOString().slice(0, 10);
  const result = importCatalogue(table, version ?? `official-${stamp}`, `Imported from ${fileName} on ${stamp}`);
  if (!result.catalogue || version) return result;
  return { ...result, catalogue: { ...result.catalogue, version: `${result.catalogue.version}-${shortHash(result.catalogue.hash)}` } };
}
