import { MAPPED_ERROR_CODES, attempt, describeExcelError } from "../../src/excel/errors";
import { selectCell } from "../../src/excel/selectCell";
import { setUpStatusWorkbook } from "../../src/excel/setUpStatusWorkbook";
import { createExcelFake, FakeOfficeError } from "../excel-fake";
import { QUARTER, ok, syntheticCatalogue } from "./support";

describe("describeExcelError", () => {
  it.each([
    ["AccessDenied", /protected or read-only/],
    ["InvalidOperation", /protected|changed by hand/],
    ["InsufficientPermissions", /permission/],
    ["ItemNotFound", /Set up/],
    ["ItemAlreadyExists", /already exists/],
    ["RequestPayloadSizeLimitExceeded", /too large/],
    ["ResponsePayloadSizeLimitExceeded", /too large/],
    ["InvalidOperationInCellEditMode", /typing in a cell/],
    ["GeneralException", /internal error/],
    ["ActivityLimitReached", /busy/],
    ["Conflict", /same time/],
  ])("turns %s into a message that says what to do, in English and Khmer", (code, en) => {
    const failure = describeExcelError(new FakeOfficeError(code, "localised text we never show"));
    expect(failure.code).toBe(code);
    expect(failure.message.en).toMatch(en);
    expect(failure.message.km).not.toBe("");
    expect(failure.message.en).not.toContain("localised text");
  });

  it("branches on the code, never on Office's localised message", () => {
    const a = describeExcelError(new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist."));
    const b = describeExcelError(new FakeOfficeError("ItemNotFound", "La ressource demandée n'existe pas."));
    expect(a).toEqual(b);
  });

  it("has a bilingual message for every mapped code", () => {
    for (const code of MAPPED_ERROR_CODES) {
      const { message } = describeExcelError({ code });
      expect(message.en.length).toBeGreaterThan(10);
      expect(/[\u1780-\u17ff]/.test(message.km)).toBe(true);
    }
  });

  it.each([[new Error("boom")], [undefined], ["text"], [{ code: 42 }]])("gives a generic message for anything else (%p)", (thrown) => {
    expect(describeExcelError(thrown)).toMatchObject({ code: "Unknown", message: { en: expect.stringMatching(/unexpected/) } });
  });

  it("returns failures as values from a gateway action", async () => {
    expect(
      await attempt(async () => {
        throw new FakeOfficeError("AccessDenied", "x");
      }),
    ).toMatchObject({ ok: false, failure: { code: "AccessDenied" } });
    expect(await attempt(async () => 7)).toEqual({ ok: true, value: 7 });
  });
});

describe("selectCell", () => {
  it("activates the status sheet and selects the issue's cell in one sync", async () => {
    const fake = createExcelFake();
    ok(await setUpStatusWorkbook({ catalogue: syntheticCatalogue(3), committee: "DGC", quarter: QUARTER, lang: "en", host: fake }));
    fake.state.activeSheetId = fake.sheet("Catalogue").id;
    fake.resetStats();
    ok(await selectCell({ cell: "G5" }, fake));
    expect(fake.stats.syncs).toBe(1);
    expect(fake.state.activeSheetId).toBe(fake.sheet("Status").id);
    expect(fake.state.selection).toEqual({ sheetId: fake.sheet("Status").id, rect: { r0: 4, c0: 6, r1: 4, c1: 6 } });
  });

  it("reports a missing sheet as a value", async () => {
    const fake = createExcelFake();
    expect(await selectCell({ sheet: "Nope", cell: "A1" }, fake)).toMatchObject({ ok: false, failure: { code: "ItemNotFound" } });
  });
});
