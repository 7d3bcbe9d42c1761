/**
 * Where a command writes: a folder given as the file, a file on the way, or a folder not made yet.
 * Each command says what is wrong in one line before doing its work (exit 2, no stack), or makes
 * the missing folder and writes.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { main } from "../../src/cli/main";
import { writeDemoInputs } from "../support/demoInputs";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("output-file");
afterAll(() => tmp.cleanup());

let q3 = "";
beforeAll(async () => {
  ({ q3 } = await writeDemoInputs(tmp.path("demo")));
  mkdirSync(tmp.path("a-folder"));
  writeFileSync(tmp.path("a-file"), "x");
});

type Args = (out: string) => string[];
const COMMANDS: [string, Args][] = [
  ["consolidate --out", (out) => ["consolidate", q3, "--quarter", "2026-Q3", "--out", out]],
  ["consolidate --summary", (out) => ["consolidate", q3, "--quarter", "2026-Q3", "--out", tmp.path("r.xlsx"), "--summary", out]],
  ["template --out", (out) => ["template", "--committee", "DGC", "--quarter", "2026-Q3", "--out", out]],
  ["trend --out", (out) => ["trend", q3, "--out", out]],
  ["catalogue import --out", (out) => ["catalogue", "import", tmp.path("a-file"), "--out", out]],
];

describe.each(COMMANDS)("%s", (what, args) => {
  test.each([
    ["an existing folder", () => tmp.path("a-folder"), /is a folder: give the path of the file to write/],
    ["a path through a file", () => tmp.path("a-file/inside/out.xlsx"), /its folder cannot be made \(a part of the path is a file, not a folder\)/],
  ])("%s is refused in one line, before the work", async (_case, out, why) => {
    const io = captureIo();
    expect(await main(args(out()), io.io)).toBe(2);
    const option = what.split(" ").pop()!;
    expect(io.err).toEqual([expect.stringMatching(new RegExp(`^[a-z ]+: ${option} .+: `))]);
    expect(io.err[0]).toMatch(why);
    expect(io.err.join("\n")).not.toMatch(/\n\s+at /);
  });
});

test("a folder not made yet is made, and the file written in it", async () => {
  const io = captureIo();
  const out = tmp.path("new/deeper/DGC.xlsx");
  expect(await main(["template", "--committee", "DGC", "--quarter", "2026-Q3", "--out", out], io.io)).toBe(0);
  expect(existsSync(out)).toBe(true);
});

test.each([
  ["a file", () => tmp.path("a-file"), /--feedback-dir .+: is a file, not a folder$/],
  ["a path through a file", () => tmp.path("a-file/feedback"), /--feedback-dir .+: cannot be made \(a part of the path is a file, not a folder\)$/],
])("consolidate --feedback-dir naming %s is refused before the work", async (_case, dir, why) => {
  const io = captureIo();
  expect(await main(["consolidate", q3, "--quarter", "2026-Q3", "--out", tmp.path("fb.xlsx"), "--feedback-dir", dir()], io.io)).toBe(2);
  expect(io.err).toEqual([expect.stringMatching(why)]);
  expect(existsSync(tmp.path("fb.xlsx"))).toBe(false);
});
