import { AUDIT_SHEET, parseAuditRows, type AuditRow } from "../../src/domain/statusSheet/auditLog";
import { startAuditTrail, type AuditTrailHandle, type AuditTrailOptions } from "../../src/excel/auditTrail";
import type { ExcelFake, Scalar } from "../excel-fake";
import { ok } from "./support";

/** The change log as it sits in the fake's very hidden sheet (empty when there is none). */
export function logOf(fake: ExcelFake): AuditRow[] {
  const sheet = fake.state.sheets.find((s) => s.name === AUDIT_SHEET);
  if (!sheet) return [];
  const last = Math.max(0, ...[...sheet.cells.keys()].map((k) => Math.floor(k / 16_384)));
  return parseAuditRows(fake.values(`${AUDIT_SHEET}!A1:J${last + 1}`));
}

/** What a test compares: a row without its time. */
export function withoutTime(row: AuditRow): Omit<AuditRow, "at"> {
  const { at: _at, ...rest } = row;
  return rest;
}

export const OFFICER = "Sokha Chan";
export const T0 = Date.parse("2026-08-03T09:00:00.000Z");

/** A trail on the fake whose clock starts at T0 and moves one second per stamp. */
export async function trailOn(fake: ExcelFake, options: Partial<AuditTrailOptions> = {}): Promise<AuditTrailHandle> {
  let tick = 0;
  const trail = ok(
    await startAuditTrail({ host: fake, officer: () => OFFICER, now: () => new Date(T0 + 1000 * tick++), coAuthorGraceMs: 40, ...options }),
  );
  await settled(fake, trail);
  return trail;
}

/** Everything heard has been written (the add-in's timers included). */
export async function settled(fake: ExcelFake, trail: AuditTrailHandle): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fake.settle();
    await trail.idle();
  }
}

/** A row a co-author's own add-in wrote, arriving in this workbook (straight into the cells, as a remote change does). */
export function coAuthorsRow(fake: ExcelFake, row: Partial<Record<keyof AuditRow, Scalar>>): void {
  const at = logOf(fake).length + 2;
  const keys = ["at", "source", "officer", "cell", "measureId", "column", "before", "after", "changes", "until"] as const;
  if (!fake.state.sheets.some((s) => s.name === AUDIT_SHEET)) {
    fake.seed.sheet(AUDIT_SHEET, "VeryHidden");
    fake.seed.values(`${AUDIT_SHEET}!A1:J1`, [[...keys]]);
  }
  fake.seed.values(`${AUDIT_SHEET}!A${at}:J${at}`, [keys.map((k) => row[k] ?? "")]);
}
