import { createExcelFake, FakeOfficeError, PAYLOAD_LIMIT_BYTES, type ExcelFake } from "./index";

/** Runs a batch on the fake and returns the error it failed with (or undefined). */
async function failure(fake: ExcelFake, batch: (context: Excel.RequestContext) => Promise<unknown>): Promise<FakeOfficeError | undefined> {
  try {
    await fake.run(batch);
    return undefined;
  } catch (e) {
    if (e instanceof FakeOfficeError) return e;
    throw e;
  }
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before it was loaded", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
    });
  });

  it("throws PropertyNotLoaded when a property was loaded but not yet synced", async () => {
    const fake = createExcelFake();
    fake.seed.values("Sheet1!A1", [["x"]]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      expect(codeOf(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["x"]]);
    });
  });

  it("throws PropertyNotLoaded for a collection's items until they are loaded and synced", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(codeOf(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name,items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([["Sheet1", "Visible"]]);
    });
  });

  it("refuses a load without property names (load what you read)", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").load([]);
      await context.sync();
    });
    expect(error?.code).toBe("NotModelled");
  });

  it("queues writes and applies them only at sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["a", "b"]];
      expect(fake.values("Sheet1!A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(fake.values("Sheet1!A1:B1")).toEqual([["a", "b"]]);
    });
  });

  it("counts one request per sync that carries commands, plus the sync Excel.run makes at the end", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      await context.sync(); // nothing queued: no request
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.syncCalls).toBe(3);
  });

  it("fails a batch that does not return a promise", async () => {
    const fake = createExcelFake();
    await expect(fake.run((() => undefined) as unknown as (c: Excel.RequestContext) => Promise<void>)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("refuses objects of a finished Excel.run", async () => {
    const fake = createExcelFake();
    let range: Excel.Range | undefined;
    await fake.run(async (context) => {
      range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(codeOf(() => (range!.values = [[1]]))).toBe("InvalidObjectPath");
  });
});

describe("range shapes and values", () => {
  it.each([
    ["values", [["a", "b"]]],
    ["values", [["a"], ["b"]]],
    ["formulas", [["=1", "=2", "=3"]]],
    ["numberFormat", [["0"]]],
    ["values", "a"],
  ] as const)("throws InvalidArgument at sync when %s has the wrong shape (%j for A1:B2)", async (property, data) => {
    const fake = createExcelFake();
    let assigned = false;
    const error = await failure(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as Record<string, unknown>)[property] = data;
      assigned = true;
      await context.sync();
    });
    expect(assigned).toBe(true);
    expect(error?.code).toBe("InvalidArgument");
    expect(error?.debugInfo.errorLocation).toBe(`Range.${property}`);
  });

  it("applies the commands before the failing one and none after it", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["before"]];
      sheet.getRange("A2:B2").values = [["wrong shape"]];
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    expect(error?.code).toBe("InvalidArgument");
    expect(fake.values("Sheet1!A1:A3")).toEqual([["before"], [""], [""]]);
  });

  it("leaves cells alone where the array holds null", async () => {
    const fake = createExcelFake();
    fake.seed.values("Sheet1!A1:B1", [["keep", "old"]]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]];
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:B1")).toEqual([["keep", "new"]]);
  });

  it.each([
    ["=1+1", { formula: "=1+1" }],
    ["'=1+1", { value: "=1+1", quotePrefix: true }],
    ["-abc", { formula: "=-abc", value: "#NAME?" }],
    ["12", { value: 12 }],
    ["1,200.5", { value: 1200.5 }],
    ["45%", { value: 0.45, numberFormat: "0%" }],
    ["TRUE", { value: true }],
    ["2026-07-15", { value: 46218, numberFormat: "yyyy-mm-dd" }],
    ["'0012", { value: "0012" }],
    ["plain text", { value: "plain text" }],
  ] as const)("stores the string %j the way Excel parses typed input", async (input, expected) => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[input]];
      await context.sync();
    });
    expect(fake.cell("Sheet1!C3")).toMatchObject(expected);
    if (!("formula" in expected)) expect(fake.cell("Sheet1!C3").formula).toBeUndefined();
  });

  it("returns formulas where there are formulas and values elsewhere", async () => {
    const fake = createExcelFake();
    fake.seed.formula("Sheet1!A1", "=B1*2", 4);
    fake.seed.values("Sheet1!B1", [[2]]);
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load("values,formulas,address,rowCount,columnCount");
      await context.sync();
      expect(range.values).toEqual([[4, 2]]);
      expect(range.formulas).toEqual([["=B1*2", 2]]);
      expect(range.address).toBe("Sheet1!A1:B1");
      expect([range.rowCount, range.columnCount]).toEqual([1, 2]);
    });
  });
});

