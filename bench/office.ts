/**
 * The Office.js figures: syncs and request/response bytes of the gateway's actions on the Excel
 * fake (test/excel-fake), for synthetic catalogues of 139, 2,000 and 20,000 measures. Expected:
 * a flat number of syncs per action and bytes linear in the rows; more syncs only where the bytes
 * pass what one request (4 MB budget) or one response (5 MB limit of Excel on the web) carries —
 * e.g. 20,000 fully filled rows, whose lean read is ~7 MB. The fake is Excel on the web (its
 * default platform) and counts request bytes as office.js serializes them (requestSize.ts).
 *
 *   node -r tsx/cjs bench/office.ts [ROWS,ROWS,…]      (default 139,2000,20000; or $BENCH_OFFICE_ROWS)
 *
 * Prints a table, then one JSON line prefixed "OFFICE_JSON ". An action that throws (a gateway still
 * being changed, or a real limit such as the 5 MB response) is reported as FAILED with its error,
 * never as a number. A request Excel refused (response too large) counts as a sync and is shown.
 */
import { performance } from "node:perf_hooks";
import type { Catalogue, Measure } from "../src/domain/catalogue/catalogue";
import { makeCatalogue } from "../src/domain/catalogue/catalogueBuild";
import { isoToSerial } from "../src/domain/entries/entryParse";
import { asMeasureId, type CommitteeCode } from "../src/domain/ids";
import { STATUS_COLUMNS } from "../src/domain/statusSheet/columns";
import type { IsoDate, Quarter } from "../src/domain/periods/periods";
import { STATUS_LABELS } from "../src/domain/entries/status";
import type { ExcelOutcome } from "../src/excel/errors";
import { startAuditTrail } from "../src/excel/auditTrail";
import { startLiveValidation } from "../src/excel/liveValidation";
import { prepareSubmission } from "../src/excel/prepareSubmission";
import { setUpStatusWorkbook } from "../src/excel/setUpStatusWorkbook";
import { startNextQuarter } from "../src/excel/startNextQuarter";
import { validateStatusTable } from "../src/excel/validateStatusTable";
import { createExcelFake, type ExcelFake, type Scalar } from "../test/excel-fake";
import { columnLetters } from "../src/domain/entries/cells";
import { random } from "./entries";

const QUARTER = "2026-Q3" as Quarter;
const COMMITTEE: CommitteeCode = "DGC";
/** First body row (1-based) of the status sheet, per the sheet contract. */
const FIRST_BODY = 4;

function syntheticCatalogue(count: number): Catalogue {
  const measures: Measure[] = Array.from({ length: count }, (_, i) => ({
    id: asMeasureId(`S${String(i + 1).padStart(5, "0")}`)!,
    goal: ((i % 5) + 1) as Measure["goal"],
    cluster: { en: "Synthetic cluster", km: "ចង្កោមសាកល្បង" },
    title: { en: `Synthetic measure ${i + 1}: digital public service for citizens and businesses`, km: `វិធានការសាកល្បងទី ${i + 1}` },
    lead: COMMITTEE,
    supporting: [],
    provenance: "working-title",
  }));
  return makeCatalogue(`synthetic-${count}`, "Synthetic catalogue for the benchmark", measures);
}

function ok<T>(outcome: ExcelOutcome<T>, what: string): T {
  if (!outcome.ok) throw new Error(`${what} failed: ${outcome.failure.code}: ${outcome.failure.message.en}`);
  return outcome.value;
}

