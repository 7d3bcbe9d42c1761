import type { Catalogue } from "../domain/catalogue/catalogue";
import { a1 } from "../domain/entries/cells";
import { committeeMeasures } from "../domain/catalogue/committeeMeasures";
import type { CommitteeCode } from "../domain/ids";
import type { Lang } from "../domain/text/lang";
import { CATALOGUE_TABLE, META_SHEET, SHEET_NAMES, STATUS_COLUMNS, STATUS_TABLE } from "../domain/statusSheet/columns";
import type { Quarter } from "../domain/periods/periods";
import { STATUS_SHEET_ROWS, newTableMeta, statusSheetNote, statusSheetTitle } from "../domain/statusSheet/sheetContract";
import { planCatalogueSheet } from "./catalogueSheetWriter";
import { GatewayRefusal, attempt, type ExcelOutcome } from "./errors";
import { REQUEST_BUDGET_BYTES, officeHost, runBatch, type ExcelHost } from "./host";
import { planMeta } from "./metaWriter";
import { recoverAfterFailedWrite } from "./protectionRecovery";
import { SHEET_PROTECTION } from "./sheetProtection";
import {
  REPLACED_CATALOGUE,
  REPLACED_STATUS,
  freeTableName,
  setUpTargets,
  sheetsToReplace,
  spareSheetNames,
  stagingNames,
  type WorkbookContents,
} from "./setUpNames";
import { asOwnWrite } from "./ownWrites";
import { buildStatusBody, type Orphan } from "./statusRows";
import { planStatusSheet } from "./statusSheetWriter";
import type { StatusTableData } from "./statusTable";
import { readStatusTable } from "./tableReader";
import { WritePlan } from "./writePlan";

export interface SetUpOptions {
  readonly catalogue: Catalogue;
  readonly committee: CommitteeCode;
  readonly quarter: Quarter;
  readonly lang: Lang;
  readonly host?: ExcelHost;
  /** Most bytes of values one request may carry (default 4 MB, under Excel on the web's 5 MB). */
  readonly requestBudgetBytes?: number;
}

export interface OrphanRow extends Orphan {
  /** A1 address of the row's measure ID cell on the status sheet. */
  readonly cell: string;
}

export interface SetUpResult {
  /** Body rows written: the committee's measures, then the kept rows. */
  readonly rows: number;
  /** The committee's measures in the catalogue. */
  readonly measures: number;
  /** Rows kept after the committee's measures, with why (never deleted: their entries stay). */
  readonly orphans: readonly OrphanRow[];
  /** IDs of earlier rows left out because they were no longer the committee's and held no entry. */
  readonly dropped: readonly string[];
  /** Earlier rows whose entries were carried over. */
  readonly carried: number;
  /** True when the workbook already had a status table. */
  readonly refreshed: boolean;
  readonly sheet: string;
}

/**
 * "Set up this workbook for my committee and quarter": makes the status sheet and table, the
 * catalogue sheet and the metadata, or refreshes them (a newer catalogue, another language)
 * keeping every entry by measure ID.
 *
 * One Excel.run, a fixed plan of requests whatever the row count:
 *  1. what the workbook holds, and the new catalogue sheet, built hidden under a staging name;
 *  2. only on a refresh, the old table's entries (or, in a workbook Policy Tracker never set up,
 *     whether sheets with our names hold anything);
 *  3. the status sheet and table, validation, formats, protection, metadata; the catalogue sheet
 *     renamed into place; the old sheets deleted.
 * Two requests for a new workbook, three for a refresh. More only for bytes, never for rows: values
 * over 4 MB in one request are split (WritePlan: a catalogue or a table of very long texts), and
 * old entries over one 5 MB response are read in blocks (tableReader: e.g. 20,000 fully filled rows).
 * Nothing old is removed before the new sheets are complete (see setUpNames).
 */
