import type { Cell } from "../../src/domain/entries/cells";
import { parseDate } from "../../src/domain/entries/entryParse";
import { rowsIn1900DateSystem } from "../../src/domain/entries/dateSystem";
import { entryValidation } from "../../src/domain/entries/entryValidation";
import { instructionsText } from "../../src/domain/statusSheet/instructions";
import { STATUS_COLUMNS } from "../../src/domain/statusSheet/columns";
import type { Quarter } from "../../src/domain/periods/periods";
import { ENTRY_RULES } from "../../src/domain/rules/entryRules";
import type { StatusRow } from "../../src/domain/statusSheet/statusRow";

const DATE_COLUMNS = STATUS_COLUMNS.filter((c) => c.type === "date");
const EXAMPLE = "2026-07-15";

describe("how officials are asked to type dates: a date, e.g. 2026-07-15, in both languages", () => {
  it.each(["en", "km"] as const)("%s: the prompt and the error alert of every date column", (lang) => {
    for (const col of DATE_COLUMNS) {
      const v = entryValidation(col, lang)!;
      expect(v.prompt.message).toContain(EXAMPLE);
      expect(v.error.message).toContain(EXAMPLE);
      expect(`${v.prompt.title} ${v.prompt.message} ${v.error.message}`).not.toMatch(/dd\/mm|ថ្ងៃ\/ខែ\/ឆ្នាំ/);
    }
  });

  it.each(["en", "km"] as const)("%s: the instructions", (lang) => {
    const rules = instructionsText("DGC", "2026-Q3" as Quarter, lang).rules.join("\n");
    expect(rules).toContain(EXAMPLE);
    expect(rules).not.toMatch(/dd\/mm/);
  });

  it("the rule's message for a text that is not a date", () => {
    const rule = ENTRY_RULES.find((r) => r.id === "date.valid")!;
    const row: StatusRow = { index: 0, cells: { plannedCompletion: { value: "soon" } } };
    const [hit] = rule.check({} as never, row, { quarter: "2026-Q3" as Quarter } as never);
    expect(hit!.message.en).toContain(EXAMPLE);
    expect(hit!.message.km).toContain(EXAMPLE);
  });
});

describe("dates as each regional setting leaves them in the cell", () => {
  const cell = (value: Cell["value"], format?: Cell["format"]): Cell => ({ value, ...(format ? { format } : {}) });
  it.each<[string, Cell, string | undefined]>([
    ["a date cell (any setting)", cell(46218, "date"), "2026-07-15"],
    ["ISO text", cell("2026-07-15"), "2026-07-15"],
    ["day first, left as text by US settings", cell("15/07/2026"), "2026-07-15"],
    ["month first, left as text by day-first settings (the month cannot be 15)", cell("07/15/2026"), "2026-07-15"],
    ["day first when both could be a month: read day first", cell("05/07/2026"), "2026-07-05"],
    ["neither order makes a date", cell("15/15/2026"), undefined],
  ])("%s", (_name, value, iso) => {
    const parsed = parseDate(value);
    expect(parsed?.ok ? parsed.value : undefined).toBe(iso);
  });

  it("reads a workbook in the 1904 date system: its serials are 1,462 days smaller", () => {
    const rows: StatusRow[] = [{ index: 0, cells: { plannedCompletion: cell(46218 - 1462, "date"), progress: cell(40), achievements: cell("x") } }];
    const shifted = rowsIn1900DateSystem(rows);
    expect(parseDate(shifted[0]!.cells.plannedCompletion)).toEqual({ ok: true, value: "2026-07-15" });
    expect(shifted[0]!.cells.progress).toEqual(cell(40));
    expect(rows[0]!.cells.plannedCompletion!.value).toBe(46218 - 1462);
  });
});
