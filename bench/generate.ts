/**
 * Writes N realistic committee submissions for one quarter into bench/.data/submissions-<N>/ with the
 * product's own template writer, then stamps each file the way the task pane's "prepare submission"
 * does (submittedAt / submittedBy in the very-hidden metadata sheet) and turns evidence URLs into
 * real hyperlinks. Folders are cached: a folder whose manifest matches is reused.
 *
 *   node -r tsx/cjs bench/generate.ts 100 [--force]
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { bundledCatalogue } from "../src/domain/catalogue/bundledCatalogue";
import { columnLetters } from "../src/domain/entries/cells";
import { COMMITTEE_CODES } from "../src/domain/catalogue/committees";
import type { Lang } from "../src/domain/text/lang";
import { META_KEYS, META_SHEET, columnIndex } from "../src/domain/statusSheet/columns";
import type { Quarter } from "../src/domain/periods/periods";
import { STATUS_SHEET_ROWS } from "../src/domain/statusSheet/sheetContract";
import { writeStatusWorkbook } from "../src/xlsx/write/templateWriter";
import { benchEntries, type Entries } from "./entries";

export const BENCH_QUARTER = "2026-Q3" as Quarter;
/** Bump when the generated files change, so cached folders are rebuilt. */
const GENERATOR_VERSION = 3;
export const DATA_DIR = resolve(__dirname, ".data");

export interface Dataset {
  readonly n: number;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  /** Status-table body rows over all files. */
  readonly rows: number;
}

interface Manifest {
  readonly generatorVersion: number;
  readonly n: number;
  readonly quarter: string;
  readonly catalogueHash: string;
  readonly files: number;
  readonly bytes: number;
  readonly rows: number;
}

export function datasetDir(n: number): string {
  return join(DATA_DIR, `submissions-${n}`);
}

/** What file i of any dataset is: committees cycle DGC/DEBC/DSC; one in four is in Khmer; one in four has mistakes. */
export function fileSpec(i: number): { name: string; committee: (typeof COMMITTEE_CODES)[number]; lang: Lang; plantProblems: boolean; submittedAt: string; submittedBy: string } {
  const committee = COMMITTEE_CODES[i % COMMITTEE_CODES.length]!;
  const lang: Lang = i % 4 === 1 ? "km" : "en";
  // Distinct stamps in the first days after the quarter, in an order unrelated to the file names,
  // so "the later stamp wins" is really decided by the stamp.
  const minutes = (i * 7919) % 100_003;
  const submittedAt = new Date(Date.UTC(2026, 9, 1, 1, 0, 0) + minutes * 60_000).toISOString();
  return {
    name: `sub-${String(i).padStart(4, "0")}-${committee}.xlsx`,
    committee,
    lang,
    plantProblems: i % 4 === 3,
    submittedAt,
    submittedBy: `officer-${i}@${committee.toLowerCase()}.gov.kh`,
  };
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Resolves sheet name → part path from workbook.xml and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files["xl/workbook.xml"]!);
  const rels = strFromU8(files["xl/_rels/workbook.xml.rels"]!);
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (name && part) parts.set(name, part);
  }
  return parts;
}

/** Stamps the submission metadata and adds hyperlinks to the evidence cells that hold a URL. */
export function stampSubmission(bytes: Uint8Array, stamp: { submittedAt: string; submittedBy: string }, entries: Entries): Uint8Array {
  const files = unzipSync(bytes);
  const parts = sheetParts(files);
  const metaPart = parts.get(META_SHEET);
  if (!metaPart) throw new Error("generate: the template has no metadata sheet");
  let meta = strFromU8(files[metaPart]!);
  for (const [key, value] of [["submittedAt", stamp.submittedAt], ["submittedBy", stamp.submittedBy]] as const) {
    const row = META_KEYS.indexOf(key) + 2;
    const cell = new RegExp(`<c r="B${row}"[^>]*?(?:/>|>.*?</c>)`);
    if (!cell.test(meta)) throw new Error(`generate: metadata cell B${row} (${key}) not found`);
    meta = meta.replace(cell, `<c r="B${row}" t="inlineStr"><is><t>${xmlEscape(value)}</t></is></c>`);
  }
  files[metaPart] = strToU8(meta);

  // The status sheet is the first sheet the template writes.
  const statusPart = [...parts.values()][0]!;
  const relsPart = statusPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const col = columnLetters(columnIndex("evidence"));
  const links: string[] = [];
  const rels: string[] = [];
  [...entries.values()].forEach((row, i) => {
    const url = row.evidence;
    if (typeof url !== "string" || !url.startsWith("https://")) return;
    const id = `rIdBenchLink${i}`;
    links.push(`<hyperlink ref="${col}${STATUS_SHEET_ROWS.firstBody + i}" r:id="${id}"/>`);
    rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlEscape(url)}" TargetMode="External"/>`);
  });
  if (links.length > 0) {
    let sheet = strFromU8(files[statusPart]!);
    const anchor = sheet.includes("<printOptions") ? "<printOptions" : "<pageMargins";
    if (!sheet.includes(anchor)) throw new Error("generate: no place for hyperlinks in the status sheet");
    sheet = sheet.replace(anchor, `<hyperlinks>${links.join("")}</hyperlinks>${anchor}`);
    files[statusPart] = strToU8(sheet);
    const existing = files[relsPart] ? strFromU8(files[relsPart]!) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    files[relsPart] = strToU8(existing.replace("</Relationships>", `${rels.join("")}</Relationships>`));
  }
  return zipSync(files, { level: 6 });
}

