import type { Catalogue, Measure } from "../../src/domain/catalogue/catalogue";
import { makeCatalogue } from "../../src/domain/catalogue/catalogueBuild";
import type { CommitteeCode } from "../../src/domain/ids";
import { asMeasureId } from "../../src/domain/ids";
import type { Quarter } from "../../src/domain/periods/periods";
import type { ExcelOutcome } from "../../src/excel/errors";

export const QUARTER = "2026-Q3" as Quarter;

/** A catalogue of `count` measures, all led by `committee`, with titles about `titleLength` characters long. */
export function syntheticCatalogue(
  count: number,
  options: {
    committee?: CommitteeCode;
    titleLength?: number;
    version?: string;
    prefix?: string;
  } = {},
): Catalogue {
  const committee = options.committee ?? "DGC";
  const prefix = options.prefix ?? "S";
  const measures: Measure[] = Array.from({ length: count }, (_, i) => {
    const id = asMeasureId(`${prefix}${String(i + 1).padStart(5, "0")}`)!;
    const base = `Synthetic measure ${i + 1} for load testing of the status workbook`;
    const title = options.titleLength ? base.padEnd(options.titleLength, " lorem ipsum dolor sit amet").slice(0, options.titleLength) : base;
    return {
      id,
      goal: ((i % 5) + 1) as Measure["goal"],
      cluster: { en: "Synthetic cluster", km: "ចង្កោមសាកល្បង" },
      title: { en: title, km: "" },
      lead: committee,
      supporting: [],
      provenance: "working-title",
    };
  });
  return makeCatalogue(options.version ?? `synthetic-${count}`, "Synthetic catalogue for tests", measures);
}

/** The value of a successful outcome; fails the test with the failure otherwise. */
export function ok<T>(outcome: ExcelOutcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.failure.code}: ${outcome.failure.message.en}`);
  return outcome.value;
}

import { a1 } from "../../src/domain/entries/cells";
import { ENTRY_COLUMN_KEYS, columnIndex, type ColumnKey } from "../../src/domain/statusSheet/columns";
import type { ExcelFake, Scalar } from "../excel-fake";

/** First body row of the status sheet (1-based), per the sheet contract. */
export const FIRST_BODY_ROW = 4;

/** The A1 cell of a body row's column on the status sheet. */
export function cellOf(bodyIndex: number, key: ColumnKey): string {
  return a1(FIRST_BODY_ROW - 1 + bodyIndex, columnIndex(key));
}

/** An official filling in a row, cell by cell, the way a paste does (Excel skips validation on paste). */
export async function fillRow(fake: ExcelFake, sheet: string, bodyIndex: number, entries: Partial<Record<ColumnKey, Scalar>>): Promise<void> {
  for (const [key, value] of Object.entries(entries) as [ColumnKey, Scalar][]) {
    const result = await fake.user.paste(`${sheet}!${cellOf(bodyIndex, key)}`, [[value]]);
    if (!result.accepted) throw new Error(`paste into ${key} of row ${bodyIndex} refused: ${result.reason}`);
  }
}

/**
 * Every body row filled in, the way the bench fills it (about 250 bytes of entries per row): put
 * straight into the fake's cells, no request. Every 50th row has progress 120 (an error).
 */
export function seedEntries(fake: ExcelFake, sheet: string, rows: number): void {
  const data = Array.from({ length: rows }, (_, i) => {
    const delayed = i % 7 === 3;
    const entry: Partial<Record<ColumnKey, Scalar>> = {
      status: delayed ? "Delayed" : "On track",
      progress: i % 50 === 7 ? 120 : i % 95,
      plannedCompletion: 46_568,
      achievements: "Consultation held with line ministries and the draft approved by the working group.",
      challenges: delayed ? "Procurement took longer than planned." : "",
      nextSteps: "Submit the draft to the Council.",
      budgetPlanned: 250_000,
      budgetSpent: 100_000,
      evidence: `https://dgc.gov.kh/reports/s${i + 1}.pdf`,
      officer: "Sok Dara",
    };
    return ENTRY_COLUMN_KEYS.map((k) => entry[k] ?? "");
  });
  fake.seed.values(`${sheet}!${cellOf(0, ENTRY_COLUMN_KEYS[0]!)}`, data);
}
