import type { Catalogue } from "../catalogue/catalogue";
import type { CatalogueSheetCells } from "../catalogue/carried";
import { parseCommittee } from "../catalogue/committees";
import type { CommitteeCode, MeasureId } from "../ids";
import { LAYOUT_VERSION, columnDef, type ColumnKey, type WorkbookMeta } from "../statusSheet/columns";
import { parseQuarter, type Quarter } from "../periods/periods";
import { problem, type Problem } from "./problems";
import type { StatusCode } from "../entries/status";
import type { StatusEntry, StatusRow } from "../statusSheet/statusRow";
import type { AuditRow } from "../statusSheet/auditLog";
import { stampProblem } from "./stampCheck";
import { rowsIn1900DateSystem } from "../entries/dateSystem";
import { checkRows } from "./tableRules";
import type { Finding } from "./types";
import { workbookCatalogue } from "./workbookCatalogue";

/** A status table from anywhere (a file, or Excel through Office.js), with a way to name its cells. */
export interface SubmissionInput {
  readonly file: string;
  readonly sheet: string;
  readonly meta: WorkbookMeta;
  readonly hasMeta: boolean;
  readonly missingColumns: readonly ColumnKey[];
  readonly rows: readonly StatusRow[];
  /** The workbook's catalogue sheet, when the reader was asked for it (an official's check). */
  readonly catalogueSheet?: CatalogueSheetCells;
  /** The workbook counts dates from 1904 (its date system): the rules read its serials accordingly. */
  readonly date1904?: boolean;
  /** A1 address of a body row's cell, when that column exists in the sheet. */
  locate(row: number, column: ColumnKey): string | undefined;
  /**
   * The change log as read from a file (`present` false when the workbook has none): the stamp's
   * checksum is then verified. Absent for a table read in Excel, where Prepare stamps afresh.
   */
  readonly auditLog?: { readonly present: boolean; readonly rows: readonly AuditRow[] };
}

export interface SubmissionCheckOptions {
  readonly catalogues: readonly Catalogue[];
  /** Accept the catalogue the workbook carries, once verified (never in consolidation: see workbookCatalogue). */
  readonly acceptCarriedCatalogue?: boolean;
  /** When the caller expects a given quarter (consolidation), a workbook for another is refused. */
  readonly expectedQuarter?: Quarter;
  readonly previous?: ReadonlyMap<MeasureId, { readonly status?: StatusCode; readonly progress?: number }>;
}

export interface SubmissionVerdict {
  readonly problems: readonly Problem[];
  readonly quarter?: Quarter;
  readonly committee?: CommitteeCode;
  readonly catalogue?: Catalogue;
  /** Body rows (0-based) with at least one error. */
  readonly rowsWithErrors: ReadonlySet<number>;
  /** Each body row parsed (entries[i] is rows[i]'s), when the rules ran (the quarter is known). */
  readonly entries?: readonly StatusEntry[];
  /** The rules' findings on the rows (also in `problems`, located), when the rules ran. */
  readonly findings?: readonly Finding[];
}

export function findingToProblem(f: Finding, input: Pick<SubmissionInput, "file" | "sheet" | "locate">): Problem {
  const cell = input.locate(f.row, f.column);
  return {
    code: f.rule,
    severity: f.severity,
    message: f.message,
    where: { file: input.file, sheet: input.sheet, ...(cell ? { cell } : {}), column: columnDef(f.column).label.en },
  };
}

/** What a file is judged on as a whole, before its rows: metadata, quarter, committee, catalogue. */
export interface WorkbookVerdict {
  readonly problems: readonly Problem[];
  readonly quarter?: Quarter;
  readonly committee?: CommitteeCode;
  readonly catalogue?: Catalogue;
}

/**
 * The checks that decide whether a whole file can be used (consolidation refuses a file on these
 * alone): cheap, so that consolidation can judge a file before it runs the rules over its rows.
 */
