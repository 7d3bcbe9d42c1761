import { CATALOGUE_TABLE, META_SHEET, STATUS_TABLE } from "../domain/statusSheet/columns";

/**
 * Which sheets and tables a set-up replaces, and the names things get on the way. Nothing old is
 * removed before the new sheets are complete: old sheets are renamed first and deleted last, so a
 * failure part-way loses nothing and the next set-up finishes the job.
 */

/**
 * Tables of a set-up that did not finish: the sheets they are on were being replaced. Their
 * entries are read if the new status table was never made, and they are removed once one is.
 */
export const REPLACED_SUFFIX = "_Replaced";
export const REPLACED_STATUS = `${STATUS_TABLE}${REPLACED_SUFFIX}`;
export const REPLACED_CATALOGUE = `${CATALOGUE_TABLE}${REPLACED_SUFFIX}`;

/** The new catalogue sheet and table are built under names no workbook holds, then renamed into place. */
const STAGING_SHEET = "PT_New";
const STAGING_TABLE = "PT_CatalogueNew";
/** A staging sheet a failed set-up left (built hidden, so a visible sheet of that name is someone's). */
const STAGED = new RegExp(`^${STAGING_SHEET}[0-9a-z]+$`);

export interface StagingNames {
  readonly sheet: string;
  readonly table: string;
}

/** Names of the new catalogue sheet and table while they are built (unique per set-up). */
export function stagingNames(now = Date.now(), random = Math.random()): StagingNames {
  const stamp = `${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;
  return { sheet: `${STAGING_SHEET}${stamp}`, table: `${STAGING_TABLE}${stamp}` };
}

const lower = (s: string): string => s.toLowerCase();

/** What the first request found in the workbook. */
export interface WorkbookContents {
  readonly sheets: readonly { readonly name: string; readonly protected: boolean; readonly hidden: boolean }[];
  /** Table name (upper case) → the name of its sheet. */
  readonly tables: ReadonlyMap<string, string>;
  readonly names: readonly string[];
}

export interface SetUpTargets {
  /** The metadata sheet, when the workbook has one (then it was set up by Policy Tracker). */
  readonly meta?: { readonly name: string; readonly protected: boolean };
  /** The table whose entries carry over: the status table, or one a failed set-up left aside. */
  readonly statusSource?: string;
  /** Sheets with our names that hold none of our tables, in a workbook we never set up. */
  readonly strangers: readonly string[];
}

export function setUpTargets(found: WorkbookContents, statusName: string, catalogueName: string): SetUpTargets {
  const meta = found.sheets.find((s) => lower(s.name) === lower(META_SHEET));
  const statusSource = found.tables.has(STATUS_TABLE.toUpperCase())
    ? STATUS_TABLE
    : found.tables.has(REPLACED_STATUS.toUpperCase())
      ? REPLACED_STATUS
      : undefined;
  const ours = new Set([...found.tables.entries()].filter(([name]) => name.startsWith("PT_")).map(([, sheet]) => lower(sheet)));
  const strangers = found.sheets
    .filter((s) => [lower(statusName), lower(catalogueName)].includes(lower(s.name)) && !ours.has(lower(s.name)))
    .map((s) => s.name);
  return { ...(meta ? { meta } : {}), ...(statusSource ? { statusSource } : {}), strangers };
}

/**
 * The sheets to rename and delete: those of the status and catalogue tables (current or left by a
 * failed set-up), strangers with our names (found empty), and staging sheets of failed set-ups.
 */
export function sheetsToReplace(found: WorkbookContents, targets: SetUpTargets, staging: StagingNames): Set<string> {
  const replace = new Set<string>(targets.strangers);
  const ourTables = [STATUS_TABLE, REPLACED_STATUS, CATALOGUE_TABLE, REPLACED_CATALOGUE].map((t) => t.toUpperCase());
  for (const [table, sheet] of found.tables) if (ourTables.includes(table)) replace.add(sheet);
  for (const s of found.sheets) if (s.hidden && STAGED.test(s.name) && s.name !== staging.sheet) replace.add(s.name);
  return replace;
}

/** Fresh names PT_Old1, PT_Old2 … not taken by any sheet. */
export function spareSheetNames(sheets: readonly { readonly name: string }[]): () => string {
  const taken = new Set(sheets.map((s) => lower(s.name)));
  let n = 0;
  return () => {
    for (;;) {
      n += 1;
      const name = `PT_Old${n}`;
      if (!taken.has(lower(name))) return name;
    }
  };
}

/** A table name not taken: base2, base3 … */
export function freeTableName(tables: ReadonlySet<string>, base: string): string {
  for (let k = 2; ; k++) if (!tables.has(`${base}${k}`.toUpperCase())) return `${base}${k}`;
}
