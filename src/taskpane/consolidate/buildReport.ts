import { catalogueForSubmissions } from "../../domain/consolidation/catalogueFor";
import { checkFiles } from "../../domain/consolidation/checkedFile";
import { consolidate, mergePrevious, previousMeasures, startConsolidation } from "../../domain/consolidation/consolidate";
import type { PreviousMeasure, SubmissionFile, SubmissionSummary } from "../../domain/consolidation/types";
import type { LocalText } from "../../domain/text/lang";
import { previousQuarter, type Quarter } from "../../domain/periods/periods";
import { WorkbookReadError } from "../../xlsx/read/errors";
import { readPreviousReport } from "../../xlsx/read/previousReport";
import { readSubmissionInput } from "../../xlsx/read/submissionReader";
import { writeFeedbackFiles } from "./feedbackFiles";
import { buildOutcome } from "./outcome";
import type { BuildProgress, BuildRequest, BuiltReport, InputFile } from "./protocol";

/** As the CLI: no status workbook comes near this; a larger file is refused before it is read into memory. */
export const MAX_FILE_BYTES = 50 << 20;

const TOO_LARGE = (mb: number): LocalText => ({
  en: `the file is ${mb} MB; a status workbook is far smaller`,
  km: `ឯកសារមានទំហំ ${mb} MB៖ សៀវភៅការងារស្ថានភាពតូចជាងនេះឆ្ងាយ`,
});

const bytesOf = (file: InputFile): Promise<Uint8Array> => file.arrayBuffer().then((b) => new Uint8Array(b));

/**
 * How far ahead files' bytes are asked for. In Chromium each read of a picked File goes to the
 * browser process and back: read one after another, 100 bench files spent 0.2 of 0.55 s waiting,
 * one file ahead or 16 hardly less; asked for together, the reads overlap (npm run bench:browser:
 * 0.55 → 0.41 s). Bounded in bytes too, so that large files are not all held at once.
 */
const READ_AHEAD_FILES = 128;
const READ_AHEAD_BYTES = 64 << 20;
/** What a file asked for ahead holds in memory until its turn. */
const heldBytes = (file: InputFile): number => (file.size > MAX_FILE_BYTES ? 0 : file.size);

/** A file's bytes, asked for now; undefined for a file too large to read. (Awaited where the file is read: never an unhandled rejection.) */
function fetchAhead(file: InputFile | undefined): Promise<Uint8Array> | undefined {
  if (!file || file.size > MAX_FILE_BYTES) return undefined;
  const bytes = bytesOf(file);
  bytes.catch(() => undefined);
  return bytes;
}

/**
 * One picked file as consolidation takes it (from `bytes` when they were read already); whatever
 * goes wrong becomes the file's reason, never a crash.
 */
