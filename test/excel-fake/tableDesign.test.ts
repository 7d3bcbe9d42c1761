import { createExcelFake, type ExcelFake, type Rect } from ".";

/** A table "Items" on Sheet1!A1:B3, its sheet protected or not. */
async function tableOnSheet(protect: boolean): Promise<ExcelFake> {
  const fake = createExcelFake({ excelApi: "1.13" });
  fake.seed.values("Sheet1!A1:B3", [
    ["ID", "Name"],
    ["1", "a"],
    ["2", "b"],
  ]);
  await fake.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.tables.add("A1:B3", true).name = "Items";
    if (protect) sheet.protection.protect({ allowAutoFilter: true, allowFormatColumns: true });
    await context.sync();
  });
  return fake;
}

type ColumnAdder = { columns: { add(index?: number, values?: unknown, name?: string): void } };

const DESIGN_CHANGES: readonly [string, (table: Excel.Table) => void, string, Rect][] = [
  ["rename", (t) => (t.name = "Things"), "Things", { r0: 0, c0: 0, r1: 2, c1: 1 }],
  ["resize", (t) => t.resize("A1:C4"), "Items", { r0: 0, c0: 0, r1: 3, c1: 2 }],
  ["add a column", (t) => (t as unknown as ColumnAdder).columns.add(undefined, undefined, "More"), "Items", { r0: 0, c0: 0, r1: 2, c1: 2 }],
];

describe("table design changes", () => {
  it.each(DESIGN_CHANGES)("%s: refused on a protected sheet (AccessDenied), done on an unprotected one", async (_name, change, name, rect) => {
    const change1 = (fake: ExcelFake) =>
      fake.run(async (context) => {
        change(context.workbook.tables.getItem("Items"));
        await context.sync();
      });
    const locked = await tableOnSheet(true);
    await expect(change1(locked)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(locked.table("Items")?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 1 });
    const open = await tableOnSheet(false);
    await change1(open);
    expect(open.table(name)?.rect).toEqual(rect);
  });
});
