/**
 * The physical floor of `policy-tracker consolidate` for the same files: read each file, inflate
 * only the parts needed with fflate, stream-parse them with saxes into the same domain rows, run the
 * same consolidate(), write the same report content with a minimal writer, and the same summary.
 *
 *   node -r tsx/cjs bench/floor.ts FILE_OR_DIR... --quarter 2026-Q3 --out REPORT.xlsx
 *        [--summary SUMMARY.json] [--lang en|km] [--expect PRODUCT_SUMMARY.json] [--lean]
 *
 * Prints one JSON line on stdout: {"phases":{startup,read,consolidate,write,summary} (ms), ...};
 * run with --expose-gc, also the heap kept alive after each phase (MiB, after a full GC; the GC
 * calls are outside the timed phases).
 * With --expect, exits 1 when its summary differs from the product's.
 */
import { closeSync, openSync, readFileSync, readdirSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { bundledCatalogue } from "../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../src/domain/consolidation/consolidate";
import { fileDisplayNames } from "../src/domain/consolidation/fileNames";
import { reportSummary, type ReportSummary } from "../src/domain/consolidation/summary";
import type { SubmissionFile } from "../src/domain/consolidation/types";
import type { SubmissionInput } from "../src/domain/rules/submissionCheck";
import type { Lang } from "../src/domain/text/lang";
import { parseQuarter } from "../src/domain/periods/periods";
import { floorReadSubmission } from "./floor/readSubmission";
import { reportContent } from "./floor/reportContent";
import { writeMinimalXlsx, writeMinimalXlsxTo } from "./floor/xlsxWriter";

interface Args {
  inputs: string[];
  quarter: string;
  out: string;
  summary?: string;
  expect?: string;
  lang: Lang;
  /** Experiment: rows re-read on demand, kept strings copied, report and summary streamed to disk. */
  lean: boolean;
}

function parseArgs(argv: string[]): Args {
  const inputs: string[] = [];
  const opts: Record<string, string> = {};
  let lean = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lean") lean = true;
    else if (a.startsWith("--")) opts[a.slice(2)] = argv[++i] ?? "";
    else inputs.push(a);
  }
  if (!opts.quarter || !opts.out || inputs.length === 0) throw new Error("usage: floor.ts FILE_OR_DIR... --quarter Q --out REPORT.xlsx [--summary S] [--lang en|km] [--expect S]");
  return { inputs, quarter: opts.quarter, out: opts.out, lang: opts.lang === "km" ? "km" : "en", lean, ...(opts.summary ? { summary: opts.summary } : {}), ...(opts.expect ? { expect: opts.expect } : {}) };
}

/** Same expansion as the CLI: files as named, folders' .xlsx files (not ~$ lock files) sorted. */
function expand(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    let dir = false;
    try {
      dir = statSync(input).isDirectory();
    } catch {
      return [input];
    }
    return dir
      ? readdirSync(input)
          .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
          .sort()
          .map((n) => join(input, n))
      : [input];
  });
}

