import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { parseCatalogueJson } from "../../src/domain/catalogue/catalogueJson";
import { captureIo, tempDir } from "../support/tmp";

const tmp = tempDir("import");
afterAll(() => tmp.cleanup());

const PLAN_ROWS = [
  ["Measure ID", "Goal", "Title", "Title (Khmer)", "Lead committee", "Supporting committees", "DGP strategy", "Target"],
  ["G4-01", "4", "Publish the digital government architecture", "បោះពុម្ពស្ថាបត្យកម្មរដ្ឋាភិបាលឌីជីថល", "DGC", "DSC", "5", "2027"],
  ["G4-02", "4", "", "", "DGC", "", "", ""],
  ["G5-01", "5", "Launch a digital start-up fund window", "", "DEBC", "DGC", "10", "medium"],
  ["G5-01", "5", "Duplicate of the previous", "", "DEBC", "", "", ""],
  ["G2-01", "7", "Unknown goal", "", "DSC", "", "", ""],
];

async function importFile(file: string, out: string) {
  const cap = captureIo();
  const code = await main(["catalogue", "import", file, "--out", out, "--version", "2026.1"], cap.io);
  return { code, ...cap };
}

describe("policy-tracker catalogue import", () => {
  test.each(["csv", "xlsx"])("imports good rows from %s and reports every bad row with its row number", async (kind) => {
    const file = tmp.path(`plan.${kind}`);
    if (kind === "csv") {
      writeFileSync(file, PLAN_ROWS.map((r) => r.map((c) => (c.includes(",") ? `"${c}"` : c)).join(",")).join("\r\n"));
    } else {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Action plan");
      PLAN_ROWS.forEach((r) => ws.addRow(r));
      await wb.xlsx.writeFile(file);
    }
    const out = tmp.path(`catalogue-${kind}.json`);
    const { code, err, out: stdout } = await importFile(file, out);
    expect(code).toBe(0);
    expect(err).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*row 3.*Title is empty`)),
      expect.stringMatching(/row 6.*Unknown DESPF goal "7"/),
      expect.stringMatching(/row 5.*G5-01 is a duplicate of row 4/),
    ]);
    expect(stdout.join("\n")).toContain("Imported 2 of 5 rows");
    const written = parseCatalogueJson(JSON.parse(readFileSync(out, "utf8")), out);
    expect(written.problems).toEqual([]);
    expect(written.catalogue!.version).toBe("2026.1");
    expect(written.catalogue!.measures.map((m) => m.id)).toEqual(["G4-01", "G5-01"]);
    expect(written.catalogue!.measures[0]).toMatchObject({ provenance: "official", dgpStrategy: 5, target: "2027", supporting: ["DSC"] });
  });

  test("a file with no usable rows exits 2 with a clear message and writes nothing", async () => {
    const file = tmp.path("bad.csv");
    writeFileSync(file, "Measure ID,Goal,Title,Lead committee\n,9,,X\n");
    const out = tmp.path("never.json");
    const { code, err } = await importFile(file, out);
    expect(code).toBe(2);
    expect(err.at(-1)).toMatch(/bad\.csv: error: no usable measure rows \(1 rows read\); nothing written/);
    expect(() => readFileSync(out)).toThrow();
  });

  test("malformed CSV (a quote never closed) exits 2 naming the line, instead of swallowing the rows after it", async () => {
    const file = tmp.path("unclosed.csv");
    writeFileSync(file, 'Measure ID,Goal,Title,Lead committee\nG4-01,4,"Publish the architecture,DGC\nG4-02,4,Second,DGC\n');
    const out = tmp.path("unclosed.json");
    const { code, err } = await importFile(file, out);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/unclosed\.csv.*row 2.*malformed CSV at line 2: a quoted field opened here is never closed/)]);
    expect(() => readFileSync(out)).toThrow();
  });

  test.each([
    ["missing file", "nope.csv", /nope\.csv: error: no such file/],
    ["HTML renamed .xlsx", "page.xlsx", /page\.xlsx: error: not an Excel \.xlsx workbook \(it looks like an HTML page\)/],
  ])("%s: exit 2 naming the file", async (_name, name, message) => {
    if (name === "page.xlsx") writeFileSync(tmp.path(name), "<!DOCTYPE html><html><body>hi</body></html>");
    const { code, err } = await importFile(tmp.path(name), tmp.path("x.json"));
    expect(code).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  test("a missing --out is a usage error (exit 2)", async () => {
    const cap = captureIo();
    expect(await main(["catalogue", "import", "x.csv"], cap.io)).toBe(2);
    expect(cap.err.join("\n")).toMatch(/--out/);
  });

  test("runs as a real process through bin/ (the compiled lib/), and --help works", () => {
    const help = execFileSync(process.execPath, ["bin/policy-tracker.js", "catalogue", "import", "--help"], { encoding: "utf8" });
    expect(help).toMatch(/Usage: policy-tracker catalogue import/);
    const bad = spawnSync(process.execPath, ["bin/policy-tracker.js", "no-such-command"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command/);
  });
});