/** Writes files [from, to) of a dataset of n into dir; returns the body rows written. */
async function writeRange(dir: string, from: number, to: number): Promise<number> {
  const catalogue = bundledCatalogue();
  let rows = 0;
  for (let i = from; i < to; i++) {
    const spec = fileSpec(i);
    const entries = benchEntries({ catalogue, committee: spec.committee, quarter: BENCH_QUARTER, lang: spec.lang, seed: i + 1, plantProblems: spec.plantProblems });
    const bytes = await writeStatusWorkbook({ catalogue, committee: spec.committee, quarter: BENCH_QUARTER, lang: spec.lang, entries });
    writeFileSync(join(dir, spec.name), stampSubmission(bytes, spec, entries));
    rows += entries.size;
  }
  return rows;
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

function runWorker(dir: string, from: number, to: number): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["-r", "tsx/cjs", __filename, "--worker", dir, String(from), String(to)], {
      cwd: resolve(__dirname, ".."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolvePromise(Number(out.trim())) : reject(new Error(`generate worker ${from}-${to} exited with ${code}`))));
  });
}

/** The dataset's submission files (full paths, sorted) with their bytes: what the micro-benches read. */
export async function datasetFiles(n: number): Promise<{ file: string; bytes: Uint8Array }[]> {
  const dir = (await ensureDataset(n)).dir;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => ({ file: join(dir, f), bytes: new Uint8Array(readFileSync(join(dir, f))) }));
}

/** The dataset of n submissions, generated once (in parallel, one worker per core) and then reused. */
export async function ensureDataset(n: number, options: { force?: boolean; log?: (line: string) => void } = {}): Promise<Dataset> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = datasetDir(n);
  const catalogue = bundledCatalogue();
  const manifest = readManifest(dir);
  if (!options.force && manifest && manifest.generatorVersion === GENERATOR_VERSION && manifest.n === n && manifest.catalogueHash === catalogue.hash) {
    return { n, dir, files: manifest.files, bytes: manifest.bytes, rows: manifest.rows };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const workers = Math.max(1, Math.min(cpus().length, Math.ceil(n / 10)));
  log(`generating ${n} submissions in ${dir} (${workers} worker${workers > 1 ? "s" : ""}) …`);
  const per = Math.ceil(n / workers);
  const counts = await Promise.all(Array.from({ length: workers }, (_, w) => runWorker(dir, w * per, Math.min(n, (w + 1) * per))));
  const names = readdirSync(dir).filter((f) => f.endsWith(".xlsx"));
  const bytes = names.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  const result: Manifest = { generatorVersion: GENERATOR_VERSION, n, quarter: BENCH_QUARTER, catalogueHash: catalogue.hash, files: names.length, bytes, rows: counts.reduce((a, b) => a + b, 0) };
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(result, null, 2)}\n`);
  log(`generated ${names.length} files, ${(bytes / 2 ** 20).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { n, dir, files: result.files, bytes, rows: result.rows };
}

async function cli(argv: string[]): Promise<void> {
  if (argv[0] === "--worker") {
    const [dir, from, to] = argv.slice(1);
    process.stdout.write(`${await writeRange(dir!, Number(from), Number(to))}\n`);
    return;
  }
  const force = argv.includes("--force");
  const ns = argv.filter((a) => /^\d+$/.test(a)).map(Number);
  if (ns.length === 0) throw new Error("usage: node -r tsx/cjs bench/generate.ts N... [--force]");
  for (const n of ns) {
    const d = await ensureDataset(n, { force });
    process.stdout.write(`${d.dir}: ${d.files} files, ${d.bytes} bytes, ${d.rows} rows\n`);
  }
}

if (require.main === module) {
  cli(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`generate: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}

