import { dirname } from "node:path";
import type { Catalogue } from "../domain/catalogue/catalogue";
import { startConsolidation } from "../domain/consolidation/incremental";
import { mergePrevious, previousMeasures } from "../domain/consolidation/consolidate";
import type { PreviousMeasure } from "../domain/consolidation/types";
import { summaryHead } from "../domain/consolidation/summary";
import { pick, type Lang } from "../domain/text/lang";
import { parseQuarter, previousQuarter, type Quarter } from "../domain/periods/periods";
import { snapshotOfModel, type QuarterSnapshot } from "../domain/consolidation/quarterSnapshot";
import { buildTrend, type Trend } from "../domain/consolidation/trend";
import { basename } from "node:path";
import { readReportHistory, sayNotes } from "./reportHistory";
import { STATUS_LABELS } from "../domain/entries/status";
import { WorkbookReadError } from "../xlsx/read/errors";
import { readPreviousReport } from "../xlsx/read/previousReport";
import { CLI_READ, expandInputs, knownCatalogues, readBytes } from "./files";
import { addSubmissionFiles, readSubmissionFile } from "./readSubmissions";
import { writeSummaryFile } from "./summaryFile";
import { EXIT, problemLine, type Io } from "./output";
import { libreOfficeOrSay, pdfPathFor, printToPdf } from "./pdfCommand";
import { PDF_TEXT, pdfText } from "./pdfText";
import { readyOutputFile, readyOutputFolder } from "./outputFile";

export interface ConsolidateCliOptions {
  readonly quarter: string;
  readonly out: string;
  readonly previous?: string[];
  /** A folder of earlier quarterly reports: the report gets a Trend sheet. */
  readonly history?: string;
  readonly lang: Lang;
  readonly summary?: string;
  readonly catalogue?: string;
  /** Also print the report to PDF (LibreOffice): true for REPORT.pdf beside it, or the PDF's path. */
  readonly pdf?: string | true;
  /** Where the feedback files go (default: the report's folder); false: none is written. */
  readonly feedbackDir?: string;
  readonly feedback?: boolean;
}

/* eslint-disable @typescript-eslint/no-require-imports -- `require`, not import(), as in main.ts */
const reportWriter = (): typeof import("../xlsx/write/reportStreamWriter") => require("../xlsx/write/reportStreamWriter");
/** (The feedback files' writer loads ExcelJS's in-memory workbook.) */
const feedbackFiles = (): typeof import("./feedbackFiles") => require("./feedbackFiles");
/* eslint-enable @typescript-eslint/no-require-imports */

