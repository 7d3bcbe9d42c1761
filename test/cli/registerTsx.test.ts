import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { tempDir } from "../support/tmp";

const tmp = tempDir("register");
afterAll(() => tmp.cleanup());

function put(name: string, text: string): void {
  mkdirSync(dirname(tmp.path(name)), { recursive: true });
  writeFileSync(tmp.path(name), text);
}

/**
 * bin/registerTsx.js runs dependencies with Node's own loader and our sources with tsx: a
 * dependency Node cannot require as it is must still load, through tsx, as it did before.
 */
test("with bin/registerTsx.js, CommonJS, ES module and ES-syntax dependencies and TypeScript sources all load", () => {
  put("node_modules/plain/package.json", '{"name":"plain","main":"index.js"}');
  put("node_modules/plain/index.js", "exports.v = 1;");
  put("node_modules/esm-type/package.json", '{"name":"esm-type","type":"module","main":"index.js"}');
  put("node_modules/esm-type/index.js", "export const v = 2;");
  put("node_modules/esm-syntax/package.json", '{"name":"esm-syntax","main":"index.js"}');
  put("node_modules/esm-syntax/index.js", "export const v = 3;");
  put("node_modules/cjs-ext/package.json", '{"name":"cjs-ext","main":"index.cjs"}');
  put("node_modules/cjs-ext/index.cjs", "module.exports = { v: 4 };");
  put("source.ts", "export const v: number = 5;");
  const script = `
    require(${JSON.stringify(resolve("bin/registerTsx.js"))}).registerTsx();
    const at = (m) => require(require("node:path").join(${JSON.stringify(tmp.path(""))}, m));
    const values = ["node_modules/plain", "node_modules/esm-type", "node_modules/esm-syntax", "node_modules/cjs-ext", "source.ts"].map((m) => at(m).v);
    process.stdout.write(JSON.stringify(values));`;
  const run = (flags: string[]) => JSON.parse(execFileSync(process.execPath, [...flags, "-e", script], { encoding: "utf8" })) as unknown;
  expect(run([])).toEqual([1, 2, 3, 4, 5]);
  // As on Node 20.9-20.18 (package.json's engines), whose loader requires no ES module: the case tsx takes back.
  expect(run(["--no-experimental-require-module", "--no-experimental-detect-module"])).toEqual([1, 2, 3, 4, 5]);
}, 60_000);
