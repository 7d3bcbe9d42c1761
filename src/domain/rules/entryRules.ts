import type { LocalText } from "../text/lang";
import type { ColumnKey } from "../statusSheet/columns";
import { STATUS_COLUMNS } from "../statusSheet/columns";
import { FIRST_YEAR, LAST_YEAR, quarterRange } from "../periods/periods";
import type { Severity } from "./problems";
import { parseDate, parseMoney, parseProgress, parseText, looksLikeFormula } from "../entries/entryParse";
import { parseEntry, type StatusEntry, type StatusRow } from "../statusSheet/statusRow";
import { asciiToKhmerDigits } from "../text/normalise";
import { DATE_EXAMPLE } from "../entries/entryValidation";
import type { Finding, RuleContext } from "./types";

interface Hit {
  readonly column: ColumnKey;
  readonly message: LocalText;
}

export interface EntryRule {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule asks, for the README and the About panel. */
  readonly summary: string;
  /** `entry` is parseEntry(row): rules read its texts rather than normalise the same cells again. */
  check(entry: StatusEntry, row: StatusRow, ctx: RuleContext): readonly Hit[];
}

const km = asciiToKhmerDigits;
const hit = (column: ColumnKey, en: string, kmText: string): Hit[] => [{ column, message: { en, km: kmText } }];
/** What most rules return for most rows: one shared empty list, not a new one per rule and row. */
const NONE: readonly Hit[] = Object.freeze([]);
const needsReasons = (e: StatusEntry): boolean => e.status === "at-risk" || e.status === "delayed";
// Column lists the formula and length rules walk, filtered once here rather than for every row.
const ENTRY_COLUMNS = STATUS_COLUMNS.filter((c) => c.kind === "entry");
const ENTRY_TEXT_COLUMNS = ENTRY_COLUMNS.filter((c) => c.type === "longText" || c.type === "text" || c.type === "url");
const LIMITED_COLUMNS = STATUS_COLUMNS.filter((c) => c.maxLength !== undefined);

/** Columns whose parseText the entry holds already: long free text is the costliest to normalise. */
const ENTRY_TEXTS: Partial<Record<ColumnKey, "rawId" | "achievements" | "challenges" | "nextSteps" | "evidence" | "officer">> = {
  id: "rawId",
  achievements: "achievements",
  challenges: "challenges",
  nextSteps: "nextSteps",
  evidence: "evidence",
  officer: "officer",
};

/** parseText(row.cells[column]), from the entry when it has it. */
function textOf(e: StatusEntry, row: StatusRow, column: ColumnKey): string {
  const field = ENTRY_TEXTS[column];
  return field === undefined ? parseText(row.cells[column]) : e[field];
}

const dateColumns: ColumnKey[] = ["plannedCompletion", "actualCompletion"];
const moneyColumns: ColumnKey[] = ["budgetPlanned", "budgetSpent"];

