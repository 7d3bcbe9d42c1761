/**
 * The command line as the secretariat gets it: `npm pack` in the checkout, the tarball installed
 * with `npm install -g` into a prefix of its own, and `policy-tracker` run from a folder outside
 * the checkout with only Node on the PATH.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { tempDir } from "../support/tmp";

const ROOT = resolve(__dirname, "..", "..");
const tmp = tempDir("installed");
afterAll(() => tmp.cleanup());

/** npm's settings from the environment, minus those that would move or redirect this install. */
function npmEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(lifecycle_|package_|command$|config_(prefix|global|location)$)/i.test(key)) delete env[key];
  }
  return env;
}

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; dependencies: Record<string, string> };
const prefix = tmp.path("prefix");
const outside = tmp.path("work");
let packed: { filename: string; files: { path: string }[] };

/** `policy-tracker ARGS` as installed, from a folder outside the checkout, only Node and the system on the PATH. */
function installed(args: string[]) {
  const path = [join(prefix, "bin"), dirname(process.execPath), "/usr/bin", "/bin"].join(":");
  return spawnSync(join(prefix, "bin", "policy-tracker"), args, { cwd: outside, encoding: "utf8", env: { PATH: path, HOME: tmp.path("home") }, timeout: 120_000 });
}

beforeAll(() => {
  mkdirSync(outside, { recursive: true });
  mkdirSync(tmp.path("home"), { recursive: true });
  // lib/ is current (Jest's globalSetup); --ignore-scripts keeps prepare from rebuilding it while
  // other test files run the command from it.
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp.path("")], { cwd: ROOT, encoding: "utf8", env: npmEnv(), timeout: 180_000 });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  execFileSync("npm", ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", join(tmp.path(""), packed.filename)], {
    cwd: outside,
    encoding: "utf8",
    env: npmEnv(),
    timeout: 300_000,
  });
}, 480_000);

test("the tarball holds the command and its compiled code, not the sources or tests", () => {
  expect(packed.filename).toBe(`policy-tracker-${pkg.version}.tgz`);
  const files = packed.files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "bin/policy-tracker.js", "lib/src/cli/main.js", "lib/seeds/catalogue.json"]));
  expect(files.filter((f) => !/^(package\.json|README\.md|LICENSE|bin\/policy-tracker\.js|lib\/(src|seeds)\/.+\.(js|json))$/.test(f))).toEqual([]);
  expect(files.filter((f) => f.startsWith("lib/src/taskpane") || f.startsWith("lib/src/excel"))).toEqual([]);
});

test("the install pulls only what the command needs", () => {
  const modules = join(prefix, "lib", "node_modules", "policy-tracker", "node_modules");
  const top = existsSync(modules) ? readdirSync(modules) : [];
  expect(top).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies)));
  for (const devOnly of ["react", "react-dom", "@fluentui", "@fontsource", "tsx", "typescript", "webpack", "jest", "zod"]) expect(top).not.toContain(devOnly);
});

test("policy-tracker --help and --version work from any folder", () => {
  const help = installed(["--help"]);
  expect(help.stderr).toBe("");
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Usage: policy-tracker \[options\] \[command\]/m);
  for (const command of ["template", "validate", "consolidate", "pdf", "catalogue", "demo"]) expect(help.stdout).toMatch(new RegExp(`^ {2}${command}\\b`, "m"));
  expect(installed(["--version"]).stdout).toBe(`${pkg.version}\n`);
});

test("policy-tracker demo --out DIR, then consolidate of its files, from a folder outside the checkout", () => {
  const demo = installed(["demo", "--out", "demo"]);
  expect(demo.status).toBe(0);
  expect(demo.stdout).toMatch(/^Wrote 6 committee status workbooks \(catalogue /m);
  for (const file of ["report-2026-Q2.xlsx", "report-2026-Q3.xlsx", "report-2026-Q3-km.xlsx", "2026-Q3/DGC-2026-Q3.xlsx"]) {
    expect(existsSync(join(outside, "demo", file))).toBe(true);
  }

  const run = installed(["consolidate", "demo/2026-Q3", "--quarter", "2026-Q3", "--previous", "demo/2026-Q2", "--out", "report.xlsx", "--summary", "summary.json"]);
  expect(run.status).toBe(0);
  const summary = JSON.parse(readFileSync(join(outside, "summary.json"), "utf8")) as { quarter: string; measures: { total: number }; submissions: { status: string }[] };
  expect(summary.quarter).toBe("2026-Q3");
  expect(summary.measures.total).toBe(139);
  expect(summary.submissions.map((s) => s.status)).toEqual(["accepted", "accepted", "accepted"]);
  expect(readFileSync(join(outside, "report.xlsx")).subarray(0, 2).toString()).toBe("PK");
}, 180_000);
