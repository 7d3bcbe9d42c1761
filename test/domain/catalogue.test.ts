import fc from "fast-check";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { catalogueHash } from "../../src/domain/catalogue/catalogueBuild";
import { catalogueToJson, parseCatalogueJson } from "../../src/domain/catalogue/catalogueJson";
import { DGP_STRATEGY_NUMBERS, DESPF_GOAL_NUMBERS } from "../../src/domain/catalogue/goals";
import type { Measure } from "../../src/domain/catalogue/catalogue";
import seed from "../../seeds/catalogue.json";

const catalogue = bundledCatalogue();

describe("the bundled catalogue", () => {
  test("has 139 measures with unique, well-formed IDs", () => {
    expect(catalogue.measures).toHaveLength(139);
    expect(new Set(catalogue.measures.map((m) => m.id)).size).toBe(139);
  });

  test("uses every DESPF goal 1-5", () => {
    expect(new Set(catalogue.measures.map((m) => m.goal))).toEqual(new Set(DESPF_GOAL_NUMBERS));
  });

  test("has 60 measures led by the Digital Government Committee", () => {
    expect(catalogue.measures.filter((m) => m.lead === "DGC")).toHaveLength(60);
  });

  test("references every Digital Government Policy strategy 1-10", () => {
    expect(new Set(catalogue.measures.map((m) => m.dgpStrategy).filter(Boolean))).toEqual(new Set(DGP_STRATEGY_NUMBERS));
  });

  test("marks every title as a working title, never official", () => {
    expect(catalogue.measures.every((m) => m.provenance === "working-title")).toBe(true);
    expect(catalogue.source).toMatch(/working title/i);
  });

  test("never lists the lead among the supporting committees", () => {
    expect(catalogue.measures.filter((m) => m.supporting.includes(m.lead))).toEqual([]);
  });
});

describe("the catalogue hash", () => {
  test("is stable across loads and across key order in the file", () => {
    const reordered = JSON.parse(JSON.stringify(seed, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const again = parseCatalogueJson(reordered, "reordered.json").catalogue!;
    expect(again.hash).toBe(catalogue.hash);
    expect(catalogue.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test("does not depend on the order of the measures", () => {
    expect(catalogueHash([...catalogue.measures].reverse())).toBe(catalogue.hash);
  });

  test("changes with any edit to any field of any measure", () => {
    const edits: ((m: Measure) => Measure)[] = [
      (m) => ({ ...m, title: { ...m.title, en: `${m.title.en}.` } }),
      (m) => ({ ...m, title: { ...m.title, km: `${m.title.km}។` } }),
      (m) => ({ ...m, goal: ((m.goal % 5) + 1) as Measure["goal"] }),
      (m) => ({ ...m, lead: m.lead === "DGC" ? "DSC" : "DGC" }),
      (m) => ({ ...m, supporting: [] }),
      (m) => ({ ...m, cluster: { ...m.cluster, en: "x" } }),
      (m) => ({ ...m, target: "2031" }),
      (m) => ({ ...m, provenance: "official" }),
    ];
    fc.assert(
      fc.property(fc.nat(catalogue.measures.length - 1), fc.nat(edits.length - 1), (i, e) => {
        const measures = catalogue.measures.map((m, j) => (j === i ? edits[e]!(m) : m));
        const changed = JSON.stringify(measures) !== JSON.stringify(catalogue.measures);
        fc.pre(changed);
        expect(catalogueHash(measures)).not.toBe(catalogue.hash);
      }),
      { numRuns: 200 },
    );
  });

  test("survives a write and re-read of the catalogue file", () => {
    const reread = parseCatalogueJson(JSON.parse(catalogueToJson(catalogue)), "x.json").catalogue!;
    expect(reread.hash).toBe(catalogue.hash);
    expect(reread.version).toBe(catalogue.version);
  });
});

describe("loading a catalogue file", () => {
  test.each([
    ["not an object", 42, "catalogue.not-a-catalogue"],
    ["no version", { measures: [] }, "catalogue.version-missing"],
    ["a duplicated ID", { version: "v", measures: [seed.measures[0], seed.measures[0]] }, "catalogue.id-duplicate"],
    ["a bad goal", { version: "v", measures: [{ ...seed.measures[0], goal: 8 }] }, "catalogue.goal-unknown"],
  ])("rejects %s", (_name, doc, code) => {
    const { catalogue: c, problems } = parseCatalogueJson(doc, "bad.json");
    expect(c).toBeUndefined();
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems[0]!.where.file).toBe("bad.json");
  });
});