export async function setUpStatusWorkbook(options: SetUpOptions): Promise<ExcelOutcome<SetUpResult>> {
  const host = options.host ?? officeHost();
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const { catalogue, committee, quarter, lang } = options;
  const statusName = SHEET_NAMES.status[lang];
  const catalogueName = SHEET_NAMES.catalogue[lang];

  const outcome = await attempt(() =>
    asOwnWrite(() =>
      runBatch(host, async (context) => {
        const wb = context.workbook;
        // 1. What exists, and the new catalogue sheet (it depends on nothing there).
        wb.worksheets.load("items/name,items/visibility,items/protection/protected");
        wb.tables.load("items/name,items/worksheet/name");
        wb.names.load("items/name");
        context.runtime.enableEvents = false;
        const staging = stagingNames();
        const newCatalogue = wb.worksheets.add(staging.sheet);
        newCatalogue.visibility = "Hidden";
        const first = new WritePlan(budget);
        planCatalogueSheet(first, newCatalogue, catalogue, lang, budget, staging.table, false);
        await first.run(context);
        const found: WorkbookContents = {
          sheets: wb.worksheets.items.map((s) => ({ name: s.name, protected: s.protection.protected, hidden: s.visibility !== "Visible" })),
          tables: new Map(wb.tables.items.map((t) => [t.name.toUpperCase(), t.worksheet.name])),
          names: wb.names.items.map((n) => n.name),
        };
        const targets = setUpTargets(found, statusName, catalogueName);
        const refuse = async (refusal: GatewayRefusal): Promise<never> => {
          newCatalogue.delete();
          context.runtime.enableEvents = true;
          await context.sync();
          throw refusal;
        };

        // 2. The old entries, or whether sheets with our names hold anything of someone else's.
        if (targets.statusSource && !targets.meta) await refuse(metadataMissing());
        let previous: StatusTableData | undefined;
        if (targets.statusSource) {
          previous = (await readStatusTable(context, host, { scope: { kind: "body" }, table: targets.statusSource, formulaTexts: true })).data;
        } else if (!targets.meta && targets.strangers.length > 0) {
          // A workbook with our metadata was set up by Policy Tracker: sheets with our names are ours.
          const used = targets.strangers.map((name) => ({ name, range: wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address") }));
          await context.sync();
          const taken = used.find((u) => !u.range.isNullObject);
          if (taken) await refuse(sheetNameTaken(taken.name));
        }

        // 3. Old sheets step aside (renamed, their tables too), the new ones are built and put in place, old ones go last.
        const old = stepAside(wb, found, sheetsToReplace(found, targets, staging));
        wb.tables.getItem(staging.table).name = CATALOGUE_TABLE;
        newCatalogue.protection.protect(SHEET_PROTECTION);
        newCatalogue.name = catalogueName;
        newCatalogue.visibility = "Visible";
        const status = wb.worksheets.add(statusName);
        const metaSheet = targets.meta ? wb.worksheets.getItem(META_SHEET) : wb.worksheets.add(META_SHEET);

        const body = buildStatusBody(catalogue, committee, lang, previous?.rows ?? []);
        if (body.rows.length === 0) body.rows.push(STATUS_COLUMNS.map(() => ""));
        const measures = committeeMeasures(catalogue, committee);
        const plan = new WritePlan(budget);
        planStatusSheet(
          plan,
          status,
          { lang, title: statusSheetTitle(committee, quarter, lang), note: statusSheetNote(lang, measures), body: body.rows },
          budget,
        );
        // A new table: any earlier submission stamp no longer describes it (newTableMeta leaves it blank).
        const metaValues = newTableMeta(catalogue, committee, quarter, lang);
        planMeta(plan, { sheet: metaSheet, sheetProtected: targets.meta?.protected ?? false, names: wb.names, existingNames: found.names }, metaValues);
        plan.add(() => {
          status.position = 0;
          newCatalogue.position = 1;
          status.activate();
          for (const sheet of old) sheet.delete();
          context.runtime.enableEvents = true;
        });
        await plan.run(context);

        const firstBody = STATUS_SHEET_ROWS.firstBody - 1;
        return {
          rows: body.rows.length,
          measures: measures.length,
          orphans: body.orphans.map((o) => ({ ...o, cell: a1(firstBody + o.bodyIndex, 0) })),
          dropped: body.dropped,
          carried: body.carried,
          refreshed: previous !== undefined,
          sheet: statusName,
        };
      }),
    ),
  );
  if (!outcome.ok) await recoverAfterFailedWrite(host);
  return outcome;
}

/**
 * Queues the renames that free our sheet and table names: replaced sheets become PT_OldN, the
 * status and catalogue tables become *_Replaced (leftovers of an unfinished set-up move aside
 * first). Excel refuses to rename a table on a protected sheet, so those sheets are unprotected
 * first (they are deleted at the end). Returns the sheets to delete once the new ones are complete.
 */
function stepAside(wb: Excel.Workbook, found: WorkbookContents, replace: ReadonlySet<string>): Excel.Worksheet[] {
  const spare = spareSheetNames(found.sheets);
  const renamed = [REPLACED_STATUS, REPLACED_CATALOGUE, STATUS_TABLE, CATALOGUE_TABLE].flatMap((t) => found.tables.get(t.toUpperCase()) ?? []);
  const holdsRenamed = (sheet: string): boolean => renamed.some((name) => name.toLowerCase() === sheet.toLowerCase());
  for (const s of found.sheets) if (s.protected && holdsRenamed(s.name)) wb.worksheets.getItem(s.name).protection.unprotect();
  const old = [...replace].map((name) => {
    const sheet = wb.worksheets.getItem(name);
    sheet.name = spare();
    return sheet;
  });
  const tableNames = new Set(found.tables.keys());
  for (const leftover of [REPLACED_STATUS, REPLACED_CATALOGUE]) {
    if (!tableNames.has(leftover.toUpperCase())) continue;
    const moved = freeTableName(tableNames, leftover);
    tableNames.add(moved.toUpperCase());
    wb.tables.getItem(leftover).name = moved;
  }
  if (found.tables.has(STATUS_TABLE.toUpperCase())) wb.tables.getItem(STATUS_TABLE).name = REPLACED_STATUS;
  if (found.tables.has(CATALOGUE_TABLE.toUpperCase())) wb.tables.getItem(CATALOGUE_TABLE).name = REPLACED_CATALOGUE;
  return old;
}

function metadataMissing(): GatewayRefusal {
  return new GatewayRefusal("PolicyTracker.MetadataMissing", {
    en: `The workbook has a ${STATUS_TABLE} table but no ${META_SHEET} metadata sheet. Copy your entries elsewhere, delete that table's sheet, then set up again.`,
    km: `សៀវភៅការងារមានតារាង ${STATUS_TABLE} ប៉ុន្តែគ្មានសន្លឹក ${META_SHEET}។ សូមចម្លងទិន្នន័យរបស់អ្នកទុក លុបសន្លឹកនៃតារាងនោះ រួចរៀបចំម្តងទៀត។`,
  });
}

function sheetNameTaken(name: string): GatewayRefusal {
  return new GatewayRefusal("PolicyTracker.SheetNameTaken", {
    en: `A sheet named “${name}” already holds data. Rename it, then set up again.`,
    km: `សន្លឹកឈ្មោះ «${name}» មានទិន្នន័យរួចហើយ។ សូមប្តូរឈ្មោះវា រួចរៀបចំម្តងទៀត។`,
  });
}
