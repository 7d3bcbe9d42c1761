import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { HOSTILE_CASES } from "../support/hostileCorpus";
import { goodRow, statusBook } from "../support/statusBook";
import { tempDir } from "../support/tmp";

const tmp = tempDir("hostile");
afterAll(() => tmp.cleanup());

interface Run {
  code: number;
  ms: number;
  peakMb: number;
  out: string;
  err: string[];
}

function validate(...files: string[]): Run {
  return JSON.parse(execFileSync(process.execPath, ["test/support/validateOne.js", ...files], { encoding: "utf8", timeout: 30_000 }));
}

const good = statusBook({ rows: [goodRow(0), goodRow(1)] });
const valid = tmp.path("good.xlsx");
writeFileSync(valid, good);

describe("validate on hostile and odd files: a clear result in bounded time and memory", () => {
  test.each(HOSTILE_CASES)("%s", async (name, make, expected) => {
    const file = tmp.path(`${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(file, await make());
    const run = validate(file);
    // Budgets from the issue: under 5 s and 300 MB for each file, in a process of its own.
    expect(run.ms).toBeLessThan(5000);
    expect(run.peakMb).toBeLessThan(300);
    if ("error" in expected) {
      expect(run.code).toBe(2);
      expect(run.err.join("\n")).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: error: `));
      expect(run.err.join("\n")).toMatch(expected.error);
    } else {
      const [report] = JSON.parse(run.out);
      expected.issues(report.issues);
    }
  }, 60_000);

  test("validate goes on with the other files after an unreadable one", () => {
    const broken = tmp.path("broken.xlsx");
    writeFileSync(broken, "not a workbook");
    const run = validate(broken, valid);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.out);
    expect(reports.map((r: { file: string; readable: boolean }) => [r.file, r.readable])).toEqual([
      [broken, false],
      [valid, true],
    ]);
  });

  test("the memory budget is the validating process's own, not that of the process that started it", () => {
    // A parent far above the budget: on Linux getrusage's maxRSS carries it into the child across fork+exec.
    const ballast = Buffer.alloc(400 << 20, 1);
    const run = validate(valid);
    expect(ballast[ballast.length - 1]).toBe(1);
    expect(run.peakMb).toBeLessThan(300);
  });
});