describe("payload limits", () => {
  it("fails a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const fake = createExcelFake();
    const text = "x".repeat(30_000);
    const rows = Array.from({ length: 200 }, () => [text]);
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").values = rows;
      await context.sync();
    });
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.requests.at(-1)?.requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.cell("Sheet1!A1").value).toBe("");
  });

  it("counts every queued command of one sync in the same request (chunks in one sync do not help)", async () => {
    const fake = createExcelFake();
    const text = "x".repeat(30_000);
    const error = await failure(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      for (let i = 0; i < 4; i++) sheet.getRange(`A${i * 50 + 1}:A${i * 50 + 50}`).values = Array.from({ length: 50 }, () => [text]);
      await context.sync();
    });
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
  });

  it("fails a response over 5 MB with ResponsePayloadSizeLimitExceeded", async () => {
    const fake = createExcelFake();
    const text = "y".repeat(30_000);
    fake.seed.values(
      "Sheet1!A1",
      Array.from({ length: 200 }, () => [text]),
    );
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200").load("values");
      await context.sync();
    });
    expect(error?.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});

describe("protection", () => {
  async function protectedSheet(): Promise<ExcelFake> {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1:B3").format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    return fake;
  }

  it("refuses writes to a locked cell of a protected sheet", async () => {
    const fake = await protectedSheet();
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(error?.code).toBe("AccessDenied");
    expect(fake.cell("Sheet1!A1").value).toBe("");
  });

  it("refuses the whole write when it covers a locked cell, even with null there", async () => {
    const fake = await protectedSheet();
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "x"]];
      await context.sync();
    });
    expect(error?.code).toBe("AccessDenied");
  });

  it("lets the add-in write unlocked cells of a protected sheet, but not format them", async () => {
    const fake = await protectedSheet();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["ok"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1!B1").value).toBe("ok");
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1").format.fill.color = "#FF0000";
      await context.sync();
    });
    expect(error?.code).toBe("AccessDenied");
  });

  it("fails protect() on a protected sheet and unprotect() on an unprotected one", async () => {
    const fake = await protectedSheet();
    expect(
      (
        await failure(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").protection.protect();
          await context.sync();
        })
      )?.code,
    ).toBe("AccessDenied");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
      await context.sync();
    });
    expect(
      (
        await failure(fake, async (context) => {
          context.workbook.worksheets.getItem("Sheet1").protection.unprotect();
          await context.sync();
        })
      )?.code,
    ).toBe("AccessDenied");
  });

  it("refuses a user typing into a locked cell of a protected sheet and accepts unlocked cells", async () => {
    const fake = await protectedSheet();
    expect(await fake.user.type("Sheet1!A1", "x")).toEqual({
      accepted: false,
      reason: "protected",
    });
    expect(await fake.user.paste("Sheet1!A2", [["x", "y"]])).toEqual({
      accepted: false,
      reason: "protected",
    });
    expect(await fake.user.type("Sheet1!B2", "fine")).toEqual({
      accepted: true,
    });
    expect(fake.cell("Sheet1!A1").value).toBe("");
    expect(fake.cell("Sheet1!B2").value).toBe("fine");
  });
});

