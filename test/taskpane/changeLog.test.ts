import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import type { Quarter } from "../../src/domain/periods/periods";
import { NO_AUDIT, startAuditSession, type AuditView } from "../../src/taskpane/audit/auditSession";
import { OFFICER_STORAGE_KEY, webOfficerMemory } from "../../src/taskpane/audit/officerMemory";
import { excelGateway } from "../../src/taskpane/gateway";
import { LANGS, STRINGS } from "../../src/taskpane/strings";
import { createExcelFake } from "../excel-fake";
import { logOf } from "../excel/auditSupport";

/** A Web Storage over a Map, as the pane's browser gives it. */
function storage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe("the officer's name for the change log", () => {
  it("is remembered per workbook, forgotten when cleared, and survives a broken or missing storage", () => {
    const store = storage();
    const memory = webOfficerMemory(() => store);
    memory.remember("DGC Q3.xlsx", "Sokha Chan");
    memory.remember("DSC Q3.xlsx", "Dara Kim");
    expect([memory.recall("DGC Q3.xlsx"), memory.recall("DSC Q3.xlsx"), memory.recall("other.xlsx")]).toEqual(["Sokha Chan", "Dara Kim", undefined]);
    expect(webOfficerMemory(() => store).recall("DGC Q3.xlsx")).toBe("Sokha Chan");
    memory.remember("DGC Q3.xlsx", " ");
    expect(memory.recall("DGC Q3.xlsx")).toBeUndefined();
    store.setItem(OFFICER_STORAGE_KEY, "{not json");
    expect(memory.recall("DSC Q3.xlsx")).toBeUndefined();
    const none = webOfficerMemory(() => undefined);
    none.remember("x", "y");
    expect(none.recall("x")).toBeUndefined();
  });

  it("keeps the 50 workbooks named last", () => {
    const store = storage();
    const kept = webOfficerMemory(() => store);
    for (let i = 0; i < 60; i++) kept.remember(`book${i}.xlsx`, `Officer ${i}`);
    expect(kept.recall("book9.xlsx")).toBeUndefined();
    expect(kept.recall("book10.xlsx")).toBe("Officer 10");
    expect(kept.recall("book59.xlsx")).toBe("Officer 59");
  });
});

describe("the pane's change log session", () => {
  it("records changes under the name typed in the pane (a later name applies from then on) and counts them", async () => {
    const fake = createExcelFake();
    const gateway = excelGateway(fake);
    const catalogue = bundledCatalogue();
    const setUp = await gateway.setUpWorkbook({ catalogue, committee: "DGC", quarter: "2026-Q3" as Quarter, lang: "en" });
    expect(setUp.ok).toBe(true);
    let view: AuditView = NO_AUDIT;
    let officer = "";
    const stop = startAuditSession(gateway, () => officer, (change) => (view = change(view)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fake.user.paste("Status!G4", [[10]]);
    officer = "Sokha Chan";
    await fake.user.paste("Status!G5", [[20]]);
    await fake.settle();
    expect(logOf(fake).map((r) => [r.cell, r.officer])).toEqual([
      ["G4", ""],
      ["G5", "Sokha Chan"],
    ]);
    expect(view).toEqual({ logged: 2 });
    await stop();
    await fake.user.paste("Status!G6", [[30]]);
    await fake.settle();
    expect(logOf(fake)).toHaveLength(2);
  });

  it("has every new string in both languages", () => {
    for (const lang of LANGS) {
      const t = STRINGS[lang];
      for (const text of [t.changeLogLabel, t.changeLogHint, t.changeLogUnnamed, t.changeLogCount(0), t.changeLogCount(1), t.changeLogCount(12)]) {
        expect(text.trim()).not.toBe("");
        if (lang === "km") expect(text).toMatch(/[\u1780-\u17ff]/);
      }
    }
    expect(STRINGS.km.changeLogCount(12)).toContain("១២");
  });
});
