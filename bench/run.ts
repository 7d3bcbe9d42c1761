/**
 * `npm run bench`: the consolidation benchmark. For each N (10, 100, 1000, or
 * $BENCH_N=10,100), times in alternation, in the same minutes, the product CLI
 *   node bin/policy-tracker.js consolidate DIR --quarter Q --out OUT --summary S
 * the saxes floor (bench/floor.ts: fflate + saxes reader, same consolidation, minimal writer) and
 * the raw floor (bench/rawFloor.js: read + native inflate + one byte scan of every sheet part, on
 * one core and on every core), each as a child process, measuring wall time and peak RSS
 * (/usr/bin/time -v when installed, else a preloaded bench/maxrss.js; $BENCH_RSS=time|launcher).
 * Checks the floor's summary equals the product's (stops with an error if not) and compares the two
 * reports cell by cell (warns on drift). Then the product's phases (bench/phases.ts, in-process,
 * same functions as the CLI), the Office.js figures (bench/office.ts) and the start-up of
 * `policy-tracker --help` and `validate` of one generated file (bench/startup.js).
 *
 * Environment: BENCH_N (default 10,100,1000), BENCH_RUNS (default 3 for N ≤ 100, 2 above),
 * BENCH_RSS, BENCH_LEAN=1 for the old streaming experiment (floor.ts --lean, one run per N),
 * BENCH_OFFICE=0 to skip the Office.js figures, BENCH_OFFICE_ROWS (default 139,2000,20000),
 * BENCH_BROWSER=0 to skip the browser run (bench/browser.ts: N = 100 when measured, else the
 * smallest N), BENCH_STARTUP=0 to skip the start-up figures, BENCH_TIMEOUT_S (per child, default 1800).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { ensureCliBuilt } from "../scripts/cli-build.js";
import { compareReports } from "./floor/compareReports";
import { firstDifference } from "./floor";
import { BENCH_QUARTER, DATA_DIR, ensureDataset, type Dataset } from "./generate";

const ROOT = resolve(__dirname, "..");
const OUT = join(DATA_DIR, "runs");
const TIME = "/usr/bin/time";
const MAXRSS = join(__dirname, "maxrss.js");
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 1800) * 1000;
const rssMode: "time" | "launcher" = process.env.BENCH_RSS === "launcher" ? "launcher" : process.env.BENCH_RSS === "time" || existsSync(TIME) ? "time" : "launcher";

interface Run {
  readonly wallMs: number;
  /** User + system CPU time of the child: less disturbed than wall time by other work on the machine. */
  readonly cpuMs: number;
  readonly maxRssKiB: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `node ARGS` as a child; wall time from spawn to exit, peak RSS of the child. */