describe("items that may not exist", () => {
  it("throws ItemNotFound at sync for getItem of a missing sheet, even if nothing else uses it", async () => {
    const fake = createExcelFake();
    let created = false;
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Nope");
      created = true;
      await context.sync();
    });
    expect(created).toBe(true);
    expect(error?.code).toBe("ItemNotFound");
  });

  it("gives isNullObject true for getItemOrNullObject of a missing item, known only after sync", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("PT_Nope");
      const sheet = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(codeOf(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(sheet.isNullObject).toBe(false);
    });
  });

  it("gives a null object for ranges that do not overlap", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const none = sheet.getRange("A1:B2").getIntersectionOrNullObject(sheet.getRange("D4:E5"));
      const some = sheet.getRange("A1:C3").getIntersectionOrNullObject(sheet.getRange("B2:E5"));
      some.load("address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(some.address).toBe("Sheet1!B2:C3");
    });
  });
});

describe("ranges derived from ranges", () => {
  it("moves, resizes and picks columns server-side, and refuses a column outside the range", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5");
      const moved = base.getColumn(0).getOffsetRange(0, 4).getResizedRange(0, 1);
      moved.load("address");
      await context.sync();
      expect(moved.address).toBe("Sheet1!F2:G5");
    });
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:D5").getColumn(3);
      await context.sync();
    });
    expect(error?.code).toBe("InvalidArgument");
  });

  it("gives the used range, or a null object on an empty sheet", async () => {
    const fake = createExcelFake();
    fake.seed.sheet("Empty");
    fake.seed.values("Sheet1!C3:D4", [
      ["a", ""],
      ["", "b"],
    ]);
    await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      used.load("address");
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Sheet1!C3:D4");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("finds the formula cells of a range (getSpecialCellsOrNullObject), or a null object when there are none", async () => {
    const fake = createExcelFake();
    fake.seed.formula("Sheet1!B2", "=1+1", 2);
    fake.seed.formula("Sheet1!C2", "=2+2", 4);
    fake.seed.formula("Sheet1!B3", "=3", 3);
    fake.seed.formula("Sheet1!C3", "=4", 4);
    fake.seed.formula("Sheet1!E5", "=5", 5);
    // Text that merely starts with "=" is a constant, not a formula.
    fake.seed.values("Sheet1!D4", [["'=not a formula"]]);
    fake.seed.values("Sheet1!H8", [[1]]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const found = sheet.getRange("A1:F6").getSpecialCellsOrNullObject("Formulas");
      found.load("address,areaCount,cellCount");
      const none = sheet.getRange("G7:H9").getSpecialCellsOrNullObject("Formulas");
      none.load("address");
      await context.sync();
      expect([found.address, found.areaCount, found.cellCount]).toEqual(["Sheet1!B2:C3, Sheet1!E5", 2, 5]);
      expect(none.isNullObject).toBe(true);
    });
  });

  it("fails getSpecialCellsOrNullObject with ApiNotFound on a host below ExcelApi 1.9", async () => {
    const fake = createExcelFake({ excelApi: "1.8" });
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
    });
    expect(error?.code).toBe("ApiNotFound");
    expect(error?.debugInfo.errorLocation).toBe("Range.getSpecialCellsOrNullObject");
  });

  it("does not guess what Excel does when a batch acts on a null object", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      context.workbook.tables.getItemOrNullObject("Missing").getDataBodyRange().load("values");
      await context.sync();
    });
    expect(error?.code).toBe("NotModelled");
  });
});

