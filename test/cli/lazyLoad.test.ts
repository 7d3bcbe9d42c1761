import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { goodRow, statusBook } from "../support/statusBook";
import { tempDir } from "../support/tmp";

const tmp = tempDir("lazy");
afterAll(() => tmp.cleanup());

/** Runs the compiled CLI in a fresh node (as bin/policy-tracker.js does) and lists the libraries it loaded that validate does without. */
function loadedLibraries(args: string[]): string[] {
  const script = `
    require("./lib/src/cli/main.js").main(JSON.parse(process.argv[1]), { out() {}, err() {} }).then(() => {
      const libs = Object.keys(require.cache).map((k) => /node_modules\\/(exceljs|jszip|fflate|saxes)\\//.exec(k)?.[1]).filter(Boolean);
      process.stdout.write(JSON.stringify([...new Set(libs)]));
    });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(args)], { encoding: "utf8" })) as string[];
}

// fflate and saxes too: the CLI inflates with zlib and its usual workbooks are all in the byte scanner's subset.
test("validate and --help do not load ExcelJS, fflate or saxes; consolidate loads ExcelJS", () => {
  const file = tmp.path("dgc.xlsx");
  writeFileSync(file, statusBook({ rows: [goodRow(0)] }));
  expect(loadedLibraries(["validate", file])).toEqual([]);
  expect(loadedLibraries(["--help"])).toEqual([]);
  expect(loadedLibraries(["consolidate", file, "--quarter", "2026-Q3", "--out", tmp.path("r.xlsx")])).toContain("exceljs");
}, 60_000);

test("validate without --feedback does not load the feedback reader", () => {
  const file = tmp.path("dgc-plain.xlsx");
  writeFileSync(file, statusBook({ rows: [goodRow(0)] }));
  const script = `
    require("./lib/src/cli/main.js").main(JSON.parse(process.argv[1]), { out() {}, err() {} }).then(() => {
      process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((k) => /validateFeedback|feedbackReader/.test(k))));
    });`;
  expect(JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify(["validate", file])], { encoding: "utf8" }))).toEqual([]);
}, 60_000);
