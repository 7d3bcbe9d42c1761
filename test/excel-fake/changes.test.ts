import { createExcelFake, FakeOfficeError, type ExcelFake, type ExcelFakeOptions } from "./index";

/** A fake with a 2×3 table at A1:B3 (header row 1) on Sheet1 whose change events are recorded. */
async function withTable(options: ExcelFakeOptions = {}): Promise<{ fake: ExcelFake; events: Excel.TableChangedEventArgs[] }> {
  const fake = createExcelFake(options);
  fake.seed.values("Sheet1!A1:B3", [
    ["Name", "Value"],
    ["a", 1],
    ["b", 2],
  ]);
  const events: Excel.TableChangedEventArgs[] = [];
  await fake.run(async (context) => {
    const table = context.workbook.tables.add("Sheet1!A1:B3", true);
    await context.sync();
    table.onChanged.add(async (e) => void events.push(e));
    await context.sync();
  });
  await fake.settle();
  events.length = 0;
  return { fake, events };
}

const write = (fake: ExcelFake, address: string, values: unknown[][]) =>
  fake.run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
    await context.sync();
  });

describe("change events tell what changed", () => {
  type Expected = Partial<Omit<Excel.TableChangedEventArgs, "details">> & { details?: Partial<Excel.ChangedEventDetail> };
  const CASES: readonly [string, ExcelFakeOptions, (fake: ExcelFake) => Promise<unknown>, Expected][] = [
    ["a typed cell, ExcelApi 1.9: details old → new", {}, (f) => f.user.type("Sheet1!B2", 5), { source: "Local", address: "B2", details: { valueBefore: 1, valueAfter: 5, valueTypeBefore: "Double", valueTypeAfter: "Double" } }],
    ["a co-author's cell: source Remote, with details", {}, (f) => f.user.type("Sheet1!A3", "c", { source: "Remote" }), { source: "Remote", address: "A3", details: { valueBefore: "b", valueAfter: "c", valueTypeBefore: "String", valueTypeAfter: "String" } }],
    ["a typed cell, ExcelApi 1.8: no details", { excelApi: "1.8" }, (f) => f.user.type("Sheet1!B2", 5), { source: "Local", address: "B2", details: undefined }],
    ["a pasted block: no details (several cells)", {}, (f) => f.user.paste("Sheet1!A2:B2", [["x", 9]]), { address: "A2:B2", details: undefined }],
    ["an add-in's one-cell write: details too", {}, (f) => write(f, "B3", [[""]]), { source: "Local", address: "B3", details: { valueBefore: 2, valueAfter: "", valueTypeBefore: "Double", valueTypeAfter: "Empty" } }],
  ];
  it.each(CASES)("%s", async (_, options, act, expected) => {
    const { fake, events } = await withTable(options);
    await act(fake);
    await fake.settle();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
    if ("details" in expected && expected.details === undefined) expect(events[0]!.details).toBeUndefined();
  });
});

describe("undo", () => {
  it("takes back the user's last edit, raising the change event with the values reversed", async () => {
    const { fake, events } = await withTable();
    await fake.user.type("Sheet1!B2", 5);
    await fake.user.paste("Sheet1!A3:B3", [["z", 7]]);
    expect(await fake.user.undo()).toBe(true);
    expect(fake.values("Sheet1!A3:B3")).toEqual([["b", 2]]);
    expect(await fake.user.undo()).toBe(true);
    expect(fake.cell("Sheet1!B2").value).toBe(1);
    expect(events.map((e) => [e.address, e.details?.valueBefore, e.details?.valueAfter])).toEqual([
      ["B2", 1, 5],
      ["A3:B3", undefined, undefined],
      ["A3:B3", undefined, undefined],
      ["B2", 5, 1],
    ]);
    expect(await fake.user.undo()).toBe(false);
  });

  it("has no co-author's edit on this user's stack", async () => {
    const { fake } = await withTable();
    await fake.user.type("Sheet1!B2", 5, { source: "Remote" });
    expect(await fake.user.undo()).toBe(false);
    expect(fake.cell("Sheet1!B2").value).toBe(5);
  });

  const API_WRITES: readonly [string, ExcelFakeOptions, number, number][] = [
    ["clears the stack on a host without ExcelUndoApiAll", {}, 0, 1],
    ["joins the stack on a host with ExcelUndoApiAll: the first undo takes back the add-in's write", { undoesApiWrites: true }, 2, 2],
  ];
  it.each(API_WRITES)("an add-in's write %s", async (_, options, depth, b2AfterOneUndo) => {
    const { fake } = await withTable(options);
    await fake.user.type("Sheet1!A2", "typed");
    await write(fake, "B2", [[99]]);
    expect(fake.undoDepth).toBe(depth);
    await fake.user.undo();
    expect(fake.cell("Sheet1!B2").value).toBe(b2AfterOneUndo === 2 ? 1 : 99);
  });

  it("is cleared by protect and unprotect (APIs without undo support), whatever the host", async () => {
    const { fake } = await withTable({ undoesApiWrites: true });
    await fake.user.type("Sheet1!B2", 5);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.protect();
      await context.sync();
    });
    expect(fake.undoDepth).toBe(0);
  });
});

describe("Range.delete", () => {
  it('shifts the cells below up ("Up"), in the range\'s columns only', async () => {
    const fake = createExcelFake();
    fake.seed.values("Sheet1!A1:B5", [
      [1, "a"],
      [2, "b"],
      [3, "c"],
      [4, "d"],
      [5, "e"],
    ]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2:A3").delete("Up");
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:B5")).toEqual([
      [1, "a"],
      [4, "b"],
      [5, "c"],
      ["", "d"],
      ["", "e"],
    ]);
  });

  it("is refused on a protected sheet", async () => {
    const fake = createExcelFake();
    fake.seed.values("Sheet1!A1:A3", [[1], [2], [3]]);
    const error = await fake
      .run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.protection.protect();
        sheet.getRange("A1").delete("Up");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect((error as FakeOfficeError).code).toBe("AccessDenied");
  });
});
