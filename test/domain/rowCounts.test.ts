import fc from "fast-check";
import { rowCounts } from "../../src/domain/consolidation/rowCounts";
import type { ReportModel, RowDisposition } from "../../src/domain/consolidation/types";

const OUTCOMES = ["used", "supporting", "excluded", "superseded"] as const;
const rowArb = fc.record({ file: fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx"), row: fc.nat(200), measureId: fc.constant("1.1"), outcome: fc.constantFrom(...OUTCOMES) });

test("one pass counts each outcome, and the rows left out per file, as filtering the rows does", () => {
  fc.assert(
    fc.property(fc.array(rowArb, { maxLength: 60 }), (rows: RowDisposition[]) => {
      const model = { rows } as unknown as ReportModel;
      const counts = rowCounts(model);
      for (const o of OUTCOMES) expect(counts.byOutcome[o]).toBe(rows.filter((r) => r.outcome === o).length);
      for (const file of ["a.xlsx", "b.xlsx", "c.xlsx"]) {
        expect(counts.excludedByFile.get(file) ?? 0).toBe(rows.filter((r) => r.outcome === "excluded" && r.file === file).length);
      }
      expect(rowCounts(model)).toBe(counts); // counted once per model
    }),
  );
});
