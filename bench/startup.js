#!/usr/bin/env node
/**
 * Start-up of the command line: wall time of `policy-tracker --help` as installed (bin/ over the
 * compiled lib/), median of 5 after one warm-up run, beside Node's own start (`node -e 0`) on the
 * same machine at the same moment, and `npx policy-tracker --help` (the checkout's old way in).
 * Target: --help in 150 ms or less. With a workbook (BENCH_STARTUP_FILE, which `npm run bench` sets
 * to one of its generated submissions), also `validate FILE` start to exit: target 250 ms.
 * Printed, not asserted: a busy machine moves every figure.
 *
 *   npm run bench:startup   (also part of `npm run bench`; BENCH_STARTUP_RUNS=5, BENCH_STARTUP_NPX=0
 *                            leaves out the slow npx line)
 */
"use strict";

const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const path = require("node:path");
const { ensureCliBuilt } = require("../scripts/cli-build.js");

const ROOT = path.resolve(__dirname, "..");
const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const TARGET_MS = 150;
const VALIDATE_TARGET_MS = 250;
/** GNU time gives the child's CPU time (user + system), which other work on the machine disturbs less than wall time. */
const TIME = "/usr/bin/time";

/** Wall time of one run of `command args`, from spawn to exit, and its CPU time when known, in ms. */
function timeOnce(command, args, okCodes = [0]) {
  const withTime = existsSync(TIME);
  const [cmd, argv] = withTime ? [TIME, ["-f", "CPU %U %S", command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okCodes.includes(run.status)) throw new Error(`${command} ${args.join(" ")} exited with ${run.status}: ${run.stderr}`);
  const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(run.stderr);
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One untimed run (file cache), then `runs` timed ones. */
function measure(command, args, runs, okCodes) {
  timeOnce(command, args, okCodes);
  const times = Array.from({ length: runs }, () => timeOnce(command, args, okCodes));
  const walls = times.map((t) => t.wall);
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: median(times.map((t) => t.cpu)) };
}

const fmt = ({ median: m, min, max }) => `${m.toFixed(0)} ms [${min.toFixed(0)}–${max.toFixed(0)}]`;
const fmtCpu = ({ cpu }) => (Number.isNaN(cpu) ? "—" : `${cpu.toFixed(0)} ms`);

function main() {
  ensureCliBuilt((line) => process.stderr.write(`${line}\n`));
  const bin = path.join(ROOT, "bin", "policy-tracker.js");
  const help = measure(process.execPath, [bin, "--help"], RUNS);
  const bare = measure(process.execPath, ["-e", "0"], RUNS);
  const file = process.env.BENCH_STARTUP_FILE;
  // (validate exits 1 when the file has errors: a finished run all the same.)
  const validate = file ? measure(process.execPath, [bin, "validate", file], RUNS, [0, 1]) : undefined;
  const npxRuns = Math.min(RUNS, 3);
  const npx = process.env.BENCH_STARTUP_NPX === "0" ? undefined : measure("npx", ["--no-install", "policy-tracker", "--help"], npxRuns);
  const verdict = help.median <= TARGET_MS ? `within the ${TARGET_MS} ms target` : `OVER the ${TARGET_MS} ms target`;
  const lines = [
    `| run (${RUNS} timed after one warm-up) | wall, median [min–max] | CPU (user+sys), median |`,
    "|---|---:|---:|",
    `| \`policy-tracker --help\` (node bin/policy-tracker.js, compiled lib/) | **${fmt(help)}** | ${fmtCpu(help)} |`,
    ...(validate ? [`| \`policy-tracker validate\` of one submission, start to exit | **${fmt(validate)}** | ${fmtCpu(validate)} |`] : []),
    `| \`node -e 0\` (Node's own start, for comparison) | ${fmt(bare)} | ${fmtCpu(bare)} |`,
    ...(npx ? [`| \`npx policy-tracker --help\` in the checkout (${npxRuns} runs) | ${fmt(npx)} | ${fmtCpu(npx)} |`] : []),
    "",
    `policy-tracker --help: median of ${RUNS} ${help.median.toFixed(0)} ms wall, ${verdict}; ours on top of Node's start: ${(help.median - bare.median).toFixed(0)} ms (load average ${require("node:os").loadavg()[0].toFixed(2)}).`,
    ...(validate
      ? [`validate of one file: median ${validate.median.toFixed(0)} ms wall, ${validate.median <= VALIDATE_TARGET_MS ? "within" : "OVER"} the ${VALIDATE_TARGET_MS} ms target.`]
      : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