function runNode(args: readonly string[], label: string, env: Readonly<Record<string, string>> = {}): Promise<Run> {
  const rssFile = join(OUT, `maxrss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const [cmd, argv] = rssMode === "time" ? [TIME, ["-v", process.execPath, ...args]] : [process.execPath, ["-r", MAXRSS, ...args]];
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env, BENCH_MAXRSS_FILE: rssFile }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - start;
      clearTimeout(timer);
      let maxRssKiB = NaN;
      let cpuMs = NaN;
      if (rssMode === "time") {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) maxRssKiB = Number(m[1]);
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
        const at = stderr.lastIndexOf("\tCommand being timed:");
        if (at >= 0) stderr = stderr.slice(0, at);
        // time -v reports "Command exited with non-zero status N" on stderr too.
        stderr = stderr.replace(/Command exited with non-zero status \d+\n?$/, "");
      } else if (existsSync(rssFile)) {
        const [rss, user, sys] = readFileSync(rssFile, "utf8").split(" ").map(Number);
        maxRssKiB = rss ?? NaN;
        cpuMs = (user ?? NaN) + (sys ?? NaN);
      }
      if (code !== 0) {
        reject(new Error(`${label} exited with ${code}${wallMs >= TIMEOUT_MS ? " (timed out)" : ""}:\n${stderr.slice(-2000)}`));
        return;
      }
      resolvePromise({ wallMs, cpuMs, maxRssKiB, stdout, stderr, code });
    });
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const MiB = (kib: number) => kib / 1024;
const fmtS = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const fmtMiB = (mib: number) => `${mib.toFixed(0)} MiB`;
const fmtInt = (n: number) => n.toLocaleString("en-US");

type Phases = Record<"startup" | "read" | "consolidate" | "write" | "summary", number>;

interface NResult {
  readonly dataset: Dataset;
  readonly runs: number;
  readonly product: { wall: number[]; cpu: number[]; rss: number[] };
  readonly floor: { wall: number[]; cpu: number[]; rss: number[]; phases: Phases[] };
  /** The raw floor on one core and on every core (bench/rawFloor.js). */
  readonly raw1: { wall: number[]; cpu: number[]; rss: number[] };
  readonly rawAll: { wall: number[]; cpu: number[]; rss: number[] };
  /** The 1-minute load average before each round (the machine is shared). */
  readonly load: number[];
  readonly inflatedMiB: number;
  readonly productPhases?: { phases: Phases; chartsMs?: number; memory: Record<string, { heapUsed: number; rss: number }>; maxRssMiB: number; issues: number; reportBytes: number; summaryBytes: number };
  readonly floorMemory?: { afterRead: number; afterConsolidate: number; afterWrite: number };
  /** floor.ts --lean, one run: what a streaming consolidation would keep (an experiment, not a target). */
  readonly lean?: { wall: number; rss: number };
  readonly reportCheck: { sheets: number; cells: number; differences: string[] };
  readonly productReportBytes: number;
  readonly floorReportBytes: number;
}

function productArgs(dir: string, out: string, summary: string): string[] {
  return ["bin/policy-tracker.js", "consolidate", dir, "--quarter", BENCH_QUARTER, "--out", out, "--summary", summary];
}
function rawFloorArgs(dir: string, workers: number): string[] {
  return ["bench/rawFloor.js", dir, "--workers", String(workers)];
}
function floorArgs(dir: string, out: string, summary: string): string[] {
  return ["-r", "tsx/cjs", "bench/floor.ts", dir, "--quarter", BENCH_QUARTER, "--out", out, "--summary", summary];
}

async function benchN(dataset: Dataset, runs: number): Promise<NResult> {
  const dir = dataset.dir;
  const o = (name: string) => join(OUT, `${dataset.n}-${name}`);
  const product = { wall: [] as number[], cpu: [] as number[], rss: [] as number[] };
  const floor = { wall: [] as number[], cpu: [] as number[], rss: [] as number[], phases: [] as Phases[] };
  const raw1 = { wall: [] as number[], cpu: [] as number[], rss: [] as number[] };
  const rawAll = { wall: [] as number[], cpu: [] as number[], rss: [] as number[] };
  const load: number[] = [];
  let inflatedMiB = 0;
  let reportCheck: NResult["reportCheck"] = { sheets: 0, cells: 0, differences: [] };
  for (let i = 0; i < runs; i++) {
    load.push(loadavg()[0]!);
    for (const [series, workers] of [[raw1, 1], [rawAll, cpus().length]] as const) {
      const r = await runNode(rawFloorArgs(dir, workers), `raw floor (${workers} thread${workers > 1 ? "s" : ""}) N=${dataset.n}`);
      series.wall.push(r.wallMs);
      series.cpu.push(r.cpuMs);
      series.rss.push(MiB(r.maxRssKiB));
      inflatedMiB = (JSON.parse(r.stdout.trim().split("\n").pop()!) as { inflatedBytes: number }).inflatedBytes / 2 ** 20;
      log(`  N=${dataset.n} run ${i + 1}/${runs}: raw floor, ${workers} thread${workers > 1 ? "s" : " "} ${fmtS(r.wallMs)} (CPU ${fmtS(r.cpuMs)}), ${fmtMiB(MiB(r.maxRssKiB))}`);
    }
    const p = await runNode(productArgs(dir, o("product.xlsx"), o("product-summary.json")), `product N=${dataset.n}`);
    product.wall.push(p.wallMs);
    product.cpu.push(p.cpuMs);
    product.rss.push(MiB(p.maxRssKiB));
    log(`  N=${dataset.n} run ${i + 1}/${runs}: product ${fmtS(p.wallMs)} (CPU ${fmtS(p.cpuMs)}), ${fmtMiB(MiB(p.maxRssKiB))}`);
    const f = await runNode(floorArgs(dir, o("floor.xlsx"), o("floor-summary.json")), `floor N=${dataset.n}`);
    floor.wall.push(f.wallMs);
    floor.cpu.push(f.cpuMs);
    floor.rss.push(MiB(f.maxRssKiB));
    floor.phases.push((JSON.parse(f.stdout.trim().split("\n").pop()!) as { phases: Phases }).phases);
    log(`  N=${dataset.n} run ${i + 1}/${runs}: floor   ${fmtS(f.wallMs)} (CPU ${fmtS(f.cpuMs)}), ${fmtMiB(MiB(f.maxRssKiB))}`);
    if (i === 0) {
      const diff = firstDifference(JSON.parse(readFileSync(o("product-summary.json"), "utf8")), JSON.parse(readFileSync(o("floor-summary.json"), "utf8")));
      if (diff) throw new Error(`N=${dataset.n}: the floor's summary differs from the product's — the floor does not do the same work: ${diff}`);
      reportCheck = compareReports(readFileSync(o("product.xlsx")), readFileSync(o("floor.xlsx")));
      if (reportCheck.differences.length) {
        log(`  WARNING: the floor's report differs from the product's in ${reportCheck.differences.length} cells (update bench/floor/reportContent.ts):`);
        for (const d of reportCheck.differences.slice(0, 10)) log(`    ${d}`);
      }
    }
  }
  let productPhases: NResult["productPhases"];
  try {
    const ph = await runNode(["--expose-gc", "-r", "tsx/cjs", "bench/phases.ts", dir, "--quarter", BENCH_QUARTER, "--out", o("phases.xlsx")], `phases N=${dataset.n}`);
    productPhases = JSON.parse(ph.stdout.trim().split("\n").pop()!) as NResult["productPhases"];
  } catch (e) {
    log(`  product phases not measured: ${e instanceof Error ? e.message : String(e)}`);
  }
  let lean: NResult["lean"];
  if (process.env.BENCH_LEAN === "1") {
    try {
      const l = await runNode([...floorArgs(dir, o("lean.xlsx"), o("lean-summary.json")), "--lean"], `floor --lean N=${dataset.n}`);
      const diff = firstDifference(JSON.parse(readFileSync(o("product-summary.json"), "utf8")), JSON.parse(readFileSync(o("lean-summary.json"), "utf8")));
      if (diff) throw new Error(`its summary differs from the product's: ${diff}`);
      lean = { wall: l.wallMs, rss: MiB(l.maxRssKiB) };
      log(`  N=${dataset.n} floor --lean (streaming experiment): ${fmtS(l.wallMs)}, ${fmtMiB(lean.rss)}`);
    } catch (e) {
      log(`  floor --lean not measured: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  let floorMemory: NResult["floorMemory"];
  try {
    const fm = await runNode(["--expose-gc", ...floorArgs(dir, o("floor-gc.xlsx"), o("floor-gc-summary.json"))], `floor (GC) N=${dataset.n}`);
    floorMemory = (JSON.parse(fm.stdout.trim().split("\n").pop()!) as { memory: NResult["floorMemory"] }).memory;
  } catch (e) {
    log(`  floor memory not measured: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    dataset,
    runs,
    product,
    floor,
    raw1,
    rawAll,
    load,
    inflatedMiB,
    ...(productPhases ? { productPhases } : {}),
    ...(floorMemory ? { floorMemory } : {}),
    ...(lean ? { lean } : {}),
    reportCheck,
    productReportBytes: readFileSync(o("product.xlsx")).length,
    floorReportBytes: readFileSync(o("floor.xlsx")).length,
  };
}

function phaseLine(p: Phases): string {
  return `startup ${fmtS(p.startup)} | read ${fmtS(p.read)} | consolidate ${fmtS(p.consolidate)} | write ${fmtS(p.write)} | summary ${fmtS(p.summary)}`;
}

function medianPhases(list: readonly Phases[]): Phases {
  const keys = ["startup", "read", "consolidate", "write", "summary"] as const;
  return Object.fromEntries(keys.map((k) => [k, median(list.map((p) => p[k]))])) as Phases;
}

function printN(r: NResult): string {
  const d = r.dataset;
  const pw = median(r.product.wall);
  const fw = median(r.floor.wall);
  const pr = median(r.product.rss);
  const fr = median(r.floor.rss);
  const pc = median(r.product.cpu);
  const fc = median(r.floor.cpu);
  const range = (xs: number[], f: (x: number) => string) => `[${f(Math.min(...xs))}–${f(Math.max(...xs))}]`;
  const lines = [
    `### N = ${fmtInt(d.n)}: ${fmtInt(d.files)} files, ${(d.bytes / 2 ** 20).toFixed(1)} MiB of .xlsx input, ${fmtInt(d.rows)} status rows${r.productPhases ? `, ${fmtInt(r.productPhases.issues)} issues` : ""} (${r.runs} runs each, alternated)`,
    "",
    "| | wall, median [min–max] | CPU (user+sys), median | peak RSS, median [min–max] | report size |",
    "|---|---:|---:|---:|---:|",
    `| product (CLI) | ${fmtS(pw)} ${range(r.product.wall, fmtS)} | ${fmtS(pc)} | ${fmtMiB(pr)} ${range(r.product.rss, fmtMiB)} | ${(r.productReportBytes / 1024).toFixed(0)} KiB |`,
    `| saxes floor | ${fmtS(fw)} ${range(r.floor.wall, fmtS)} | ${fmtS(fc)} | ${fmtMiB(fr)} ${range(r.floor.rss, fmtMiB)} | ${(r.floorReportBytes / 1024).toFixed(0)} KiB |`,
    `| raw floor, 1 core | ${fmtS(median(r.raw1.wall))} ${range(r.raw1.wall, fmtS)} | ${fmtS(median(r.raw1.cpu))} | ${fmtMiB(median(r.raw1.rss))} | |`,
    `| raw floor, ${cpus().length} cores | ${fmtS(median(r.rawAll.wall))} ${range(r.rawAll.wall, fmtS)} | ${fmtS(median(r.rawAll.cpu))} | ${fmtMiB(median(r.rawAll.rss))} | |`,
    `| product / saxes floor | **${(pw / fw).toFixed(2)}×** | ${(pc / fc).toFixed(2)}× | **${(pr / fr).toFixed(2)}×** | |`,
    `| product / raw floor (all cores, 1 core) | **${(pw / median(r.rawAll.wall)).toFixed(2)}×**, ${(pw / median(r.raw1.wall)).toFixed(2)}× | | | |`,
    "",
    `- load average (1 min) before each round: ${r.load.map((l) => l.toFixed(1)).join(", ")}; the raw floor inflates ${r.inflatedMiB.toFixed(0)} MiB of sheet XML`,
  ];
  if (r.productPhases) {
    const m = r.productPhases.memory;
    lines.push(`- product phases (bench/phases.ts, one in-process run): ${phaseLine(r.productPhases.phases)}`);
    const charts = r.productPhases.chartsMs;
    if (charts !== undefined) {
      const all = Object.values(r.productPhases.phases).reduce((a, b) => a + b, 0) + charts;
      lines.push(`- charts (DrawingML parts added to ExcelJS's report, after write): ${(charts).toFixed(0)} ms = **${((charts / all) * 100).toFixed(1)} %** of the product's phases (target ≤ 5 %)`);
    }
    lines.push(
      `- product heap kept after GC: start ${m.start?.heapUsed} MiB, after read ${m.afterRead?.heapUsed} MiB, after consolidate ${m.afterConsolidate?.heapUsed} MiB, after write ${m.afterWrite?.heapUsed} MiB (RSS ${m.afterWrite?.rss} MiB, peak ${r.productPhases.maxRssMiB} MiB)`,
    );
  } else lines.push("- product phases: TODO — not measured (see the log)");
  lines.push(`- floor phases (median of ${r.floor.phases.length}): ${phaseLine(medianPhases(r.floor.phases))}`);
  if (r.floorMemory) lines.push(`- floor heap kept after GC: after read ${r.floorMemory.afterRead} MiB, after consolidate ${r.floorMemory.afterConsolidate} MiB, after write ${r.floorMemory.afterWrite} MiB`);
  if (r.lean) lines.push(`- streaming experiment (floor.ts --lean: rows re-read on demand, report and summary streamed; one run): ${fmtS(r.lean.wall)}, peak RSS ${fmtMiB(r.lean.rss)}`);
  lines.push(
    `- same summary as the product: yes; same report content: ${r.reportCheck.differences.length === 0 ? `yes (${fmtInt(r.reportCheck.cells)} cells in ${r.reportCheck.sheets} sheets)` : `NO — ${r.reportCheck.differences.length} cells differ`}`,
  );
  lines.push(`- peak RSS per MiB of input: product ${(pr / (d.bytes / 2 ** 20)).toFixed(1)}, floor ${(fr / (d.bytes / 2 ** 20)).toFixed(1)}`);
  return lines.join("\n");
}

function overview(results: readonly NResult[]): string {
  const lines = [
    `| N | input | product wall | saxes floor | raw floor, 1 core | raw floor, ${cpus().length} cores | product / raw floor (all cores) | product / raw floor (1 core) | product / saxes floor | product peak RSS | load average | product read / consolidate / write (1 thread) |`,
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    const p = r.productPhases?.phases;
    const s = (x: number) => (x / 1000).toFixed(2);
    const pw = median(r.product.wall);
    lines.push(
      `| ${fmtInt(r.dataset.n)} | ${(r.dataset.bytes / 2 ** 20).toFixed(1)} MiB | ${fmtS(pw)} | ${fmtS(median(r.floor.wall))} | ${fmtS(median(r.raw1.wall))} | ${fmtS(median(r.rawAll.wall))} | **${(pw / median(r.rawAll.wall)).toFixed(2)}×** | ${(pw / median(r.raw1.wall)).toFixed(2)}× | ${(pw / median(r.floor.wall)).toFixed(2)}× | ${fmtMiB(median(r.product.rss))} | ${Math.min(...r.load).toFixed(1)}–${Math.max(...r.load).toFixed(1)} | ${p ? `${s(p.read)} / ${s(p.consolidate)} / ${s(p.write)} s` : "—"} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const ns = (process.env.BENCH_N ?? "10,100,1000")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  mkdirSync(OUT, { recursive: true });
  const started = performance.now();
  const header = [
    `Policy Tracker consolidation benchmark — ${new Date().toISOString()}`,
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${process.platform}; peak RSS via ${rssMode === "time" ? "/usr/bin/time -v" : "bench/maxrss.js (VmHWM, else getrusage)"}`,
    `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(", ")} (other work on the machine makes the figures noisier)`,
  ];
  log(header.join("\n"));
  // The product runs as installed: bin/ over the compiled lib/, rebuilt if a source is newer.
  ensureCliBuilt(log);

  // Warm-up (not timed): tsx's transpile cache and the file cache.
  const warm = await ensureDataset(Math.min(10, ...ns), { log });
  await runNode(productArgs(warm.dir, join(OUT, "warm-product.xlsx"), join(OUT, "warm-product.json")), "warm-up product");
  await runNode(floorArgs(warm.dir, join(OUT, "warm-floor.xlsx"), join(OUT, "warm-floor.json")), "warm-up floor");

  const results: NResult[] = [];
  for (const n of ns) {
    const dataset = await ensureDataset(n, { log });
    const runs = Number(process.env.BENCH_RUNS ?? (n <= 100 ? 3 : 2));
    log(`N=${n}: ${dataset.files} files, ${(dataset.bytes / 2 ** 20).toFixed(1)} MiB`);
    const r = await benchN(dataset, runs);
    results.push(r);
    process.stdout.write(`\n${printN(r)}\n`);
  }
  header.push(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(", ")}`);
  process.stdout.write(`\n## Overview\n\n${header.join("\n\n")}\n\n${overview(results)}\n`);

  let office = "";
  if (process.env.BENCH_OFFICE !== "0") {
    try {
      const o = await runNode(["-r", "tsx/cjs", "bench/office.ts"], "office");
      office = o.stdout.split("\n").filter((l) => !l.startsWith("OFFICE_JSON ")).join("\n");
    } catch (e) {
      office = `**TODO — Office.js figures not measured:** the gateway or the fake did not run: ${(e instanceof Error ? e.message : String(e)).split("\n").slice(0, 6).join(" ")}`;
    }
    process.stdout.write(`\n## Office.js gateway on the Excel fake\n\n${office}\n`);
  }
  let browser = "";
  if (process.env.BENCH_BROWSER !== "0") {
    // The pane's consolidation in Chromium against the same code in Node (the issue asks for N = 100).
    const n = ns.includes(100) ? 100 : Math.min(...ns);
    try {
      const b = await runNode(["--import", "tsx", "bench/browser.ts"], "browser", { BENCH_BROWSER_N: String(n) });
      browser = b.code === 0 ? b.stdout.replace(/^\s*## Consolidation in the browser\s*/, "").trim() : `**not measured:** ${b.stderr.trim().split("\n").slice(-4).join(" ")}`;
    } catch (e) {
      browser = `**not measured:** ${(e instanceof Error ? e.message : String(e)).split("\n").slice(0, 6).join(" ")}`;
    }
    process.stdout.write(`\n## Consolidation in the browser (the task pane's worker code, production bundle)\n\n${browser || "skipped: no Chromium (see stderr)"}\n`);
  }
  let startup = "";
  if (process.env.BENCH_STARTUP !== "0") {
    try {
      startup = (await runNode(["bench/startup.js"], "startup", { BENCH_STARTUP_FILE: join(warm.dir, readdirSync(warm.dir).find((f) => f.endsWith(".xlsx"))!) })).stdout.trim();
    } catch (e) {
      startup = `**not measured:** ${(e instanceof Error ? e.message : String(e)).split("\n").slice(0, 6).join(" ")}`;
    }
    process.stdout.write(`\n## Start-up of the command line\n\n${startup}\n`);
  }
  const file = join(DATA_DIR, "results-latest.json");
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), header, results, office, browser, startup }, null, 2)}\n`);
  process.stdout.write(`\n(total ${fmtS(performance.now() - started)}; raw figures in ${file})\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
