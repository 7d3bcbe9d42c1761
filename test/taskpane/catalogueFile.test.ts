import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { catalogueToJson } from "../../src/domain/catalogue/catalogueJson";
import { readCatalogueFile } from "../../src/taskpane/catalogueFile";
import { CATALOGUE_STORAGE_KEY, memoryCatalogueStore, webCatalogueStore } from "../../src/taskpane/catalogueStore";
import { buildXlsx, rowXml, sheetXml } from "../support/xlsxBuilder";

const TODAY = new Date("2026-11-22T09:00:00Z");
const bytes = (text: string) => new TextEncoder().encode(text);
const PLAN = [
  "Measure ID,Goal,Title,Lead committee",
  "DGC-01,1,Adopt the interoperability framework,DGC",
  "DGC-02,9,A goal that does not exist,DGC",
  "DSC-01,3,Set up the national CERT exercises,DSC",
].join("\n");

describe("importing a catalogue in the pane", () => {
  it("keeps an action plan's good rows, lists each bad one with its row, and versions it by content", async () => {
    const result = await readCatalogueFile(bytes(PLAN), "plan.csv", TODAY);
    expect(result).toMatchObject({ rowsRead: 3, accepted: 2 });
    expect(result.problems.map((p) => [p.code, p.where.row])).toEqual([["catalogue.goal-unknown", 3]]);
    expect(result.catalogue?.version).toBe(`official-2026-11-22-${result.catalogue?.hash.slice(0, 12)}`);
    expect(result.catalogue?.measures.every((m) => m.provenance === "official")).toBe(true);
  });

  it("refuses malformed CSV with its line, keeping no row", async () => {
    const result = await readCatalogueFile(bytes(`${PLAN}\nDGC-03,1,"never closed,DGC\nDGC-04,1,Lost,DGC`), "plan.csv", TODAY);
    expect(result).toMatchObject({ rowsRead: 0, accepted: 0 });
    expect(result.catalogue).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.where.row, p.message.en])).toEqual([
      ["import.csv-syntax", 5, "malformed CSV at line 5: a quoted field opened here is never closed"],
    ]);
  });

  it("reads the same plan from an XLSX file", async () => {
    const rows = PLAN.split("\n").map((line, i) => rowXml(i + 1, line.split(",")));
    const xlsx = buildXlsx({ sheets: [{ name: "Action plan", xml: sheetXml(rows.join("")) }] });
    const result = await readCatalogueFile(xlsx, "plan.xlsx", TODAY);
    expect(result).toMatchObject({ rowsRead: 3, accepted: 2 });
    expect(result.problems.map((p) => p.where.row)).toEqual([3]);
  });

  it("takes a catalogue file whole, with the hash recomputed", async () => {
    const catalogue = bundledCatalogue();
    const result = await readCatalogueFile(bytes(catalogueToJson(catalogue)), "catalogue.json", TODAY);
    expect(result.catalogue?.hash).toBe(catalogue.hash);
    expect(result).toMatchObject({
      rowsRead: catalogue.measures.length,
      accepted: catalogue.measures.length,
      problems: [],
    });
  });

  it.each([
    ["not JSON", "broken.json", "{", "not valid JSON"],
    ["an unsupported type", "notes.docx", "PK", "Choose a catalogue file"],
    ["a corrupt workbook", "plan.xlsx", "not a zip", ""],
  ])("says why when the file is %s", async (_case, name, content, reason) => {
    const result = await readCatalogueFile(bytes(content), name, TODAY);
    expect(result.catalogue).toBeUndefined();
    expect(result.unreadable?.en).toContain(reason);
    expect(result.unreadable?.km).toMatch(/[\u1780-\u17ff]/);
  });
});

describe("keeping the imported catalogue between sessions", () => {
  function storage(): Storage & { data: Map<string, string> } {
    const data = new Map<string, string>();
    return {
      data,
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (key) => data.get(key) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (key) => void data.delete(key),
      setItem: (key, value) => void data.set(key, value),
    };
  }

  it("round-trips through localStorage and comes back with the same hash", async () => {
    const s = storage();
    const store = webCatalogueStore(() => s);
    const { catalogue } = await readCatalogueFile(bytes(PLAN), "plan.csv", TODAY);
    await expect(store.save(catalogue!)).resolves.toBe(true);
    const loaded = await store.load();
    expect(loaded?.hash).toBe(catalogue!.hash);
    expect(loaded?.version).toBe(catalogue!.version);
    store.clear();
    await expect(store.load()).resolves.toBeUndefined();
  });

  it("ignores a stored entry that no longer loads, and reports storage it cannot use", async () => {
    const s = storage();
    s.setItem(CATALOGUE_STORAGE_KEY, '{"version":"x","measures":[{"id":"??"}]}');
    await expect(webCatalogueStore(() => s).load()).resolves.toBeUndefined();
    s.setItem(CATALOGUE_STORAGE_KEY, "{not json");
    await expect(webCatalogueStore(() => s).load()).resolves.toBeUndefined();
    const refusing = webCatalogueStore(() => {
      throw new Error("SecurityError: storage is disabled");
    });
    await expect(refusing.save(bundledCatalogue())).resolves.toBe(false);
    await expect(refusing.load()).resolves.toBeUndefined();
  });

  it("has an in-memory store for tests", async () => {
    const store = memoryCatalogueStore();
    await store.save(bundledCatalogue());
    await expect(store.load()).resolves.toBe(bundledCatalogue());
  });
});