/** The rule set, in the order findings are listed. One set: Excel, the CLI and the report all run it. */
export const ENTRY_RULES: readonly EntryRule[] = [
  {
    id: "status.required",
    severity: "error",
    summary: "Status is required",
    check: (e, row) => (e.status || parseText(row.cells.status) ? NONE : hit("status", "Status is required", "ត្រូវបំពេញស្ថានភាព")),
  },
  {
    id: "status.vocabulary",
    severity: "error",
    summary: "Status is one of the six statuses, in English or Khmer",
    check: (e, row) => {
      if (e.status) return NONE; // a status was read: the cell's text is not needed
      const raw = parseText(row.cells.status);
      return raw && !e.status
        ? hit("status", `"${raw}" is not a status: use Not started, On track, At risk, Delayed, Completed or Discontinued`, `"${raw}" មិនមែនជាស្ថានភាពត្រឹមត្រូវ`)
        : NONE;
    },
  },
  {
    id: "progress.number",
    severity: "error",
    summary: "Progress is a number such as 45 or 45%",
    check: (_e, row) => {
      const p = parseProgress(row.cells.progress);
      return p && !p.ok ? hit("progress", `Progress "${p.raw}" is not a number (write 45 or 45%)`, `វឌ្ឍនភាព "${p.raw}" មិនមែនជាលេខ`) : NONE;
    },
  },
  {
    id: "progress.range",
    severity: "error",
    summary: "Progress is between 0 and 100",
    check: (e) =>
      e.progress !== undefined && (e.progress < 0 || e.progress > 100)
        ? hit("progress", `Progress ${e.progress}% is outside 0-100`, `វឌ្ឍនភាព ${km(String(e.progress))}% នៅក្រៅចន្លោះ ០-១០០`)
        : NONE,
  },
  {
    id: "completed.progress",
    severity: "error",
    summary: "Completed means 100% progress",
    check: (e) =>
      e.status === "completed" && e.progress !== 100
        ? hit("progress", "A completed measure must show 100% progress", "វិធានការដែលបានបញ្ចប់ត្រូវមានវឌ្ឍនភាព ១០០%")
        : NONE,
  },
  {
    id: "completed.date",
    severity: "error",
    summary: "Completed needs an actual completion date no later than the quarter's end (a date from an earlier quarter carries over)",
    check: (e, _row, ctx) => {
      if (e.status !== "completed") return NONE;
      if (!e.actualCompletion) return hit("actualCompletion", "A completed measure needs its actual completion date", "វិធានការដែលបានបញ្ចប់ត្រូវមានកាលបរិច្ឆេទបញ្ចប់ជាក់ស្តែង");
      const { end } = quarterRange(ctx.quarter);
      return e.actualCompletion > end
        ? hit("actualCompletion", `Actual completion ${e.actualCompletion} is after the end of ${ctx.quarter}`, `កាលបរិច្ឆេទបញ្ចប់ ${km(e.actualCompletion)} ក្រោយចុងត្រីមាស`)
        : NONE;
    },
  },
  {
    id: "notstarted.progress",
    severity: "error",
    summary: "Not started means 0% progress",
    check: (e) =>
      e.status === "not-started" && e.progress !== undefined && e.progress !== 0
        ? hit("progress", "A measure not started must show 0% progress", "វិធានការមិនទាន់ចាប់ផ្តើមត្រូវមានវឌ្ឍនភាព ០%")
        : NONE,
  },
  {
    id: "risk.challenges",
    severity: "error",
    summary: "At risk or Delayed needs the challenges or reasons for delay",
    check: (e) =>
      needsReasons(e) && !e.challenges
        ? hit("challenges", "Give the challenges or reasons for delay of a measure at risk or delayed", "សូមបញ្ជាក់បញ្ហាប្រឈម ឬមូលហេតុនៃការយឺតយ៉ាវ")
        : NONE,
  },
  {
    id: "risk.next-steps",
    severity: "error",
    summary: "At risk or Delayed needs next steps",
    check: (e) =>
      needsReasons(e) && !e.nextSteps ? hit("nextSteps", "Give the next steps for a measure at risk or delayed", "សូមបញ្ជាក់ជំហានបន្ទាប់សម្រាប់វិធានការដែលមានហានិភ័យ ឬយឺតយ៉ាវ") : NONE,
  },
  {
    id: "discontinued.reason",
    severity: "error",
    summary: "Discontinued needs the reason",
    check: (e) =>
      e.status === "discontinued" && !e.challenges ? hit("challenges", "Give the reason the measure was discontinued", "សូមបញ្ជាក់មូលហេតុនៃការបញ្ឈប់") : NONE,
  },
  {
    id: "date.valid",
    severity: "error",
    summary: "Dates are real dates (date cell, 2026-07-15 or 15/07/2026)",
    check: (_e, row) =>
      dateColumns.flatMap((column) => {
        const d = parseDate(row.cells[column]);
        return d && !d.ok
          ? hit(column, `"${d.raw}" is not a date (write a date, e.g. ${DATE_EXAMPLE})`, `"${d.raw}" មិនមែនជាកាលបរិច្ឆេទ (សូមសរសេរកាលបរិច្ឆេទ ឧទាហរណ៍ ${DATE_EXAMPLE})`)
          : NONE;
      }),
  },
  {
    id: "date.range",
    severity: "error",
    summary: `Dates fall within ${FIRST_YEAR}-${LAST_YEAR}`,
    check: (e) =>
      dateColumns.flatMap((column) => {
        const d = e[column as "plannedCompletion" | "actualCompletion"];
        const year = d ? Number(d.slice(0, 4)) : undefined;
        return year !== undefined && (year < FIRST_YEAR || year > LAST_YEAR)
          ? hit(column, `${d} is outside the policy period ${FIRST_YEAR}-${LAST_YEAR}`, `${km(d!)} នៅក្រៅរយៈពេលគោលនយោបាយ ២០២១-២០៣៥`)
          : NONE;
      }),
  },
  {
    id: "progress.decrease",
    severity: "warning",
    summary: "Progress below last quarter's",
    check: (e, _row, ctx) => {
      const before = e.measureId ? ctx.previous?.get(e.measureId)?.progress : undefined;
      return before !== undefined && e.progress !== undefined && e.progress < before
        ? hit("progress", `Progress fell from ${before}% last quarter to ${e.progress}%: explain it or correct it`, `វឌ្ឍនភាពធ្លាក់ពី ${km(String(before))}% មក ${km(String(e.progress))}%`)
        : NONE;
    },
  },
  {
    id: "evidence.url",
    severity: "error",
    summary: "Evidence link is a web address (https://…)",
    check: (e) => (e.evidence && !isWebAddress(e.evidence) ? hit("evidence", `"${e.evidence}" is not a web address (https://…)`, `"${e.evidence}" មិនមែនជាអាសយដ្ឋានគេហទំព័រ`) : NONE),
  },
  {
    id: "budget.number",
    severity: "error",
    summary: "Budgets are numbers",
    check: (_e, row) =>
      moneyColumns.flatMap((column) => {
        const m = parseMoney(row.cells[column]);
        return m && !m.ok ? hit(column, `"${m.raw}" is not an amount`, `"${m.raw}" មិនមែនជាចំនួនទឹកប្រាក់`) : NONE;
      }),
  },
  {
    id: "budget.non-negative",
    severity: "error",
    summary: "Budgets are not negative",
    check: (e) =>
      moneyColumns.flatMap((column) => {
        const v = e[column as "budgetPlanned" | "budgetSpent"];
        return v !== undefined && v < 0 ? hit(column, "A budget cannot be negative", "ថវិកាមិនអាចអវិជ្ជមាន") : NONE;
      }),
  },
  {
    id: "budget.overspent",
    severity: "warning",
    summary: "Budget spent above budget planned",
    check: (e) =>
      e.budgetPlanned !== undefined && e.budgetSpent !== undefined && e.budgetSpent > e.budgetPlanned
        ? hit("budgetSpent", "Budget spent is above budget planned: check the amounts", "ថវិកាចំណាយលើសថវិកាគ្រោងទុក")
        : NONE,
  },
  {
    id: "text.formula",
    severity: "error",
    summary: "No formulas in entry cells: type the text itself",
    check: (_e, row) =>
      ENTRY_COLUMNS.filter((c) => row.cells[c.key]?.formula !== undefined).flatMap((c) =>
        hit(c.key, `${c.label.en} holds a formula; type the value itself`, `${c.label.km} មានរូបមន្ត៖ សូមវាយតម្លៃផ្ទាល់`),
      ),
  },
  {
    id: "text.formula-like",
    severity: "warning",
    summary: "Text that starts like a formula (=, +, -, @) is kept as text",
    check: (e, row) =>
      ENTRY_TEXT_COLUMNS.filter((c) => row.cells[c.key]?.formula === undefined && looksLikeFormula(textOf(e, row, c.key))).flatMap(
        (c) => hit(c.key, `${c.label.en} starts like a formula; it will be kept as plain text`, `${c.label.km} ចាប់ផ្តើមដូចរូបមន្ត៖ នឹងរក្សាទុកជាអត្ថបទ`),
      ),
  },
  {
    id: "text.length",
    severity: "error",
    summary: "Text within its length limit",
    check: (e, row) =>
      LIMITED_COLUMNS.filter((c) => textOf(e, row, c.key).length > c.maxLength!).flatMap((c) =>
        hit(c.key, `${c.label.en} is longer than ${c.maxLength} characters`, `${c.label.km} វែងជាង ${km(String(c.maxLength))} តួអក្សរ`),
      ),
  },
];

