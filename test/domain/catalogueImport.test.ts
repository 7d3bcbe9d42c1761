import { importCatalogue } from "../../src/domain/catalogue/catalogueImport";

const HEADER = ["Measure ID", "Goal", "Title", "Title (Khmer)", "Lead committee", "Supporting committees", "DGP strategy"];
const GOOD = ["G4-01", "4", "Publish the digital government architecture", "", "DGC", "DSC", "5"];

function run(rows: string[][], header = HEADER) {
  return importCatalogue({ file: "plan.csv", rows: [header, ...rows] }, "v1", "test");
}

describe("importCatalogue: each kind of bad row is reported with its row number", () => {
  test.each([
    ["missing ID", ["", "1", "T", "", "DGC", "", ""], "catalogue.id-missing"],
    ["malformed ID", ["G 1", "1", "T", "", "DGC", "", ""], "catalogue.id-malformed"],
    ["unknown goal", ["G9-01", "9", "T", "", "DGC", "", ""], "catalogue.goal-unknown"],
    ["unknown lead committee", ["G1-02", "1", "T", "", "MPTC", "", ""], "catalogue.committee-unknown"],
    ["unknown supporting committee", ["G1-03", "1", "T", "", "DGC", "NBC", ""], "catalogue.committee-unknown"],
    ["empty title", ["G1-04", "1", "", "", "DGC", "", ""], "catalogue.title-empty"],
    ["unknown strategy", ["G1-05", "1", "T", "", "DGC", "", "11"], "catalogue.strategy-unknown"],
  ])("%s", (_name, bad, code) => {
    const result = run([GOOD, bad]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code, severity: "error", where: { file: "plan.csv", row: 3 } });
    expect(result.measures.map((m) => m.id)).toEqual(["G4-01"]);
    expect(result.rowsRead).toBe(2);
  });

  test("a duplicate ID names both rows and keeps the first", () => {
    const result = run([GOOD, ["G4-01", "4", "Other", "", "DEBC", "", ""]]);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "catalogue.id-duplicate", where: expect.objectContaining({ row: 3 }) }),
    ]);
    expect(result.problems[0]!.message.en).toContain("row 2");
    expect(result.measures).toHaveLength(1);
    expect(result.measures[0]!.title.en).toBe("Publish the digital government architecture");
  });

  test("a row with several problems reports all of them", () => {
    const result = run([["", "0", "", "", "X", "", ""]]);
    expect(result.problems.map((p) => p.code).sort()).toEqual(
      ["catalogue.committee-unknown", "catalogue.goal-unknown", "catalogue.id-missing", "catalogue.title-empty"].sort(),
    );
    expect(result.catalogue).toBeUndefined();
  });

  test("Khmer headers, Khmer digits and committee names in Khmer", () => {
    const header = ["លេខសម្គាល់វិធានការ", "គោលដៅ", "ចំណងជើង", "គណៈកម្មាធិការដឹកនាំ", "គណៈកម្មាធិការគាំទ្រ"];
    const result = importCatalogue(
      { file: "km.csv", rows: [header, ["G3-01", "៣", "បណ្តុះបណ្តាលជំនាញឌីជីថល", "គណៈកម្មាធិការរដ្ឋាភិបាលឌីជីថល", "DEBC, DSC"]] },
      "v1",
      "t",
    );
    expect(result.problems).toEqual([]);
    expect(result.measures[0]).toMatchObject({ id: "G3-01", goal: 3, lead: "DGC", supporting: ["DEBC", "DSC"], provenance: "official" });
    expect(result.measures[0]!.title.km).toBe("បណ្តុះបណ្តាលជំនាញឌីជីថល");
  });

  test("missing required columns is one fatal problem naming them", () => {
    const result = run([GOOD], ["Measure ID", "Title"]);
    expect(result.measures).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: "import.columns-missing", where: { row: 1 } });
    expect(result.problems[0]!.message.en).toContain("Goal");
    expect(result.problems[0]!.message.en).toContain("Lead committee");
  });

  test("blank rows are not data; the header may sit below a title row", () => {
    const result = importCatalogue({ file: "p.csv", rows: [[""], HEADER, ["", ""], GOOD] }, "v1", "t");
    expect(result.rowsRead).toBe(1);
    expect(result.measures).toHaveLength(1);
  });

  test("an empty file is reported", () => {
    expect(importCatalogue({ file: "e.csv", rows: [] }, "v", "t").problems[0]!.code).toBe("import.empty");
  });
});
