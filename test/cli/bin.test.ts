/**
 * bin/policy-tracker.js, the installed command: compiled JavaScript from lib/ on Node's own loader.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { tempDir } from "../support/tmp";

const ROOT = resolve(__dirname, "..", "..");
const BIN = resolve(ROOT, "bin", "policy-tracker.js");
const tmp = tempDir("bin");
afterAll(() => tmp.cleanup());

test("runs the compiled CLI from lib/ with Node's own loader: no TypeScript loader, no .ts file, no patched module internals", () => {
  const report = tmp.path("loaded.json");
  const probe = tmp.path("probe.js");
  // Preloaded before bin/: records, as the process ends, what was loaded and how.
  writeFileSync(
    probe,
    `const Module = require("node:module");
     const extensions = Object.keys(Module._extensions).sort();
     const loaders = Object.fromEntries(Object.entries(Module._extensions).map(([k, f]) => [k, f]));
     process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(report)}, JSON.stringify({
       files: Object.keys(require.cache),
       extensionsBefore: extensions,
       extensionsAfter: Object.keys(Module._extensions).sort(),
       loadersReplaced: Object.keys(loaders).filter((k) => Module._extensions[k] !== loaders[k]),
     })));`,
  );
  const help = execFileSync(process.execPath, ["-r", probe, BIN, "--help"], { encoding: "utf8", cwd: tmp.path("") });
  expect(help).toMatch(/^Usage: policy-tracker \[options\] \[command\]/m);
  const loaded = JSON.parse(readFileSync(report, "utf8")) as { files: string[]; extensionsBefore: string[]; extensionsAfter: string[]; loadersReplaced: string[] };
  expect(loaded.files).toContain(resolve(ROOT, "lib", "src", "cli", "main.js"));
  expect(loaded.files.filter((f) => /\.tsx?$/.test(f) || /[\\/]node_modules[\\/](tsx|esbuild|typescript|ts-node)[\\/]/.test(f))).toEqual([]);
  expect(loaded.extensionsAfter).toEqual(loaded.extensionsBefore);
  expect(loaded.loadersReplaced).toEqual([]);
}, 30_000);

test("--version prints package.json's version", () => {
  const { version } = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string };
  expect(execFileSync(process.execPath, [BIN, "--version"], { encoding: "utf8" })).toBe(`${version}\n`);
});

test("without lib/ it says how to build it and exits 2", () => {
  const copy = tmp.path("checkout");
  mkdirSync(resolve(copy, "bin"), { recursive: true });
  copyFileSync(BIN, resolve(copy, "bin", "policy-tracker.js"));
  copyFileSync(resolve(ROOT, "package.json"), resolve(copy, "package.json"));
  const run = spawnSync(process.execPath, [resolve(copy, "bin", "policy-tracker.js"), "--help"], { encoding: "utf8", cwd: copy });
  expect(run.status).toBe(2);
  expect(run.stderr).toBe("policy-tracker: lib/src/cli/main.js is missing: build the command line with `npm run build:cli` (npm install does it)\n");
});

test("the compiled CLI finds the bundled catalogue beside it (lib/seeds), from any folder", () => {
  const script = `const { bundledCatalogue } = require(${JSON.stringify(resolve(ROOT, "lib", "src", "domain", "catalogue", "bundledCatalogue.js"))});
    const c = bundledCatalogue(); process.stdout.write(JSON.stringify([c.measures.length, require.resolve(${JSON.stringify(resolve(ROOT, "lib", "seeds", "catalogue.json"))})]));`;
  const [measures, seed] = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: tmp.path("") })) as [number, string];
  expect(measures).toBe(139);
  expect(seed).toBe(resolve(ROOT, "lib", "seeds", "catalogue.json"));
});