describe("tables, names, sheets", () => {
  it("deletes a sheet with its tables, but never the last visible one", async () => {
    const fake = createExcelFake();
    fake.seed.sheet("Other");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      sheet.getRange("A1:B2").values = [
        ["h", "i"],
        [1, 2],
      ];
      sheet.tables.add("A1:B2", true).name = "Gone";
      sheet.delete();
      await context.sync();
    });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.table("Gone")).toBeUndefined();
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").delete();
      await context.sync();
    });
    expect(error?.code).toBe("InvalidOperation");
  });

  it("refuses a table name that reads as a cell reference", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", true);
      table.name = "T1";
      await context.sync();
    });
    expect(error?.code).toBe("InvalidArgument");
  });

  it("makes a table over written values, with unique headers, and refuses an overlapping one", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C2").values = [
        ["Name", "Name", ""],
        ["a", "b", "c"],
      ];
      const table = sheet.tables.add("A1:C2", true);
      table.name = "Names";
      await context.sync();
    });
    expect(fake.values("Sheet1!A1:C1")).toEqual([["Name", "Name2", "Column3"]]);
    expect(fake.table("Names")?.rect).toEqual({ r0: 0, c0: 0, r1: 1, c1: 2 });
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("B2:D4", true);
      await context.sync();
    });
    expect(error?.code).toBe("InvalidOperation");
  });

  it("refuses a second name that differs only in case", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("PT_Quarter", sheet.getRange("B2"));
      context.workbook.names.add("pt_quarter", sheet.getRange("B3"));
      await context.sync();
    });
    expect(error?.code).toBe("ItemAlreadyExists");
  });

  it("refuses to hide the last visible sheet", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
      await context.sync();
    });
    expect(error?.code).toBe("InvalidOperation");
  });

  it("refuses validation texts over Excel's limits", async () => {
    const fake = createExcelFake();
    const error = await failure(fake, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.dataValidation.rule = {
        decimal: { operator: "Between", formula1: 0, formula2: 100 },
      };
      range.dataValidation.prompt = {
        showPrompt: true,
        title: "x".repeat(33),
        message: "m",
      };
      await context.sync();
    });
    expect(error?.code).toBe("InvalidArgument");
  });

  it("rejects a typed value that fails a stop rule, but takes it when pasted", async () => {
    const fake = createExcelFake();
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
      range.dataValidation.rule = {
        decimal: { operator: "Between", formula1: 0, formula2: 100 },
      };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: "t",
        message: "m",
      };
      await context.sync();
    });
    expect(await fake.user.type("Sheet1!A1", 150)).toEqual({
      accepted: false,
      reason: "validation",
    });
    expect(await fake.user.type("Sheet1!A1", 50)).toEqual({ accepted: true });
    expect(await fake.user.paste("Sheet1!A2", [[150]])).toEqual({
      accepted: true,
    });
    expect(fake.cell("Sheet1!A2").value).toBe(150);
  });
});

describe("events and hosts", () => {
  async function tableWithHandler(fake: ExcelFake, seen: Excel.TableChangedEventArgs[]): Promise<void> {
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B3").values = [
        ["h1", "h2"],
        [1, 2],
        [3, 4],
      ];
      const table = sheet.tables.add("A1:B3", true);
      table.name = "T";
      table.onChanged.add(async (args) => void seen.push(args));
      await context.sync();
    });
    await fake.settle();
    seen.length = 0;
  }

  it("raises table.onChanged for a user's paste, with the changed address and source Local", async () => {
    const fake = createExcelFake();
    const seen: Excel.TableChangedEventArgs[] = [];
    await tableWithHandler(fake, seen);
    await fake.user.paste("Sheet1!A2", [
      [5, 6],
      [7, 8],
    ]);
    expect(seen.map((e) => [e.address, e.source, e.changeType])).toEqual([["A2:B3", "Local", "RangeEdited"]]);
  });

  it("raises no event for the add-in's writes while runtime.enableEvents is false", async () => {
    const fake = createExcelFake();
    const seen: Excel.TableChangedEventArgs[] = [];
    await tableWithHandler(fake, seen);
    await fake.run(async (context) => {
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[9]];
      context.runtime.enableEvents = true;
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[9]];
      await context.sync();
    });
    await fake.settle();
    expect(seen.map((e) => e.address)).toEqual(["B2"]);
  });

  it("fails a batch while the user edits a cell, unless the run asked to wait (delayForCellEdit)", async () => {
    const fake = createExcelFake();
    fake.cellEditMode = true;
    await expect(fake.run(async (context) => context.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(fake.run({ delayForCellEdit: true }, async (context) => context.sync())).resolves.toBeUndefined();
  });

  it.each([
    ["1.8", "1.8", true],
    ["1.8", "1.9", false],
    ["1.12", "1.9", true],
  ])("host at ExcelApi %s supports %s: %s", (host, asked, supported) => {
    expect(createExcelFake({ excelApi: host }).isSetSupported("ExcelApi", asked)).toBe(supported);
  });
});