interface Figures {
  readonly syncs: number;
  /** Requests Excel refused (a response over 5 MB), included in `syncs`. */
  readonly refused: number;
  readonly requestBytes: number;
  readonly maxRequestBytes: number;
  readonly responseBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

async function measure(fake: ExcelFake, action: () => Promise<unknown>): Promise<Figures> {
  await fake.settle();
  fake.resetStats();
  const t = performance.now();
  await action();
  await fake.settle();
  const ms = performance.now() - t;
  const s = fake.stats;
  // A refused response's bytes never reach the add-in: they count in neither total nor largest.
  const delivered = s.requests.filter((r) => !r.failed);
  return {
    syncs: s.syncs,
    refused: s.requests.length - delivered.length,
    requestBytes: s.requests.reduce((n, r) => n + r.requestBytes, 0),
    maxRequestBytes: s.maxRequestBytes,
    responseBytes: delivered.reduce((n, r) => n + r.responseBytes, 0),
    maxResponseBytes: Math.max(0, ...delivered.map((r) => r.responseBytes)),
    ms,
  };
}

/** Entries for every row (a few with mistakes), put straight into the fake's cells (no requests). */
function fillEntries(fake: ExcelFake, sheet: string, rows: number): void {
  const rnd = random(rows);
  const first = STATUS_COLUMNS.findIndex((c) => c.kind === "entry");
  const last = STATUS_COLUMNS.length - 1;
  const data: Scalar[][] = Array.from({ length: rows }, (_, i) => {
    const delayed = rnd() < 0.15;
    const values: Partial<Record<(typeof STATUS_COLUMNS)[number]["key"], Scalar>> = {
      status: delayed ? STATUS_LABELS.delayed.en : STATUS_LABELS["on-track"].en,
      progress: i % 50 === 7 ? 120 : Math.floor(rnd() * 95),
      plannedCompletion: isoToSerial("2027-06-30" as IsoDate),
      achievements: "Consultation held with line ministries and the draft approved by the working group.",
      challenges: delayed ? "Procurement took longer than planned." : "",
      nextSteps: i % 40 === 3 ? "" : "Submit the draft to the Council.",
      budgetPlanned: 250_000,
      budgetSpent: 100_000,
      evidence: `https://dgc.gov.kh/reports/s${i + 1}.pdf`,
      officer: "Sok Dara",
    };
    return STATUS_COLUMNS.slice(first).map((c) => values[c.key] ?? "");
  });
  fake.seed.values(`${sheet}!${columnLetters(first)}${FIRST_BODY}:${columnLetters(last)}${FIRST_BODY + rows - 1}`, data);
}

type Outcome = Figures | { readonly error: string };

/** The change log while the official types and pastes: one Excel.run per burst, syncs flat in the rows. */
async function changeLogSteps(fake: ExcelFake, sheet: string, rows: number, step: (name: string, action: (fake: ExcelFake) => Promise<unknown>, fake: ExcelFake) => Promise<boolean>): Promise<void> {
  const errors: string[] = [];
  const started = await startAuditTrail({ host: fake, officer: () => "Sok Dara", onError: (f) => errors.push(f.code) });
  if (!started.ok) throw new Error(`startAuditTrail failed: ${started.failure.code}`);
  const trail = started.value;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await trail.idle();
  const progressCol = columnLetters(STATUS_COLUMNS.findIndex((c) => c.key === "progress"));
  const logged = async (run: () => Promise<unknown>) => {
    const before = trail.counts.logged;
    await run();
    await trail.idle();
    if (trail.counts.logged === before) throw new Error(`the change log recorded nothing${errors.length ? ` (${errors.join(", ")})` : ""}`);
  };
  await step("change log, one cell typed", () => logged(() => fake.user.type(`${sheet}!${progressCol}${FIRST_BODY}`, 33)), fake);
  await step(`change log, paste over all ${rows.toLocaleString("en-US")} rows`, () => logged(() => fake.user.paste(`${sheet}!${progressCol}${FIRST_BODY}`, Array.from({ length: rows }, (_, i) => [i % 90]))), fake);
  await trail.stop();
}

export interface OfficeRow {
  readonly rows: number;
  readonly actions: readonly { readonly name: string; readonly outcome: Outcome }[];
}

const failure = (e: unknown): { error: string } => ({ error: e instanceof Error ? e.message : String(e) });

/** Each action measured on its own: one that fails is reported as not measured, the next still run. */
export async function officeFigures(sizes: readonly number[]): Promise<OfficeRow[]> {
  const out: OfficeRow[] = [];
  for (const rows of sizes) {
    const actions: { name: string; outcome: Outcome }[] = [];
    const step = async (name: string, action: (fake: ExcelFake) => Promise<unknown>, fake: ExcelFake): Promise<boolean> => {
      try {
        actions.push({ name, outcome: await measure(fake, () => action(fake)) });
        return true;
      } catch (e) {
        actions.push({ name, outcome: failure(e) });
        return false;
      }
    };
    const catalogue = syntheticCatalogue(rows);
    const fake = createExcelFake({ excelApi: "1.9" });
    let sheet = "Status";
    const loaded = await step(
      "catalogue load (setUpStatusWorkbook)",
      async (f) => (sheet = ok(await setUpStatusWorkbook({ catalogue, committee: COMMITTEE, quarter: QUARTER, lang: "en", host: f }), "setUpStatusWorkbook").sheet),
      fake,
    );
    if (!loaded) {
      out.push({ rows, actions });
      continue;
    }
    fillEntries(fake, sheet, rows);
    await step("full validation (validateStatusTable)", async (f) => ok(await validateStatusTable({ catalogues: [catalogue], host: f }), "validateStatusTable"), fake);
    const updates: unknown[] = [];
    const errors: string[] = [];
    let live: { stop(): Promise<unknown> } | undefined;
    try {
      live = ok(await startLiveValidation((u) => updates.push(u), { catalogues: [catalogue], host: fake, onError: (f) => errors.push(`${f.code}: ${f.message.en}`) }), "startLiveValidation");
    } catch (e) {
      actions.push({ name: "live validation", outcome: failure(e) });
      out.push({ rows, actions });
      continue;
    }
    const statusCol = columnLetters(STATUS_COLUMNS.findIndex((c) => c.key === "status"));
    const edit = async (name: string, run: () => Promise<{ accepted: boolean }>) =>
      step(
        name,
        async () => {
          const before = updates.length;
          const r = await run();
          if (!r.accepted) throw new Error("the edit was refused by the fake");
          await fake.settle();
          if (errors.length) throw new Error(errors.splice(0).join("; "));
          if (updates.length === before) throw new Error("live validation reported nothing");
        },
        fake,
      );
    await edit("live validation, one cell typed", () => fake.user.type(`${sheet}!${statusCol}${FIRST_BODY + Math.floor(rows / 2)}`, STATUS_LABELS["at-risk"].en));
    const pasteRows = Math.min(100, rows);
    await edit(`live validation, ${pasteRows}-row paste`, () =>
      fake.user.paste(
        `${sheet}!${statusCol}${FIRST_BODY}`,
        Array.from({ length: pasteRows }, (_, i) => [STATUS_LABELS.delayed.en, i % 10 === 0 ? 130 : 50]),
      ),
    );
    if (rows > pasteRows) {
      await edit(`live validation, paste over all ${rows.toLocaleString("en-US")} rows`, () =>
        fake.user.paste(`${sheet}!${statusCol}${FIRST_BODY}`, Array.from({ length: rows }, () => [STATUS_LABELS["on-track"].en])),
      );
    }
    await step(
      "prepare submission (prepareSubmission)",
      async (f) => ok(await prepareSubmission({ catalogues: [catalogue], officer: "Sok Dara", host: f, now: () => new Date("2026-10-01T08:00:00Z") }), "prepareSubmission"),
      fake,
    );
    await live.stop();
    await changeLogSteps(fake, sheet, rows, step);
    await step(
      "refresh, entries kept (setUpStatusWorkbook, Khmer)",
      async (f) => (sheet = ok(await setUpStatusWorkbook({ catalogue, committee: COMMITTEE, quarter: QUARTER, lang: "km", host: f }), "setUpStatusWorkbook").sheet),
      fake,
    );
    await step("next quarter (startNextQuarter)", async (f) => ok(await startNextQuarter({ nextQuarter: "2026-Q4" as Quarter, host: f }), "startNextQuarter"), fake);
    out.push({ rows, actions });
  }
  return out;
}

const kb = (n: number) => (n < 10_240 ? `${n} B` : n < 10 * 2 ** 20 ? `${(n / 1024).toFixed(0)} KiB` : `${(n / 2 ** 20).toFixed(1)} MiB`);

export function officeTable(rows: readonly OfficeRow[]): string {
  const lines = [
    "| rows | action | syncs | request bytes (total) | largest request | response bytes (total) | largest response | time on the fake |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of rows) {
    for (const { name, outcome: f } of r.actions) {
      const n = r.rows.toLocaleString("en-US");
      if ("error" in f) lines.push(`| ${n} | ${name} | **FAILED on the fake (not a number): ${f.error.replace(/\|/g, "/")}** | | | | | |`);
      else {
        const syncs = f.refused > 0 ? `${f.syncs} (${f.refused} refused)` : `${f.syncs}`;
        lines.push(
          `| ${n} | ${name} | ${syncs} | ${kb(f.requestBytes)} | ${kb(f.maxRequestBytes)} | ${kb(f.responseBytes)} | ${kb(f.maxResponseBytes)} | ${f.ms.toFixed(0)} ms |`,
        );
      }
    }
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const arg = process.argv[2] ?? process.env.BENCH_OFFICE_ROWS ?? "139,2000,20000";
  const sizes = arg.split(",").map(Number).filter((n) => n > 0);
  const rows = await officeFigures(sizes);
  process.stdout.write(`${officeTable(rows)}\n`);
  process.stdout.write(`OFFICE_JSON ${JSON.stringify(rows)}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`office: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
