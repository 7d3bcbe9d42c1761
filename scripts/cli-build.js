// @ts-check
/**
 * Keeps lib/ (the compiled command line) in step with src/ for the tests and the bench, which run
 * bin/policy-tracker.js: rebuilds it with tsc only when a source it was built from is newer than
 * the build, so a run with nothing changed costs a few file stats instead of a compile.
 *
 *   node scripts/cli-build.js          (also Jest's globalSetup)
 *   node scripts/cli-build.js --fresh  (npm run build:cli, and so prepare: lib/ emptied first, so
 *                                       nothing of a moved or deleted source is left to be packed)
 */
"use strict";

const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const BUILD_INFO = path.join(ROOT, "lib", ".tsbuildinfo");
const CONFIGS = ["tsconfig.json", "tsconfig.cli.json"].map((name) => path.join(ROOT, name));

const mtime = (/** @type {string} */ file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone or renamed: rebuild
  }
};

/**
 * Why lib/ must be rebuilt, or undefined when it is up to date. The sources are the files tsc
 * recorded in lib/.tsbuildinfo; a new source file is always imported from one that changed.
 * @returns {string | undefined}
 */
function staleReason() {
  if (!fs.existsSync(path.join(ROOT, "lib", "src", "cli", "main.js"))) return "lib/ has not been built";
  let info;
  try {
    info = JSON.parse(fs.readFileSync(BUILD_INFO, "utf8"));
  } catch {
    return "lib/.tsbuildinfo is missing or unreadable";
  }
  if (!Array.isArray(info.fileNames)) return "lib/.tsbuildinfo has an unknown format";
  const builtAt = mtime(BUILD_INFO);
  const sources = info.fileNames
    .filter((/** @type {unknown} */ name) => typeof name === "string" && !name.includes("node_modules"))
    .map((/** @type {string} */ name) => path.resolve(path.dirname(BUILD_INFO), name));
  const newer = [...CONFIGS, ...sources].find((file) => mtime(file) > builtAt);
  return newer ? `${path.relative(ROOT, newer)} changed` : undefined;
}

/**
 * Builds lib/ when it is stale. Type errors do not stop the build (tsc still writes JavaScript, and
 * `npm run typecheck` reports them); a compiler that cannot run does.
 * @param {(line: string) => void} log
 */
function ensureCliBuilt(log = (line) => process.stderr.write(`${line}\n`)) {
  const reason = staleReason();
  if (!reason) return;
  log(`building lib/ (${reason}): tsc -p tsconfig.cli.json`);
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, encoding: "utf8" });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    if (!fs.existsSync(path.join(ROOT, "lib", "src", "cli", "main.js"))) {
      throw new Error(`tsc -p tsconfig.cli.json failed (exit ${run.status}):\n${run.stdout}${run.stderr}`);
    }
    log(`lib/ built with type errors (npm run typecheck lists them):\n${run.stdout.trim().split("\n").slice(0, 5).join("\n")}`);
  }
  // tsc leaves the build info alone when no output changed (a source touched, not edited).
  const now = new Date();
  fs.utimesSync(BUILD_INFO, now, now);
}

/** Empties lib/ and compiles it again; any compiler error fails (exit status of tsc). */
function buildFresh() {
  fs.rmSync(path.join(ROOT, "lib"), { recursive: true, force: true });
  const tsc = require.resolve("typescript/bin/tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  if (run.error) throw run.error;
  return run.status ?? 1;
}

module.exports = async function globalSetup() {
  ensureCliBuilt();
};
module.exports.ensureCliBuilt = ensureCliBuilt;
module.exports.staleReason = staleReason;

if (require.main === module) {
  if (process.argv.includes("--fresh")) process.exitCode = buildFresh();
  else ensureCliBuilt();
}
