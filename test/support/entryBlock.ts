import type { DemoEntries } from "../../src/cli/demoEntries";
import type { Measure } from "../../src/domain/catalogue/catalogue";
import { ENTRY_COLUMN_KEYS } from "../../src/domain/statusSheet/columns";

/**
 * A committee's entries as the block an official would paste into the status table's entry columns
 * (F to P), one row per measure in `measures` order. Text that Excel would read as a formula gets
 * the apostrophe Excel keeps it as text with: what a cell holding that text in a file is.
 */
export function entryBlock(entries: DemoEntries, measures: readonly Pick<Measure, "id">[]): (string | number)[][] {
  return measures.map((m) => {
    const row = entries.get(m.id) ?? {};
    return ENTRY_COLUMN_KEYS.map((k) => {
      const v = row[k];
      if (v === null || v === undefined) return "";
      return typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v;
    });
  });
}
