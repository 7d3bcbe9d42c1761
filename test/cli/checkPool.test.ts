/**
 * consolidate with its files checked on the main thread and in two worker threads (a check session
 * in each, settled together) against the same run checked on the main thread alone: the same
 * summary JSON byte for byte, the same stderr lines, the same report cells, the same feedback
 * files — whatever order the threads finish in. (That sessions consolidate as checking every file
 * in full does is test/domain/consolidate.test.ts's property.)
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { runConsolidate } from "../../src/cli/consolidateCommand";
import { writeDemoInputs } from "../support/demoInputs";
import { cellValues } from "../support/reportDump";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("check-pool");
afterAll(() => tmp.cleanup());
const GENERATED = new Date("2026-10-22T07:05:00Z");

/** The demo's quarter five times over (copies tie on stamps: file names decide), a damaged file and a resent one among them. */
async function manyInputs(): Promise<string> {
  const { q3 } = await writeDemoInputs(tmp.path("demo"));
  const many = tmp.path("many");
  mkdirSync(many);
  for (let copy = 0; copy < 5; copy++) for (const f of readdirSync(q3)) copyFileSync(join(q3, f), join(many, `${copy}-${f}`));
  return many;
}

type Run = { code: number; err: string[]; summary: string; cells: ReturnType<typeof cellValues>; feedback: Record<string, ReturnType<typeof cellValues>> };

async function consolidateWith(threads: string, inputs: string): Promise<Run> {
  const out = { report: tmp.path(`report-${threads}.xlsx`), summary: tmp.path(`summary-${threads}.json`), feedback: tmp.path(`feedback-${threads}`) };
  const io = captureIo();
  const before = process.env.POLICY_TRACKER_THREADS;
  process.env.POLICY_TRACKER_THREADS = threads;
  try {
    const code = await runConsolidate([inputs], { quarter: "2026-Q3", out: out.report, summary: out.summary, lang: "en", feedbackDir: out.feedback }, io.io, GENERATED);
    const feedback = Object.fromEntries(readdirSync(out.feedback).map((f) => [f, cellValues(join(out.feedback, f))]));
    return { code, err: io.err, summary: readFileSync(out.summary, "utf8"), cells: cellValues(out.report), feedback };
  } finally {
    if (before === undefined) delete process.env.POLICY_TRACKER_THREADS;
    else process.env.POLICY_TRACKER_THREADS = before;
  }
}

test("files checked here and in worker threads consolidate as files checked one at a time", async () => {
  const inputs = await manyInputs();
  const [alone, threaded] = [await consolidateWith("0", inputs), await consolidateWith("2", inputs)];
  expect(alone.code).toBe(0);
  expect(alone.err).toEqual(expect.arrayContaining([expect.stringMatching(/damaged\.xlsx: error: /)]));
  const summary = JSON.parse(alone.summary) as { submissions: { status: string }[] };
  expect(summary.submissions.filter((s) => s.status === "accepted")).toHaveLength(3);
  expect(threaded.code).toBe(alone.code);
  expect(threaded.err).toEqual(alone.err);
  expect(threaded.summary).toBe(alone.summary);
  expect(threaded.cells).toEqual(alone.cells);
  expect(Object.keys(alone.feedback).length).toBeGreaterThan(0);
  expect(threaded.feedback).toEqual(alone.feedback);
}, 180_000);
