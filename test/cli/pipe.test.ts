import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { statusBook } from "../support/statusBook";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { tempDir } from "../support/tmp";

const tmp = tempDir("pipe");
afterAll(() => tmp.cleanup());

test("output piped into a reader that stops early (| head) ends quietly, without an EPIPE crash", async () => {
  // Many rows with no status: hundreds of lines of output, more than a pipe buffer holds.
  const rows = bundledCatalogue().measures.map((m) => [m.id, m.goal, m.title.en, m.lead, "Lead"]);
  const file = tmp.path("many.xlsx");
  writeFileSync(file, statusBook({ rows }));
  const child = spawn(process.execPath, ["bin/policy-tracker.js", "validate", file, file, file, file, file, file]);
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(code).not.toBe(null);
}, 30_000);
