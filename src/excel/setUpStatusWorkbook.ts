import type { Catalogue } from "../domain/catalogue";
import { a1 } from "../domain/cells";
import { committeeMeasures } from "../domain/committeeMeasures";
import type { CommitteeCode, Lang } from "../domain/ids";
import { CATALOGUE_TABLE, META_SHEET, SHEET_NAMES, STATUS_COLUMNS, STATUS_TABLE } from "../domain/layout";
import type { Quarter } from "../domain/periods";
import { STATUS_SHEET_ROWS, newTableMeta, statusSheetNote, statusSheetTitle } from "../domain/sheetContract";
import { planCatalogueSheet } from "./catalogueSheetWriter";
import { GatewayRefusal, attempt, type ExcelOutcome } from "./errors";
import { REQUEST_BUDGET_BYTES, officeHost, runBatch, turnEventsBackOn, type ExcelHost } from "./host";
import { planMeta } from "./metaWriter";
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
 * Tables of a set-up that did not finish: the sheets they are on were being replaced. Their
 * entries are read if the new status table was never made, and they are removed once one is.
 */
export const REPLACED_SUFFIX = "_Replaced";
const REPLACED_STATUS = `${STATUS_TABLE}${REPLACED_SUFFIX}`;
const REPLACED_CATALOGUE = `${CATALOGUE_TABLE}${REPLACED_SUFFIX}`;

const lower = (s: string): string => s.toLowerCase();