/** The first place two JSON texts differ, for the error message. */
export function firstDifference(a: unknown, b: unknown, path = "$"): string | undefined {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  if (a && typeof a === "object") {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (Array.isArray(a) && ka.length !== kb.length) return `${path}: length ${ka.length} ≠ ${kb.length}`;
    for (const k of new Set([...ka, ...kb])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return a === b ? undefined : `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

const gc = (globalThis as { gc?: () => void }).gc;
/** Heap kept alive (MiB) after a full GC, when run with --expose-gc. */
function heapKept(): number | undefined {
  if (!gc) return undefined;
  gc();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
}

/**
 * --lean (an experiment, not the floor): what a streaming consolidation would keep in memory.
 * Rows are not kept: each access re-reads the file (one file cached at a time), so only one file's
 * cells are alive at once; strings kept from a file (metadata) are copied out of the parsed part;
 * the report and the summary are streamed to disk. Same consolidate(), same output — it only reads
 * each file two or three times, which a real streaming design would not.
 */
let lastRows: { file: string; rows: SubmissionInput["rows"] } | undefined;
function lazyInput(path: string, file: string): SubmissionInput {
  const { rows: _dropped, ...rest } = floorReadSubmission(new Uint8Array(readFileSync(path)), file, { copyKept: true });
  return {
    ...rest,
    get rows() {
      if (lastRows?.file !== file) lastRows = { file, rows: floorReadSubmission(new Uint8Array(readFileSync(path)), file).rows };
      return lastRows.rows;
    },
  };
}

/** `${JSON.stringify(summary, null, 2)}\n`, written in pieces: the issues one by one. */
function writeSummaryStreamed(path: string, summary: ReportSummary): void {
  const { issues, ...head } = summary;
  const tail = '  "issues": []\n}';
  const text = JSON.stringify({ ...head, issues: [] }, null, 2);
  if (!text.endsWith(tail)) throw new Error("floor: the summary's last key is no longer issues");
  const fd = openSync(path, "w");
  let batch = `${text.slice(0, -tail.length)}  "issues": [`;
  issues.forEach((issue, i) => {
    batch += `${i ? "," : ""}\n    ${JSON.stringify(issue, null, 2).replace(/\n/g, "\n    ")}`;
    if (batch.length >= 1 << 18) {
      writeSync(fd, batch);
      batch = "";
    }
  });
  writeSync(fd, `${batch}${issues.length ? "\n  " : ""}]\n}\n`);
  closeSync(fd);
}

function main(argv: string[]): number {
  const startup = performance.now();
  const args = parseArgs(argv);
  const quarter = parseQuarter(args.quarter);
  if (!quarter) throw new Error(`not a quarter: ${args.quarter}`);
  const catalogue = bundledCatalogue();

  const t0 = performance.now();
  const paths = expand(args.inputs);
  // Named as the product names them: by file name, not by path.
  const names = fileDisplayNames(paths);
  const files: SubmissionFile[] = paths.map((path, i) => {
    const file = names[i]!;
    try {
      return { file, input: args.lean ? lazyInput(path, file) : floorReadSubmission(new Uint8Array(readFileSync(path)), file) };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { file, unreadable: { en: why, km: why } };
    }
  });
  const t1 = performance.now();
  const afterRead = heapKept();
  const c0 = performance.now();
  const model = consolidate(files, { quarter, catalogue });
  const t2 = performance.now();
  const afterConsolidate = heapKept();
  const w0 = performance.now();
  if (!model.submissions.some((s) => s.status === "accepted")) {
    process.stderr.write("floor: no usable submission\n");
    return 2;
  }
  const content = reportContent(model, args.lang, new Date());
  let reportBytes: number;
  if (args.lean) reportBytes = writeMinimalXlsxTo(args.out, content);
  else {
    const bytes = writeMinimalXlsx(content);
    writeFileSync(args.out, bytes);
    reportBytes = bytes.length;
  }
  const t3 = performance.now();
  const afterWrite = heapKept();
  const s0 = performance.now();
  const summary = reportSummary(model);
  if (args.summary) {
    if (args.lean) writeSummaryStreamed(args.summary, summary);
    else writeFileSync(args.summary, `${JSON.stringify(summary, null, 2)}\n`);
  }
  const t4 = performance.now();
  process.stdout.write(
    `${JSON.stringify({ phases: { startup, read: t1 - t0, consolidate: t2 - c0, write: t3 - w0, summary: t4 - s0 },
      ...(gc ? { memory: { afterRead, afterConsolidate, afterWrite } } : {}),
      files: files.length, issues: model.issues.length, reportBytes })}\n`,
  );
  if (args.expect) {
    if (!args.summary) throw new Error("--expect needs --summary");
    const diff = firstDifference(JSON.parse(readFileSync(args.expect, "utf8")), JSON.parse(readFileSync(args.summary, "utf8")));
    if (diff) {
      process.stderr.write(`floor: the summary differs from the product's (${args.expect}): ${diff}\n`);
      return 1;
    }
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`floor: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 2;
  }
}