/** Verdicts of isWebAddress: the same links come back in every file of a committee, and URL parsing is the rule's cost. */
const webAddressSeen = new Map<string, boolean>();
const WEB_ADDRESS_MEMO_MAX = 4096;

function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  let verdict = webAddressSeen.get(text);
  if (verdict !== undefined) return verdict;
  try {
    verdict = new URL(text).hostname.includes(".");
  } catch {
    verdict = false;
  }
  if (webAddressSeen.size >= WEB_ADDRESS_MEMO_MAX) webAddressSeen.clear(); // bounded: a long session checks many files
  webAddressSeen.set(text, verdict);
  return verdict;
}

/**
 * Runs every entry rule over one row; rows an official has not touched yet still need a status.
 * `entry` is the row parsed, when the caller has it already (parsing is most of the cost).
 */
export function checkEntryRow(row: StatusRow, ctx: RuleContext, entry: StatusEntry = parseEntry(row)): Finding[] {
  // Plain index loops: most rules find nothing in most rows, and flatMap/map made arrays for each;
  // for…of allocates an iterator result per step until the JIT removes it (a CLI run never gets there).
  const findings: Finding[] = [];
  for (let r = 0; r < ENTRY_RULES.length; r++) {
    const rule = ENTRY_RULES[r]!;
    const hits = rule.check(entry, row, ctx);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        row: row.index,
        column: h.column,
        message: h.message,
        ...(entry.rawId ? { measureId: entry.rawId } : {}),
      });
    }
  }
  return findings;
}