export async function readPickedFile(file: InputFile, bytes?: Uint8Array | Promise<Uint8Array>): Promise<SubmissionFile> {
  if (file.size > MAX_FILE_BYTES) return { file: file.name, unreadable: TOO_LARGE(Math.round(file.size / 2 ** 20)) };
  try {
    return { file: file.name, input: readSubmissionInput(await (bytes ?? bytesOf(file)), file.name) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { file: file.name, unreadable: error.reason };
    const why = error instanceof Error ? error.message : String(error);
    return { file: file.name, unreadable: { en: `the file could not be read: ${why}`, km: `មិនអាចអានឯកសារបានទេ៖ ${why}` } };
  }
}

/** One of last quarter's files: a submission, or last quarter's report (the secretariat may have either). */
type PreviousPick =
  | { readonly kind: "submission"; readonly file: SubmissionFile }
  | { readonly kind: "report"; readonly line: SubmissionSummary; readonly measures: readonly PreviousMeasure[] };

async function readPreviousPick(file: InputFile, quarter: Quarter, fetched?: Promise<Uint8Array>): Promise<PreviousPick> {
  const bytes = file.size <= MAX_FILE_BYTES ? await (fetched ?? bytesOf(file)).catch(() => undefined) : undefined;
  try {
    const measures = bytes && readPreviousReport(bytes, file.name, quarter);
    if (measures) return { kind: "report", line: { file: file.name, quarter, status: "accepted", rows: measures.length }, measures };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return { kind: "report", line: { file: file.name, status: "rejected", reason: error.reason, rows: 0 }, measures: [] };
  }
  return { kind: "submission", file: await readPickedFile(file, bytes) };
}

/**
 * The whole build, the same steps in the worker and (where workers are unavailable) on the main
 * thread: read each file, consolidate, write the report. `pause` runs between files, so the main
 * thread can paint and answer clicks; ExcelJS is loaded only for the writing step.
 */
export async function buildReport(
  request: BuildRequest,
  onProgress: (progress: BuildProgress) => void,
  pause: () => Promise<void> = async () => undefined,
): Promise<BuiltReport> {
  const all = [...request.files, ...request.previous];
  const last = previousQuarter(request.quarter);
  const files: SubmissionFile[] = [];
  const previous: PreviousPick[] = [];
  // The next files' bytes are asked for while this one is parsed (READ_AHEAD_FILES).
  const ahead = new Map<number, Promise<Uint8Array> | undefined>();
  let asked = 0;
  let aheadBytes = 0;
  for (const [i, file] of all.entries()) {
    while (asked < all.length && ahead.size < READ_AHEAD_FILES && (ahead.size === 0 || aheadBytes + heldBytes(all[asked]!) <= READ_AHEAD_BYTES)) {
      ahead.set(asked, fetchAhead(all[asked]));
      aheadBytes += heldBytes(all[asked]!);
      asked++;
    }
    onProgress({ phase: "reading", file: i + 1, of: all.length, name: file.name });
    await pause();
    const bytes = ahead.get(i);
    ahead.delete(i);
    aheadBytes -= heldBytes(file);
    if (i < request.files.length) files.push(await readPickedFile(file, bytes));
    else previous.push(await readPreviousPick(file, last, bytes));
  }
  const catalogue = catalogueForSubmissions(files, request.catalogues);
  // Last quarter on its own first, so the pane can say what became of each of its files too.
  const previousSubmissions = previous.flatMap((p) => (p.kind === "submission" ? [p.file] : []));
  const lastQuarter = previousSubmissions.length > 0 ? consolidate(previousSubmissions, { quarter: last, catalogue }) : undefined;
  const submissionLines = [...(lastQuarter?.submissions ?? [])];
  const previousLines = previous.map((p) => (p.kind === "report" ? p.line : submissionLines.shift()!));
  const baseline =
    previous.length > 0
      ? mergePrevious(...previous.flatMap((p) => (p.kind === "report" ? [p.measures] : [])), ...(lastQuarter ? [previousMeasures(lastQuarter.measures)] : []))
      : undefined;
  const options = { quarter: request.quarter, catalogue, ...(baseline ? { previous: baseline } : {}) };
  const consolidation = startConsolidation(options);
  // (The rules run only over the files that may be used: checkFiles.)
  for (const checked of checkFiles(files, options)) consolidation.addChecked(checked);
  const model = consolidation.finish();
  const outcome = buildOutcome(model, request.lang, previousLines);
  if (outcome.accepted === 0) return { outcome };

  onProgress({ phase: "writing" });
  await pause();
  const { writeReportVariants } = await import(/* webpackChunkName: "report-writer" */ "../../xlsx/write/reportWriter");
  const { withCharts, withoutCharts } = await writeReportVariants(model, { lang: request.lang, generatedAt: request.generatedAt });
  const feedback = await writeFeedbackFiles(model, request.generatedAt);
  return { outcome, bytes: withCharts, withoutCharts, ...(feedback.length > 0 ? { feedback } : {}) };
}