export function checkWorkbook(input: SubmissionInput, options: SubmissionCheckOptions): WorkbookVerdict {
  const { file, meta } = input;
  const problems: Problem[] = [];
  if (!input.hasMeta) {
    problems.push(
      problem("meta.missing", { en: "No Policy Tracker metadata: this workbook was not made from the status template", km: "គ្មានទិន្នន័យមេតា៖ សៀវភៅការងារនេះមិនបានបង្កើតពីគំរូ" }, { file }),
    );
  }
  const quarter = parseQuarter(meta.quarter ?? "") ?? (input.hasMeta ? undefined : options.expectedQuarter);
  if (input.hasMeta && !quarter) {
    problems.push(problem("meta.quarter", { en: `The workbook's quarter "${meta.quarter ?? ""}" is not valid`, km: "ត្រីមាសរបស់សៀវភៅការងារមិនត្រឹមត្រូវ" }, { file }));
  }
  if (quarter && options.expectedQuarter && quarter !== options.expectedQuarter) {
    problems.push(
      problem("meta.quarter-mismatch", { en: `The workbook is for ${quarter}, not ${options.expectedQuarter}`, km: `សៀវភៅការងារនេះសម្រាប់ ${quarter} មិនមែន ${options.expectedQuarter}` }, { file }),
    );
  }
  const committee = parseCommittee(meta.committee ?? "");
  if (input.hasMeta && !committee) {
    problems.push(problem("meta.committee", { en: `The workbook's committee "${meta.committee ?? ""}" is not DGC, DEBC or DSC`, km: "គណៈកម្មាធិការរបស់សៀវភៅការងារមិនត្រឹមត្រូវ" }, { file }));
  }
  const known = input.hasMeta
    ? workbookCatalogue(meta, input.catalogueSheet, file, { catalogues: options.catalogues, acceptCarried: options.acceptCarriedCatalogue === true })
    : { catalogue: undefined, problems: [] };
  const catalogue = known.catalogue;
  problems.push(...known.problems);
  return { problems, ...(quarter ? { quarter } : {}), ...(committee ? { committee } : {}), ...(catalogue ? { catalogue } : {}) };
}

/** Workbook checks (metadata, quarter, committee, catalogue, columns), then every rule over the rows. */
export function checkSubmission(input: SubmissionInput, options: SubmissionCheckOptions): SubmissionVerdict {
  const { file, sheet, meta } = input;
  const workbook = checkWorkbook(input, options);
  const { quarter, committee, catalogue } = workbook;
  const problems: Problem[] = [...workbook.problems];
  const at = { file, sheet };
  if (input.hasMeta && meta.layoutVersion !== LAYOUT_VERSION) {
    problems.push(problem("meta.layout", { en: `Layout version ${meta.layoutVersion ?? "?"} differs from ${LAYOUT_VERSION}; columns are matched by header`, km: "កំណែប្លង់ខុសគ្នា" }, { file }, "warning"));
  }
  const stamp = stampProblem(input);
  if (stamp) problems.push(stamp);
  if (input.missingColumns.length > 0) {
    const names = input.missingColumns.map((k) => columnDef(k).label.en).join(", ");
    problems.push(problem("table.columns-missing", { en: `Columns missing from the status table: ${names}`, km: `ខ្វះជួរឈរ៖ ${input.missingColumns.map((k) => columnDef(k).label.km).join(", ")}` }, at));
  }
  const rowsWithErrors = new Set<number>();
  let entries: StatusEntry[] | undefined;
  let findings: Finding[] | undefined;
  if (quarter) {
    const rows = input.date1904 ? rowsIn1900DateSystem(input.rows) : input.rows;
    const checked = checkRows(rows, { quarter, ...(committee ? { committee } : {}), ...(catalogue ? { catalogue } : {}), ...(options.previous ? { previous: options.previous } : {}) });
    entries = checked.entries;
    findings = checked.findings;
    for (const f of checked.findings) {
      problems.push(findingToProblem(f, input));
      if (f.severity === "error") rowsWithErrors.add(f.row);
    }
  }
  return { problems, rowsWithErrors, ...(entries ? { entries } : {}), ...(findings ? { findings } : {}), ...(quarter ? { quarter } : {}), ...(committee ? { committee } : {}), ...(catalogue ? { catalogue } : {}) };
}
