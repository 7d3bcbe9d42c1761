import type { Measure } from "../catalogue/catalogue";
import { measureIndex } from "../catalogue/catalogueBuild";
import type { MeasureId } from "../ids";
import { ROLE_LABELS, type ColumnKey } from "../statusSheet/columns";
import { parseText } from "../entries/entryParse";
import { parseEntry, type StatusEntry, type StatusRow } from "../statusSheet/statusRow";
import { labelKey } from "../text/normalise";
import { checkEntryRow } from "./entryRules";
import type { Finding, RuleContext } from "./types";

/** Rules that look across rows or at the catalogue: known IDs, no duplicates, catalogue cells unchanged. */
export const TABLE_RULE_IDS = ["measure.known", "measure.duplicate", "catalogue.unchanged", "measure.committee"] as const;

interface Expected {
  readonly column: ColumnKey;
  /** What the cell may read, English first, and the same as comparison keys. */
  readonly accepted: readonly string[];
  readonly keys: readonly string[];
}

/** Per measure and role (lead, supporting, or unknown committee): what its catalogue cells should read. */
const expectedCache = new WeakMap<Measure, Partial<Record<"lead" | "supporting" | "none", readonly Expected[]>>>();

function expectedCatalogueCells(m: Measure, ctx: RuleContext): readonly Expected[] {
  const kind = ctx.committee === undefined ? "none" : m.lead === ctx.committee ? "lead" : "supporting";
  const cached = expectedCache.get(m)?.[kind];
  if (cached) return cached;
  const role = kind === "none" ? undefined : ROLE_LABELS[kind];
  const cells: Partial<Record<ColumnKey, string[]>> = {
    goal: [String(m.goal)],
    title: [m.title.en, m.title.km].filter(Boolean),
    lead: [m.lead],
    ...(role ? { role: [role.en, role.km] } : {}),
  };
  // Keys made once per measure, not for every row of every file.
  const expected = (Object.entries(cells) as [ColumnKey, string[]][]).map(([column, accepted]) => ({ column, accepted, keys: accepted.map(labelKey) }));
  expectedCache.set(m, { ...expectedCache.get(m), [kind]: expected });
  return expected;
}

export function checkTable(rows: readonly StatusRow[], ctx: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const index = ctx.catalogue ? measureIndex(ctx.catalogue) : undefined;
  const firstRow = new Map<MeasureId, number>();
  for (const row of rows) {
    const rawId = parseText(row.cells.id);
    const at = (rule: string, column: ColumnKey, en: string, km: string, severity: "error" | "warning" = "error"): void => {
      findings.push({ rule, severity, row: row.index, column, message: { en, km }, ...(rawId ? { measureId: rawId } : {}) });
    };
    const id = rawId.toUpperCase() as MeasureId;
    const measure = index?.get(id);
    if (!rawId) at("measure.known", "id", "Measure ID is missing", "ខ្វះលេខសម្គាល់វិធានការ");
    else if (index && !measure) at("measure.known", "id", `Measure ID ${rawId} is not in the catalogue`, `លេខសម្គាល់ ${rawId} មិនមាននៅក្នុងកាតាឡុក`);
    if (rawId) {
      const first = firstRow.get(id);
      if (first !== undefined) at("measure.duplicate", "id", `Measure ${rawId} appears twice (also in table row ${first + 1})`, `វិធានការ ${rawId} មានពីរដង`);
      else firstRow.set(id, row.index);
    }
    if (!measure) continue;
    if (ctx.committee && measure.lead !== ctx.committee && !measure.supporting.includes(ctx.committee)) {
      at("measure.committee", "id", `Measure ${rawId} is neither led nor supported by ${ctx.committee}`, `វិធានការ ${rawId} មិនមែនជារបស់គណៈកម្មាធិការនេះ`, "warning");
    }
    for (const { column, accepted, keys } of expectedCatalogueCells(measure, ctx)) {
      const text = parseText(row.cells[column]);
      // A cell that reads exactly as the catalogue has (most do) has its key too: no need to make one.
      if (!accepted.includes(text) && !keys.includes(labelKey(text))) {
        at("catalogue.unchanged", column, `This catalogue cell was changed; it should read "${accepted[0]}"`, `ក្រឡាកាតាឡុកនេះត្រូវបានកែ៖ ត្រូវតែជា "${accepted[accepted.length - 1]}"`);
      }
    }
  }
  return findings;
}

/** The whole rule set over a status table: table rules, then every row's entry rules. */
export function validateRows(rows: readonly StatusRow[], ctx: RuleContext): Finding[] {
  return checkRows(rows, ctx).findings;
}

/**
 * validateRows, also handing back each row parsed (entries[i] is rows[i]'s), so that a caller who
 * needs the entries too (consolidation) does not parse every row a second time.
 */
export function checkRows(rows: readonly StatusRow[], ctx: RuleContext): { findings: Finding[]; entries: StatusEntry[] } {
  const entries = rows.map(parseEntry);
  const findings = checkTable(rows, ctx);
  rows.forEach((r, i) => {
    for (const f of checkEntryRow(r, ctx, entries[i])) findings.push(f);
  });
  findings.sort((a, b) => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return { findings, entries };
}