/**
 * "Set up this workbook for my committee and quarter": makes the status sheet and table, the
 * catalogue sheet and the metadata, or refreshes them (a newer catalogue, another language)
 * keeping every entry by measure ID.
 *
 * One Excel.run: a sync to see what exists, a sync to read the old table (refresh only), and the
 * writes in one sync — more only when the values exceed what one request may carry. Nothing old is
 * removed before the new sheets are complete: old sheets are renamed first and deleted last, so
 * a failure part-way loses nothing.
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
        // 1. What exists.
        wb.worksheets.load("items/name,items/protection/protected");
        wb.tables.load("items/name,items/worksheet/name");
        wb.names.load("items/name");
        await context.sync();
        const sheets = wb.worksheets.items.map((s) => ({ name: s.name, protected: s.protection.protected }));
        const tables = new Map(wb.tables.items.map((t) => [t.name.toUpperCase(), t.worksheet.name]));
        const existingNames = wb.names.items.map((n) => n.name);
        const meta = sheets.find((s) => lower(s.name) === lower(META_SHEET));
        const statusSource = tables.has(STATUS_TABLE.toUpperCase()) ? STATUS_TABLE : tables.has(REPLACED_STATUS.toUpperCase()) ? REPLACED_STATUS : undefined;
        if (statusSource && !meta) {
          throw new GatewayRefusal("PolicyTracker.MetadataMissing", {
            en: `The workbook has a ${STATUS_TABLE} table but no ${META_SHEET} metadata sheet. Copy your entries elsewhere, delete that table's sheet, then set up again.`,
            km: `សៀវភៅការងារមានតារាង ${STATUS_TABLE} ប៉ុន្តែគ្មានសន្លឹក ${META_SHEET}។ សូមចម្លងទិន្នន័យរបស់អ្នកទុក លុបសន្លឹកនៃតារាងនោះ រួចរៀបចំម្តងទៀត។`,
          });
        }

        // 2. The old entries, and whether sheets with our names hold anything of someone else's.
        const ours = new Set([...tables.entries()].filter(([name]) => name.startsWith("PT_")).map(([, sheet]) => lower(sheet)));
        const strangers = sheets.filter((s) => [lower(statusName), lower(catalogueName)].includes(lower(s.name)) && !ours.has(lower(s.name)));
        // A workbook with our metadata was set up by Policy Tracker: sheets with our names are ours.
        const used = meta ? [] : strangers.map((s) => ({ name: s.name, range: wb.worksheets.getItem(s.name).getUsedRangeOrNullObject(true).load("address") }));
        let previous: StatusTableData | undefined;
        if (statusSource) previous = (await readStatusTable(context, host, { scope: { kind: "body" }, table: statusSource, formulaTexts: true })).data;
        else if (used.length > 0) await context.sync();
        const taken = used.find((u) => !u.range.isNullObject);
        if (taken) {
          throw new GatewayRefusal("PolicyTracker.SheetNameTaken", {
            en: `A sheet named “${taken.name}” already holds data. Rename it, then set up again.`,
            km: `សន្លឹកឈ្មោះ «${taken.name}» មានទិន្នន័យរួចហើយ។ សូមប្តូរឈ្មោះវា រួចរៀបចំម្តងទៀត។`,
          });
        }

        // 3. Write. Old sheets step aside (renamed, their tables too), new ones are built, old ones go last.
        const catalogueSheetName = tables.get(CATALOGUE_TABLE.toUpperCase());
        const catalogueCurrent =
          catalogueSheetName !== undefined &&
          lower(catalogueSheetName) === lower(catalogueName) &&
          previous?.meta.catalogueHash === catalogue.hash &&
          previous.meta.language === lang;
        const replace = new Set<string>(strangers.map((s) => s.name));
        for (const [table, sheet] of tables) {
          if (table === STATUS_TABLE.toUpperCase() || table === REPLACED_STATUS.toUpperCase() || table === REPLACED_CATALOGUE.toUpperCase()) replace.add(sheet);
          if (table === CATALOGUE_TABLE.toUpperCase() && !catalogueCurrent) replace.add(sheet);
        }
        const sheetNames = new Set(sheets.map((s) => lower(s.name)));
        let n = 0;
        const spareName = (): string => {
          for (;;) {
            n += 1;
            const name = `PT_Old${n}`;
            if (!sheetNames.has(lower(name))) return name;
          }
        };

        context.runtime.enableEvents = false;
        const old: Excel.Worksheet[] = [];
        for (const name of replace) {
          const sheet = wb.worksheets.getItem(name);
          sheet.name = spareName();
          old.push(sheet);
        }
        // Table names are unique in a workbook: free ours for the new tables. Leftovers of an earlier
        // unfinished set-up move aside first; they go with their sheets at the end.
        const tableNames = new Set(tables.keys());
        const freeTableName = (base: string): string => {
          for (let k = 2; ; k++) if (!tableNames.has(`${base}${k}`.toUpperCase())) return `${base}${k}`;
        };
        for (const leftover of [REPLACED_STATUS, REPLACED_CATALOGUE]) {
          if (!tableNames.has(leftover.toUpperCase())) continue;
          const moved = freeTableName(leftover);
          tableNames.add(moved.toUpperCase());
          wb.tables.getItem(leftover).name = moved;
        }
        if (tables.has(STATUS_TABLE.toUpperCase())) wb.tables.getItem(STATUS_TABLE).name = REPLACED_STATUS;
        if (tables.has(CATALOGUE_TABLE.toUpperCase()) && !catalogueCurrent) wb.tables.getItem(CATALOGUE_TABLE).name = REPLACED_CATALOGUE;
        const status = wb.worksheets.add(statusName);
        const catalogueSheet = catalogueCurrent ? wb.worksheets.getItem(catalogueName) : wb.worksheets.add(catalogueName);
        const metaSheet = meta ? wb.worksheets.getItem(META_SHEET) : wb.worksheets.add(META_SHEET);

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
        if (!catalogueCurrent) planCatalogueSheet(plan, catalogueSheet, catalogue, lang, budget);
        // A new table: any earlier submission stamp no longer describes it (newTableMeta leaves it blank).
        const metaValues = newTableMeta(catalogue, committee, quarter, lang);
        planMeta(plan, { sheet: metaSheet, sheetProtected: meta?.protected ?? false, names: wb.names, existingNames }, metaValues);
        plan.add(() => {
          status.position = 0;
          catalogueSheet.position = 1;
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
  if (!outcome.ok) await turnEventsBackOn(host);
  return outcome;
}
