/**
 * Consolidation in the browser against the same work in Node (issue #6: within 1.5× for N = 100).
 *
 *   node -r tsx/cjs bench/browser.ts            (BENCH_BROWSER_N, default 100; BENCH_RUNS, default 3)
 *
 * Builds bench/browser/page.ts with the project's webpack config (production: minified, ExcelJS's
 * browser build), serves it and the generated submissions on localhost, and in Debian's Chromium
 * times the task pane's buildReport (read every file, consolidate, write the report) — the code
 * the Consolidate panel runs in its worker. The Node figure is the same buildReport in this
 * process. Runs alternate (Node, browser, …) after one warm-up each; medians are compared, and the
 * two builds must give the same outcome (files accepted, measures by status, issues).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import webpack, { type Configuration } from "webpack";
import { bundledCatalogue } from "../src/domain/catalogue/bundledCatalogue";
import { buildReport } from "../src/taskpane/consolidate/buildReport";
import type { InputFile } from "../src/taskpane/consolidate/protocol";
import { launchChromium } from "../test/e2e/support/browser";
import { TOOLS } from "../test/support/environment";
import { serveStatic } from "../test/e2e/support/staticServer";
import type { PageRun } from "./browser/page";
import { BENCH_QUARTER, ensureDataset } from "./generate";

const ROOT = resolve(__dirname, "..");
const GENERATED_AT = "2026-10-05T03:00:00.000Z";
const log = (line: string) => process.stderr.write(`${line}\n`);

type ConfigFactory = (env: Record<string, string>, argv: { mode: "production" }) => Promise<Configuration>;

async function buildPage(outDir: string): Promise<void> {
  const base = await (createRequire(__filename)(join(ROOT, "webpack.config.js")) as ConfigFactory)({ officeJs: "local" }, { mode: "production" });
  const compiler = webpack({
    ...base,
    entry: { bench: "./bench/browser/page.ts" },
    output: { ...base.output, path: outDir, clean: true },
    plugins: [], // no pages, office.js copy or bundle budget: only the bench script and its chunks
    devtool: false,
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats | undefined>((ok, fail) => compiler.run((e, s) => (e ? fail(e) : ok(s))));
  await new Promise<void>((ok, fail) => compiler.close((e) => (e ? fail(e) : ok())));
  if (!stats || stats.hasErrors()) throw new Error(`webpack: ${stats?.toString({ all: false, errors: true }) ?? "no stats"}`);
  writeFileSync(join(outDir, "index.html"), `<!doctype html><meta charset="utf-8"><title>bench</title><script src="bench.js"></script>\n`);
}

async function nodeRun(dir: string, names: readonly string[]): Promise<PageRun> {
  const files: InputFile[] = names.map((name) => {
    const bytes = readFileSync(join(dir, name));
    return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer };
  });
  const start = performance.now();
  let writeStart = start;
  const built = await buildReport(
    { quarter: BENCH_QUARTER, lang: "en", catalogues: [bundledCatalogue()], files, previous: [], generatedAt: new Date(GENERATED_AT) },
    (p) => {
      if (p.phase === "writing") writeStart = performance.now();
    },
  );
  const end = performance.now();
  return { totalMs: end - start, readMs: writeStart - start, writeMs: end - writeStart, reportBytes: built.bytes?.length ?? 0, outcome: built.outcome };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export interface BrowserFigures {
  readonly n: number;
  readonly node: PageRun[];
  readonly browser: PageRun[];
  readonly ratio: number;
}

export async function benchBrowser(n: number, runs: number): Promise<BrowserFigures | undefined> {
  const chromiumMissing = TOOLS.chromium.missing();
  if (chromiumMissing) {
    log(`browser bench skipped: ${chromiumMissing}`);
    return undefined;
  }
  const dataset = await ensureDataset(n, { log });
  const names = readdirSync(dataset.dir).filter((f) => f.endsWith(".xlsx")).sort();
  const out = mkdtempSync(join(tmpdir(), "policy-tracker-bench-browser-"));
  try {
    log("building the bench page (webpack, production) …");
    await buildPage(out);
    symlinkSync(dataset.dir, join(out, "data"));
    const server = await serveStatic(out);
    const browser = await launchChromium({ width: 800, height: 600 });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/index.html`);
      const inBrowser = () => page.evaluate(([ns, q, at]) => window.benchBuild(ns, q, at), [names, BENCH_QUARTER, GENERATED_AT] as const);
      await nodeRun(dataset.dir, names); // warm-up: modules loaded, JIT warm
      await inBrowser();
      const node: PageRun[] = [];
      const chrome: PageRun[] = [];
      for (let i = 0; i < runs; i++) {
        node.push(await nodeRun(dataset.dir, names));
        chrome.push(await inBrowser());
        log(`  run ${i + 1}/${runs}: node ${s(node[i]!.totalMs)}, chromium ${s(chrome[i]!.totalMs)}`);
      }
      if (JSON.stringify(node[0]!.outcome) !== JSON.stringify(chrome[0]!.outcome)) {
        throw new Error("the browser's consolidation outcome differs from Node's for the same files");
      }
      return { n, node, browser: chrome, ratio: median(chrome.map((r) => r.totalMs)) / median(node.map((r) => r.totalMs)) };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function browserTable(f: BrowserFigures): string {
  const row = (label: string, runs: readonly PageRun[]) =>
    `| ${f.n} | ${label} | ${s(median(runs.map((r) => r.totalMs)))} | ${s(median(runs.map((r) => r.readMs)))} | ${s(median(runs.map((r) => r.writeMs)))} | ${(median(runs.map((r) => r.reportBytes)) / 1024).toFixed(0)} KiB |`;
  return [
    "| N | where | build (median) | read + consolidate | write | report |",
    "|---:|---|---:|---:|---:|---:|",
    row("Node (same buildReport, in-process)", f.node),
    row("Chromium (production bundle)", f.browser),
    "",
    `browser / Node: **${f.ratio.toFixed(2)}×** (target ≤ 1.5×); outcomes identical`,
  ].join("\n");
}

if (require.main === module) {
  const n = Number(process.env.BENCH_BROWSER_N ?? 100);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  benchBrowser(n, runs).then(
    (figures) => figures && process.stdout.write(`\n## Consolidation in the browser\n\n${browserTable(figures)}\n`),
    (error: unknown) => {
      log(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