/** `consolidate`: submissions → report workbook (+ summary JSON); exit 2 when nothing is usable. */
export async function runConsolidate(inputs: readonly string[], options: ConsolidateCliOptions, io: Io, now: Date = new Date()): Promise<number> {
  const quarter = parseQuarter(options.quarter);
  if (!quarter) {
    io.err(`consolidate: "${options.quarter}" is not a quarter of 2021-2035 (write 2026-Q3)`);
    return EXIT.usage;
  }
  // Known before the work starts: without LibreOffice the PDF asked for cannot be made.
  const soffice = options.pdf ? libreOfficeOrSay("consolidate --pdf", options.lang, io) : undefined;
  if (options.pdf && !soffice) return EXIT.usage;
  let catalogue;
  try {
    const known = knownCatalogues(options.catalogue ? [options.catalogue] : []);
    catalogue = known[known.length - 1]!;
  } catch (e) {
    io.err((e as Error).message);
    return EXIT.usage;
  }
  const files = expandInputs(inputs);
  if (files.length === 0) {
    io.err("consolidate: no .xlsx files found in the inputs given");
    return EXIT.usage;
  }
  if (!readyOutputFile(options.out, "--out", "consolidate", io)) return EXIT.usage;
  if (options.summary !== undefined && !readyOutputFile(options.summary, "--summary", "consolidate", io)) return EXIT.usage;
  if (options.feedback !== false && options.feedbackDir !== undefined && !readyOutputFolder(options.feedbackDir, "--feedback-dir", "consolidate", io)) return EXIT.usage;
  const history = options.history !== undefined ? readHistory(options.history, quarter, io) : undefined;
  if (history === "refused") return EXIT.usage;
  // One file at a time: read, checked, reduced to what the report needs, dropped (memory must not
  // grow with the sum of the submissions).
  const previous = options.previous?.length ? readLastQuarter(options.previous, previousQuarter(quarter), catalogue, io) : undefined;
  const consolidationOptions = { quarter, catalogue, ...(previous ? { previous } : {}) };
  const consolidation = startConsolidation(consolidationOptions);
  const reading = addSubmissionFiles(consolidation, files, consolidationOptions);
  // ExcelJS takes ~0.1 s to load: loaded here, while worker threads read the files.
  const { writeReportFile } = reportWriter();
  const { writeFeedbackFiles } = feedbackFiles();
  await reading;
  const model = consolidation.finish();

  // Problems that concern a whole file go to stderr, one line each; cell-level ones live in the report.
  for (const p of model.issues) if (!p.where.cell && p.severity === "error") io.err(problemLine(p));
  const accepted = model.submissions.filter((s) => s.status === "accepted").length;
  if (accepted === 0) {
    io.err(`consolidate: none of the ${files.length} files is a usable ${quarter} submission; no report written`);
    return EXIT.usage;
  }
  const trend = history ? trendWith(history, snapshotOfModel(model, options.lang, basename(options.out)), io) : undefined;
  if (trend === "refused") return EXIT.usage;
  await writeReportFile(model, { lang: options.lang, generatedAt: now, ...(trend ? { trend } : {}) }, options.out);
  const summary = options.summary ? writeSummaryFile(options.summary, model) : summaryHead(model);
  const byStatus = Object.entries(summary.measures.byStatus)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s === "not-reported" ? "not reported" : STATUS_LABELS[s as keyof typeof STATUS_LABELS].en.toLowerCase()}`)
    .join(", ");
  const superseded = model.submissions.filter((s) => s.supersededBy !== undefined).length;
  io.out(
    `${quarter}: ${accepted} submissions accepted, ${superseded ? `${superseded} superseded by a later one, ` : ""}${model.submissions.length - accepted - superseded} rejected; ${summary.measures.total} measures: ${byStatus}; ` +
      `${summary.rows.excluded} rows excluded, ${model.issues.length} issues → ${options.out}${options.summary ? ` (summary ${options.summary})` : ""}`,
  );
  if (options.feedback !== false) {
    for (const f of await writeFeedbackFiles(model, options.feedbackDir ?? dirname(options.out), now)) {
      io.out(`feedback for ${f.committee}: ${f.items} items to correct → ${f.path}`);
    }
  }
  if (soffice) {
    const pdf = options.pdf === true || options.pdf === undefined ? pdfPathFor(options.out) : options.pdf;
    const code = await printToPdf(soffice, options.out, pdf, options.lang, io);
    if (code !== EXIT.ok) io.err(`consolidate --pdf: ${pick(pdfText(PDF_TEXT.reportKept, { xlsx: options.out }), options.lang)}`);
    return code;
  }
  return EXIT.ok;
}

/**
 * The earlier reports of --history. A report of the quarter being consolidated is left out (the new
 * report replaces it) and said; two reports of one earlier quarter refuse the run before any work.
 */
function readHistory(dir: string, quarter: Quarter, io: Io): QuarterSnapshot[] | "refused" {
  const { snapshots } = readReportHistory([dir], io, "Trend sheet");
  const earlier = snapshots.filter((s) => {
    if (s.quarter !== quarter) return true;
    io.err(`${s.source}: note: a report of ${quarter}, the quarter being consolidated: the new report replaces it on the Trend sheet`);
    return false;
  });
  const check = buildTrend(earlier);
  if (!check.ok && earlier.length > 0) {
    for (const p of check.problems) io.err(`consolidate: error: --history: ${p.en}`);
    io.err("consolidate: no report written");
    return "refused";
  }
  return earlier;
}

/** The trend of the earlier reports and this one, its notes said on stderr. */
function trendWith(history: readonly QuarterSnapshot[], current: QuarterSnapshot, io: Io): Trend | "refused" {
  const result = buildTrend([...history, current]);
  if (!result.ok) {
    for (const p of result.problems) io.err(`consolidate: error: --history: ${p.en}`);
    return "refused";
  }
  sayNotes(result.trend, io, "consolidate");
  return result.trend;
}

/**
 * Where each measure stood last quarter, from its report(s) and its submissions, each file read
 * once. A file that cannot serve is said on stderr, not dropped in silence: the Changes sheet lacks it.
 */
function readLastQuarter(inputs: readonly string[], last: Quarter, catalogue: Catalogue, io: Io): PreviousMeasure[] {
  const fromReports: PreviousMeasure[][] = [];
  const lastQuarter = startConsolidation({ quarter: last, catalogue });
  let submissions = 0;
  for (const file of expandInputs(inputs)) {
    const bytes = readOrUndefined(file);
    try {
      const report = bytes && readPreviousReport(bytes, file, last, CLI_READ);
      if (report) {
        fromReports.push(report);
        continue;
      }
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      io.err(`${file}: error: ${e.reason.en} (not used as last quarter's report)`);
      continue;
    }
    lastQuarter.add(readSubmissionFile(file, bytes));
    submissions += 1;
  }
  if (submissions === 0) return mergePrevious(...fromReports);
  const lastModel = lastQuarter.finish();
  for (const s of lastModel.submissions) if (s.status === "rejected") io.err(`${s.file}: error: ${s.reason?.en ?? "rejected"} (not used as last quarter's submission)`);
  return mergePrevious(...fromReports, previousMeasures(lastModel.measures));
}

/** The file's bytes, or undefined when it cannot be read (the submission reader then says why). */
function readOrUndefined(file: string): Uint8Array | undefined {
  try {
    return readBytes(file);
  } catch {
    return undefined;
  }
}
