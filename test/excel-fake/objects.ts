import { beforeChange } from "./changes";
import { queueCellProperties, type FillProperties } from "./cellProperties";
import { FakeChartCollection } from "./charts";
import { FakeObject, type Execution, type FakeContext } from "./context";
import { notModelled, officeError } from "./errors";
import { FakeAutoFilter, clearTableFilters, reachedRows, visibleRows } from "./filters";
import { FakeFunctions } from "./functions";
import { FakeClientResult, insertWorksheets } from "./insertSheets";
import { addTableColumn, guardTableDesign, resizeTable } from "./tableDesign";
import {
  MAX_CELL_CHARS,
  cellFor,
  colLetters,
  emptyCell,
  forEachCell,
  formulaOf,
  fullAddress,
  intersect,
  normaliseColor,
  parseAddress,
  readCell,
  rectCols,
  rectRows,
  sheetPrefix,
  storeInput,
  type CellState,
  type ConditionalFormatState,
  type NameState,
  type Rect,
  type Scalar,
  type SheetState,
  type TableHandler,
  type TableState,
  type ValidationState,
  type WorkbookState,
} from "./model";

/** What the proxies need from the fake host beyond the context. */
export interface FakeWorld {
  readonly state: WorkbookState;
  /** Office.context.platform of the simulated host. */
  readonly platform: string;
  eventsEnabled: boolean;
  nextId(prefix: string): string;
  /** The simulated host's requirement sets: an API of a newer set fails at sync with ApiNotFound. */
  isSetSupported(name: string, version: string): boolean;
  /** True on hosts that keep an add-in's writes in the user's undo stack (ExcelUndoApiAll). */
  readonly undoesApiWrites: boolean;
}

/** Call before a block's contents change; push the result on exec.changes once they have. */
function contentChange(ctx: FakeContext, sheet: SheetState, rect: Rect): ReturnType<typeof beforeChange> {
  const w = world(ctx);
  return beforeChange(sheet, rect, w.eventsEnabled, w.undoesApiWrites);
}

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

type Ctx = FakeContext & { readonly world: FakeWorld };

function world(ctx: FakeContext): FakeWorld {
  return (ctx as Ctx).world;
}

// ---------------------------------------------------------------------------------------------
// Protection: what a protected sheet refuses.

type WriteKind = "content" | "format" | "columns" | "structure";

function guard(sheet: SheetState, rect: Rect | undefined, kind: WriteKind, location: string): void {
  const p = sheet.protection;
  if (!p.protected) return;
  const lockedInside = (): boolean => {
    if (!rect) return true;
    let locked = false;
    forEachCell(rect, (r, c) => {
      if (readCell(sheet, r, c).locked) locked = true;
    });
    return locked;
  };
  const refused =
    kind === "content"
      ? lockedInside()
      : kind === "format"
        ? !(p.options.allowFormatCells === true && !lockedInside())
        : kind === "columns"
          ? p.options.allowFormatColumns !== true
          : true;
  // Excel refuses the whole write when any cell it covers is locked, even where the array holds null.
  if (refused) throw officeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
}

// ---------------------------------------------------------------------------------------------
// Workbook.

export class FakeWorkbook extends FakeObject<WorkbookState> implements Pick<Excel.Workbook, "name"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeContext) {
    super(context, "Workbook", () => world(context).state);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, undefined);
    this.names = new FakeNamedItemCollection(context);
  }

  get name(): string {
    return this.read("name");
  }

  private functionsProxy: FakeFunctions | undefined;

  /** ExcelApi 1.2; DATE only (functions.ts). */
  get functions(): FakeFunctions {
    return (this.functionsProxy ??= new FakeFunctions(this.context, () => world(this.context).state));
  }

  /** ExcelApi 1.13; see insertSheets.ts. */
  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): FakeClientResult<string[]> {
    const result = new FakeClientResult<string[]>();
    const w = world(this.context);
    const { relativeTo, ...rest } = options ?? {};
    const payload = { base64File, options: { ...rest, ...(relativeTo !== undefined ? { relativeTo: typeof relativeTo === "string" ? relativeTo : "Worksheet" } : {}) } };
    this.call("insertWorksheetsFromBase64", payload, (state, exec) => {
      const ids = insertWorksheets(
        {
          state,
          platform: w.platform,
          nextChartId: () => w.nextId("chart"),
          isSetSupported: (name, version) => w.isSetSupported(name, version),
          newSheet: (name) => newSheet(w.nextId("sheet"), name),
          resolveSheet: (ref) => (typeof ref === "string" ? this.worksheets.getItemNow(ref) : (ref as unknown as FakeWorksheet).target()),
        },
        base64File,
        options,
      );
      exec.responseBytes += JSON.stringify(ids).length;
      exec.commits.push(() => result.set(ids));
    });
    return result;
  }

  protected override snapshot(name: string, wb: WorkbookState): unknown {
    if (name === "name") return wb.name;
    return super.snapshot(name, wb);
  }
}

export class FakeRuntime extends FakeObject<FakeWorld> implements Pick<Excel.Runtime, "enableEvents"> {
  constructor(context: FakeContext) {
    super(context, "Runtime", () => world(context));
  }

  get enableEvents(): boolean {
    return this.read("enableEvents");
  }

  set enableEvents(value: boolean) {
    this.assign("enableEvents", value, (w) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", "Runtime.enableEvents");
      w.eventsEnabled = value;
    });
  }

  protected override snapshot(name: string, w: FakeWorld): unknown {
    if (name === "enableEvents") return w.eventsEnabled;
    return super.snapshot(name, w);
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets.

function findSheet(state: WorkbookState, key: string): SheetState | undefined {
  return state.sheets.find((s) => s.id === key) ?? state.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase());
}

function checkSheetName(name: string, location: string): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeError("InvalidArgument", location, `sheet name "${name}"`);
  }
}

export class FakeWorksheetCollection extends FakeObject<WorkbookState> {
  private loadedItems: FakeWorksheet[] | undefined;
  private readonly itemCache = new Map<SheetState, FakeWorksheet>();

  constructor(context: FakeContext) {
    super(context, "WorksheetCollection", () => world(context).state);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = findSheet(world(this.context).state, key);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem", key);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => findSheet(world(this.context).state, key) ?? null);
  }

  /** The sheet named (or with the ID) `key`, inside a running command; ItemNotFound as getItem. */
  getItemNow(key: string): SheetState {
    const sheet = findSheet(world(this.context).state, key);
    if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem", key);
    return sheet;
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    const w = world(this.context);
    this.call("add", { name }, (state) => {
      const sheetName = name ?? `Sheet${state.sheets.length + 1}`;
      checkSheetName(sheetName, "WorksheetCollection.add");
      if (findSheet(state, sheetName)) throw officeError("ItemAlreadyExists", "WorksheetCollection.add", sheetName);
      created = newSheet(w.nextId("sheet"), sheetName);
      state.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created) throw notModelled("using a worksheet whose add() failed");
      return created;
    });
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw officeError("PropertyNotLoaded", "WorksheetCollection.items", "items");
    return this.loadedItems;
  }

  override loadPath(path: string, exec: Execution): void {
    const m = /^items\/(.+)$/.exec(path);
    if (!m) throw notModelled(`load path "${path}" on WorksheetCollection (use items/<property>)`);
    const proxies = itemProxies(this.itemCache, [...world(this.context).state.sheets], (s) => new FakeWorksheet(this.context, () => s, false));
    for (const p of proxies) p.loadPath(m[1]!, exec);
    exec.commits.push(() => (this.loadedItems = proxies));
  }
}

/** One proxy per item across the paths of a load, so "items/a,items/b" fills both on the same object. */
function itemProxies<K, P>(cache: Map<K, P>, keys: readonly K[], make: (k: K) => P): P[] {
  return keys.map((k) => {
    let p = cache.get(k);
    if (!p) {
      p = make(k);
      cache.set(k, p);
    }
    return p;
  });
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    protection: { protected: false, options: {} },
    conditionalFormats: [],
    columnWidths: new Map(),
  };
}

export class FakeWorksheet
  extends FakeObject<SheetState>
  implements Pick<Excel.Worksheet, "name" | "visibility" | "id" | "position" | "activate" | "delete" | "getRange" | "getUsedRangeOrNullObject">
{
  private protectionProxy: FakeWorksheetProtection | undefined;
  private freezeProxy: FakeFreezePanes | undefined;
  private tablesProxy: FakeTableCollection | undefined;

  constructor(context: FakeContext, resolver: () => SheetState | null, announce = true) {
    super(context, "Worksheet", resolver, { announce });
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.assign("name", value, (sheet) => {
      checkSheetName(value, "Worksheet.name");
      const other = findSheet(world(this.context).state, value);
      if (other && other !== sheet) throw officeError("ItemAlreadyExists", "Worksheet.name", value);
      sheet.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }

  set position(value: number) {
    this.assign("position", value, (sheet) => {
      const sheets = world(this.context).state.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw officeError("InvalidArgument", "Worksheet.position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }

  set visibility(value: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.assign("visibility", value, (sheet) => {
      if (value !== "Visible" && value !== "Hidden" && value !== "VeryHidden") throw officeError("InvalidArgument", "Worksheet.visibility");
      const state = world(this.context).state;
      if (value !== "Visible" && !state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw officeError("InvalidOperation", "Worksheet.visibility", "a workbook must keep at least one visible sheet");
      }
      sheet.visibility = value;
      if (value !== "Visible" && state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
    });
  }

  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.resolveOrNull()));
  }

  get freezePanes(): FakeFreezePanes {
    return (this.freezeProxy ??= new FakeFreezePanes(this.context, this));
  }

  get tables(): FakeTableCollection {
    return (this.tablesProxy ??= new FakeTableCollection(this.context, this));
  }

  private chartsProxy: FakeChartCollection | undefined;

  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(this.context, () => this.resolveOrNull(), () => world(this.context).nextId("chart")));
  }

  getRange(address?: string): Excel.Range {
    if (address === undefined) throw notModelled("Worksheet.getRange() without an address (the whole sheet)");
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError("InvalidArgument", "Worksheet.getRange", `address ${address} names another sheet`);
      }
      return { sheet, rect: parsed.rect };
    }) as unknown as Excel.Range;
  }

  /** The block from the first to the last used cell, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      let rect: Rect | undefined;
      for (const [key, cell] of sheet.cells) {
        const used =
          cell.value !== "" ||
          cell.formula !== undefined ||
          (!valuesOnly && (cell.fill !== undefined || cell.numberFormat !== "General" || !cell.locked || cell.validation !== undefined));
        if (!used) continue;
        const r = Math.floor(key / 16_384);
        const c = key % 16_384;
        rect = rect
          ? {
              r0: Math.min(rect.r0, r),
              c0: Math.min(rect.c0, c),
              r1: Math.max(rect.r1, r),
              c1: Math.max(rect.c1, c),
            }
          : { r0: r, c0: c, r1: r, c1: c };
      }
      return rect ? { sheet, rect } : null;
    }) as unknown as Excel.Range;
  }

  /** Deletes the sheet with its tables; names that pointed into it are dropped (Excel leaves #REF!). */
  delete(): void {
    this.call("delete", undefined, (sheet) => {
      const state = world(this.context).state;
      if (sheet.visibility === "Visible" && !state.sheets.some((s) => s !== sheet && s.visibility === "Visible")) {
        throw officeError("InvalidOperation", "Worksheet.delete", "a workbook must keep at least one visible sheet");
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (let i = state.tables.length - 1; i >= 0; i--) if (state.tables[i]!.sheet === sheet) state.tables.splice(i, 1);
      for (const [key, n] of state.names) if (n.sheet === sheet) state.names.delete(key);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id;
    });
  }

  activate(): void {
    this.call("activate", undefined, (sheet) => {
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Worksheet.activate", "the sheet is hidden");
      world(this.context).state.activeSheetId = sheet.id;
    });
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  protected override snapshot(name: string, sheet: SheetState): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "visibility":
        return sheet.visibility;
      case "position":
        return world(this.context).state.sheets.indexOf(sheet);
      default:
        return super.snapshot(name, sheet);
    }
  }
}

export class FakeWorksheetProtection extends FakeObject<SheetState> implements Pick<Excel.WorksheetProtection, "protected" | "protect" | "unprotect"> {
  constructor(context: FakeContext, resolver: () => SheetState | null) {
    super(context, "WorksheetProtection", resolver);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call("protect", { options, password }, (sheet, exec) => {
      exec.clearsUndo = true;
      // "Fails if the worksheet has already been protected" (API reference).
      if (sheet.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.protect", "already protected");
      if (options && Object.values(options).some((v) => v === null)) throw officeError("GeneralException", "WorksheetProtection.protect", "null option");
      sheet.protection = { protected: true, options: { ...(options ?? {}) } };
    });
  }

  unprotect(password?: string): void {
    this.call("unprotect", { password }, (sheet, exec) => {
      exec.clearsUndo = true;
      if (!sheet.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.unprotect", "not protected");
      sheet.protection = { protected: false, options: {} };
    });
  }

  protected override snapshot(name: string, sheet: SheetState): unknown {
    if (name === "protected") return sheet.protection.protected;
    return super.snapshot(name, sheet);
  }
}

export class FakeFreezePanes extends FakeObject<SheetState> implements Pick<Excel.WorksheetFreezePanes, "freezeAt" | "freezeRows"> {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, "WorksheetFreezePanes", () => sheet.resolveOrNull());
  }

  freezeAt(frozenRange: Excel.Range | string): void {
    const address = typeof frozenRange === "string" ? frozenRange : undefined;
    const range = typeof frozenRange === "string" ? undefined : (frozenRange as unknown as FakeRange);
    this.call("freezeAt", { address }, (sheet) => {
      const rect = range ? range.target().rect : parseAddress(address!).rect;
      sheet.frozen = fullAddress(sheet, rect);
    });
  }

  freezeRows(count?: number): void {
    this.call("freezeRows", { count }, (sheet) => {
      sheet.frozen = `rows:${count ?? 1}`;
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges.

const SHAPE_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

function checkShape(data: unknown, rect: Rect, location: string): asserts data is unknown[][] {
  const ok = Array.isArray(data) && data.length === rectRows(rect) && data.every((row) => Array.isArray(row) && row.length === rectCols(rect));
  if (!ok) throw officeError("InvalidArgument", location, SHAPE_MESSAGE);
}

function checkScalar(v: unknown, location: string): asserts v is Scalar | null {
  if (v === null) return;
  if (typeof v === "string") {
    if (v.length > MAX_CELL_CHARS) throw officeError("InvalidArgument", location, `text longer than ${MAX_CELL_CHARS} characters`);
    return;
  }
  if (typeof v === "number" && Number.isFinite(v)) return;
  if (typeof v === "boolean") return;
  throw officeError("InvalidArgument", location, `cell value ${String(v)}`);
}

/** Range.values parses strings as en-US, whatever the user's settings (numberParsing.ts); a Text cell keeps them. */
function storeIntoCell(cell: CellState, input: Scalar, date1904 = false): void {
  const stored = storeInput(input, { culture: "en-US", date1904, textFormat: cell.numberFormat === "@" });
  cell.value = stored.value;
  if (stored.formula !== undefined) cell.formula = stored.formula;
  else delete cell.formula;
  if (stored.quotePrefix) cell.quotePrefix = true;
  else delete cell.quotePrefix;
  if (stored.autoFormat && cell.numberFormat === "General") cell.numberFormat = stored.autoFormat;
}

function clearCellContents(cell: CellState): void {
  cell.value = "";
  delete cell.formula;
  delete cell.quotePrefix;
}

function clearCellFormats(cell: CellState): void {
  const blank = emptyCell();
  cell.numberFormat = blank.numberFormat;
  cell.locked = blank.locked;
  delete cell.fill;
  delete cell.bold;
  delete cell.italic;
  delete cell.fontColor;
  delete cell.wrapText;
  delete cell.verticalAlignment;
  delete cell.horizontalAlignment;
}

export class FakeRange
  extends FakeObject<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "values"
      | "formulas"
      | "numberFormat"
      | "select"
      | "clear"
      | "getColumn"
      | "getRow"
      | "getResizedRange"
      | "getIntersectionOrNullObject"
      | "getSpecialCellsOrNullObject"
    >
{
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private cfProxy: FakeConditionalFormatCollection | undefined;

  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, "Range", resolver, { announce: true });
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(data: unknown[][]) {
    this.assign("values", data, (t, exec) => this.writeContent("values", t, data, exec));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(data: unknown[][]) {
    this.assign("formulas", data, (t, exec) => this.writeContent("formulas", t, data, exec));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.assign("numberFormat", data, ({ sheet, rect }) => {
      checkShape(data, rect, "Range.numberFormat");
      guard(sheet, rect, "format", "Range.numberFormat");
      data.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return;
          if (typeof v !== "string") throw officeError("InvalidArgument", "Range.numberFormat", `format ${String(v)}`);
          cellFor(sheet, rect.r0 + i, rect.c0 + j).numberFormat = v === "" ? "General" : v;
        }),
      );
    });
  }

  private writeContent(kind: "values" | "formulas", { sheet, rect }: RangeTarget, data: unknown, exec: Execution): void {
    const location = `Range.${kind}`;
    checkShape(data, rect, location);
    for (const row of data) for (const v of row) checkScalar(v, location);
    guard(sheet, rect, "content", location);
    const change = contentChange(this.context, sheet, rect);
    const rows = visibleRows(world(this.context).state, sheet, rect); // a filter misplaces the rows (filters.ts)
    data.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = rows ? rows[i] : rect.r0 + i;
        if (v === null || r === undefined) return; // null leaves the cell as it is
        storeIntoCell(cellFor(sheet, r, rect.c0 + j), v as Scalar, world(this.context).state.date1904);
      }),
    );
    exec.changes.push(change);
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, this));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cfProxy ??= new FakeConditionalFormatCollection(this.context, this));
  }

  private worksheetProxy: FakeWorksheet | undefined;

  get worksheet(): FakeWorksheet {
    return (this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.target().sheet, false));
  }

  private derived(method: string, rectOf: (t: RangeTarget) => Rect): Excel.Range {
    return new FakeRange(this.context, () => {
      const t = this.target();
      const rect = rectOf(t);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 < rect.r0 || rect.c1 < rect.c0 || rect.r1 >= 1_048_576 || rect.c1 >= 16_384) {
        throw officeError("InvalidArgument", `Range.${method}`);
      }
      return { sheet: t.sheet, rect };
    }) as unknown as Excel.Range;
  }

  /** Column `column` (0-based) of the range. */
  getColumn(column: number): Excel.Range {
    return this.derived("getColumn", ({ rect }) => {
      if (column < 0 || column >= rectCols(rect)) throw officeError("InvalidArgument", "Range.getColumn");
      return { ...rect, c0: rect.c0 + column, c1: rect.c0 + column };
    });
  }

  /** Row `row` (0-based) of the range. */
  getRow(row: number): Excel.Range {
    return this.derived("getRow", ({ rect }) => {
      if (row < 0 || row >= rectRows(rect)) throw officeError("InvalidArgument", "Range.getRow");
      return { ...rect, r0: rect.r0 + row, r1: rect.r0 + row };
    });
  }

  /** The range moved by rows and columns, same size. */
  getOffsetRange(rowOffset: number, columnOffset: number): Excel.Range {
    return this.derived("getOffsetRange", ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      c0: rect.c0 + columnOffset,
      r1: rect.r1 + rowOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  /** The range grown (or shrunk) from its top-left corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): Excel.Range {
    return this.derived("getResizedRange", ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }

  /** The overlap with another range, or a null object when they do not overlap. */
  getIntersectionOrNullObject(anotherRange: Excel.Range | string): Excel.Range {
    const other = typeof anotherRange === "string" ? undefined : (anotherRange as unknown as FakeRange);
    return new FakeRange(this.context, () => {
      const t = this.target();
      const o: RangeTarget = other ? other.target() : { sheet: t.sheet, rect: parseAddress(anotherRange as string).rect };
      if (o.sheet !== t.sheet) throw officeError("InvalidArgument", "Range.getIntersectionOrNullObject", "ranges on different sheets");
      const hit = intersect(t.rect, o.rect);
      return hit ? { sheet: t.sheet, rect: hit } : null;
    }) as unknown as Excel.Range;
  }

  /**
   * The cells of the range that hold formulas, as a RangeAreas (a null object when there are none).
   * Only cellType "Formulas" with every value type is modelled. ExcelApi 1.9: an older host fails
   * the sync with ApiNotFound, as Excel does for an API it does not have.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | string, cellValueType?: Excel.SpecialCellValueType | string): Excel.RangeAreas {
    if (cellType !== "Formulas") throw notModelled(`getSpecialCells("${cellType}")`);
    if (cellValueType !== undefined && cellValueType !== "All") throw notModelled(`getSpecialCells with value type "${cellValueType}"`);
    this.call("getSpecialCellsOrNullObject", { cellType, cellValueType }, () => {
      if (!world(this.context).isSetSupported("ExcelApi", "1.9")) throw officeError("ApiNotFound", "Range.getSpecialCellsOrNullObject");
    });
    return new FakeRangeAreas(this.context, () => {
      const { sheet, rect } = this.target();
      const rects = formulaAreas(sheet, rect);
      return rects.length === 0 ? null : { sheet, rects };
    }) as unknown as Excel.RangeAreas;
  }

  /** ExcelApi 1.9; the fill colour only (cellProperties.ts). */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<FillProperties[][]> {
    const { result, run } = queueCellProperties(options, (name, version) => world(this.context).isSetSupported(name, version));
    this.call("getCellProperties", options, (target, exec) => run(target, exec));
    return result;
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks"): void {
    const what = applyTo ?? "All";
    this.call("clear", { applyTo: what }, ({ sheet, rect }, exec) => {
      if (what !== "All" && what !== "Formats" && what !== "Contents") throw notModelled(`Range.clear("${what}")`);
      if (what !== "Formats") guard(sheet, rect, "content", "Range.clear");
      if (what !== "Contents") guard(sheet, rect, "format", "Range.clear");
      const change = contentChange(this.context, sheet, rect);
      const reached = reachedRows(world(this.context).state, sheet, rect);
      forEachCell(rect, (r, c) => {
        if (reached && !reached.has(r)) return;
        const cell = sheet.cells.get(r * 16_384 + c);
        if (!cell) return;
        if (what !== "Formats") clearCellContents(cell);
        if (what !== "Contents") clearCellFormats(cell);
      });
      if (what !== "Formats") exec.changes.push(change);
    });
  }

  /**
   * Deletes the cells and shifts the cells below up (only "Up" is modelled, and not where a table
   * sits at or below the block). Not kept for undo: the user's undo stack is cleared.
   */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    this.call("delete", { shift }, ({ sheet, rect }, exec) => {
      if (shift !== "Up") throw notModelled(`Range.delete("${shift}")`);
      guard(sheet, rect, "structure", "Range.delete");
      const tables = world(this.context).state.tables.filter((t) => t.sheet === sheet && t.rect.r1 >= rect.r0 && t.rect.c1 >= rect.c0 && t.rect.c0 <= rect.c1);
      if (tables.length > 0) throw notModelled("Range.delete over or above a table");
      const height = rectRows(rect);
      const bottom = Math.max(rect.r1, ...[...sheet.cells.keys()].map((k) => Math.floor(k / 16_384)));
      for (let r = rect.r0; r <= bottom; r++) {
        for (let c = rect.c0; c <= rect.c1; c++) {
          const below = sheet.cells.get((r + height) * 16_384 + c);
          if (below) sheet.cells.set(r * 16_384 + c, below);
          else sheet.cells.delete(r * 16_384 + c);
        }
      }
      exec.clearsUndo = true;
    });
  }

  select(): void {
    this.call("select", undefined, ({ sheet, rect }) => {
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", "Range.select", "the sheet is hidden");
      const state = world(this.context).state;
      state.activeSheetId = sheet.id;
      state.selection = { sheetId: sheet.id, rect };
    });
  }

  protected override snapshot(name: string, { sheet, rect }: RangeTarget): unknown {
    const grid = (fn: (cell: CellState) => unknown): unknown[][] => {
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(readCell(sheet, r, c)));
        out.push(row);
      }
      return out;
    };
    switch (name) {
      case "address":
        return fullAddress(sheet, rect);
      case "rowIndex":
        return rect.r0;
      case "columnIndex":
        return rect.c0;
      case "rowCount":
        return rectRows(rect);
      case "columnCount":
        return rectCols(rect);
      case "values":
        return grid((c) => c.value);
      case "formulas":
        return grid(formulaOf);
      case "numberFormat":
        return grid((c) => c.numberFormat);
      default:
        return super.snapshot(name, { sheet, rect });
    }
  }
}

/**
 * Formula cells of a block as rectangles: runs of formula cells along each row, merged with the
 * same run on the rows below. Excel may cut the areas differently; readers must accept any cut.
 */
function formulaAreas(sheet: SheetState, rect: Rect): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const runs: [number, number][] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      if (readCell(sheet, r, c).formula === undefined) continue;
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Rect>();
    for (const [c0, c1] of runs) {
      const key = `${c0}:${c1}`;
      const above = open.get(key);
      next.set(key, above ? { ...above, r1: r } : { r0: r, c0, r1: r, c1 });
      open.delete(key);
    }
    done.push(...open.values());
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

/** What getSpecialCells returns: rectangles on one sheet. Address, area and cell counts can be loaded. */
export class FakeRangeAreas extends FakeObject<{ readonly sheet: SheetState; readonly rects: readonly Rect[] }> {
  constructor(context: FakeContext, resolver: () => { sheet: SheetState; rects: Rect[] } | null) {
    super(context, "RangeAreas", resolver, { announce: true });
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  protected override snapshot(name: string, t: { sheet: SheetState; rects: readonly Rect[] }): unknown {
    switch (name) {
      // "Sheet1!A1:B4, Sheet1!D1:D4", as in the API reference's example.
      case "address":
        return t.rects.map((r) => fullAddress(t.sheet, r)).join(", ");
      case "areaCount":
        return t.rects.length;
      case "cellCount":
        return t.rects.reduce((n, r) => n + rectRows(r) * rectCols(r), 0);
      default:
        return super.snapshot(name, t);
    }
  }
}

/** Range-wide format setters apply one value to every cell of the range. */
abstract class RangePart<T> extends FakeObject<RangeTarget> {
  protected constructor(
    context: FakeContext,
    typeName: string,
    protected readonly range: FakeRange,
  ) {
    super(context, typeName, () => range.resolveOrNull());
  }

  protected setEach(name: string, value: T, kind: WriteKind, apply: (cell: CellState) => void): void {
    this.assign(name, value, ({ sheet, rect }) => {
      guard(sheet, rect, kind, `${this.typeName}.${name}`);
      const reached = reachedRows(world(this.context).state, sheet, rect);
      forEachCell(rect, (r, c) => (!reached || reached.has(r) ? apply(cellFor(sheet, r, c)) : undefined));
    });
  }
}

export class FakeRangeFormat
  extends RangePart<unknown>
  implements Pick<Excel.RangeFormat, "wrapText" | "verticalAlignment" | "horizontalAlignment" | "columnWidth">
{
  private fillProxy: FakeRangeFill | undefined;
  private fontProxy: FakeRangeFont | undefined;
  private protectionProxy: FakeFormatProtection | undefined;

  constructor(context: FakeContext, range: FakeRange) {
    super(context, "RangeFormat", range);
  }

  // Created on first use, as office.js does: each one is an object path in the request.
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.range));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.range));
  }
  get protection(): FakeFormatProtection {
    return (this.protectionProxy ??= new FakeFormatProtection(this.context, this.range));
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.setEach("wrapText", value, "format", (cell) => (cell.wrapText = value));
  }

  get verticalAlignment(): Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed" {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: Excel.VerticalAlignment | "Center" | "Bottom" | "Top" | "Justify" | "Distributed") {
    this.setEach("verticalAlignment", value, "format", (cell) => (cell.verticalAlignment = value));
  }

  get horizontalAlignment():
    Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed" {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(
    value: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed",
  ) {
    this.setEach("horizontalAlignment", value, "format", (cell) => (cell.horizontalAlignment = value));
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    this.assign("columnWidth", value, ({ sheet, rect }) => {
      if (!(value >= 0)) throw officeError("InvalidArgument", "RangeFormat.columnWidth");
      guard(sheet, rect, "columns", "RangeFormat.columnWidth");
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, value);
    });
  }
}

export class FakeRangeFill extends RangePart<string> implements Pick<Excel.RangeFill, "color" | "clear"> {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, "RangeFill", range);
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setEach("color", value, "format", (cell) => (cell.fill = normaliseColor(value)));
  }

  clear(): void {
    this.call("clear", undefined, ({ sheet, rect }) => {
      guard(sheet, rect, "format", "RangeFill.clear");
      const reached = reachedRows(world(this.context).state, sheet, rect);
      forEachCell(rect, (r, c) => {
        if (reached && !reached.has(r)) return;
        const cell = sheet.cells.get(r * 16_384 + c);
        if (cell) delete cell.fill;
      });
    });
  }

  protected override snapshot(name: string, { sheet, rect }: RangeTarget): unknown {
    if (name !== "color") return super.snapshot(name, { sheet, rect });
    // Excel reports null when the cells of the range differ.
    const colours = new Set<string>();
    forEachCell(rect, (r, c) => colours.add(readCell(sheet, r, c).fill ?? "#FFFFFF"));
    return colours.size === 1 ? [...colours][0] : null;
  }
}

export class FakeRangeFont extends RangePart<unknown> implements Pick<Excel.RangeFont, "bold" | "italic" | "color"> {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, "RangeFont", range);
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(value: boolean) {
    this.setEach("bold", value, "format", (cell) => (cell.bold = value));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(value: boolean) {
    this.setEach("italic", value, "format", (cell) => (cell.italic = value));
  }
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.setEach("color", value, "format", (cell) => (cell.fontColor = normaliseColor(value)));
  }
}

export class FakeFormatProtection extends RangePart<boolean> implements Pick<Excel.FormatProtection, "locked"> {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, "FormatProtection", range);
  }

  get locked(): boolean {
    return this.read("locked");
  }
  set locked(value: boolean) {
    this.assign("locked", value, ({ sheet, rect }) => {
      // Changing locks is refused on a protected sheet, whatever the options.
      if (sheet.protection.protected) throw officeError("AccessDenied", "FormatProtection.locked", `sheet "${sheet.name}" is protected`);
      forEachCell(rect, (r, c) => (cellFor(sheet, r, c).locked = value));
    });
  }

  protected override snapshot(name: string, { sheet, rect }: RangeTarget): unknown {
    if (name !== "locked") return super.snapshot(name, { sheet, rect });
    const states = new Set<boolean>();
    forEachCell(rect, (r, c) => states.add(readCell(sheet, r, c).locked));
    return states.size === 1 ? [...states][0] : null;
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation.

const OPERATORS = new Set(["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"]);
const RULE_KINDS = ["list", "decimal", "wholeNumber", "date", "time", "textLength", "custom"] as const;

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = RULE_KINDS.filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1) throw officeError("InvalidArgument", "DataValidation.rule", "exactly one kind of rule");
  const kind = kinds[0]!;
  if (kind === "list") {
    const source = rule.list!.source;
    if (typeof source !== "string" || source.length === 0 || source.length > 255)
      throw officeError("InvalidArgument", "DataValidation.rule", "list source must be 1-255 characters");
    return;
  }
  if (kind === "custom") throw notModelled("custom data validation");
  const basic = rule[kind] as Excel.BasicDataValidation | Excel.DateTimeDataValidation;
  if (!OPERATORS.has(String(basic.operator))) throw officeError("InvalidArgument", "DataValidation.rule", `operator ${String(basic.operator)}`);
  if (basic.formula1 === undefined || basic.formula1 === null) throw officeError("InvalidArgument", "DataValidation.rule", "formula1");
  const ternary = basic.operator === "Between" || basic.operator === "NotBetween";
  if (ternary && (basic.formula2 === undefined || basic.formula2 === null)) throw officeError("InvalidArgument", "DataValidation.rule", "formula2");
}

export class FakeDataValidation extends RangePart<unknown> implements Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear"> {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, "DataValidation", range);
  }

  clear(): void {
    this.call("clear", undefined, ({ sheet, rect }) => {
      guard(sheet, rect, "structure", "DataValidation.clear");
      forEachCell(rect, (r, c) => {
        const cell = sheet.cells.get(r * 16_384 + c);
        if (cell) delete cell.validation;
      });
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.assign("rule", rule, ({ sheet, rect }) => {
      guard(sheet, rect, "structure", "DataValidation.rule");
      checkRule(rule);
      forEachCell(rect, (r, c) => {
        if (readCell(sheet, r, c).validation)
          throw officeError("InvalidOperation", "DataValidation.rule", "the range already has validation: clear() it first");
      });
      const shared: ValidationState = { rule: structuredClone(rule) };
      forEachCell(rect, (r, c) => (cellFor(sheet, r, c).validation = shared));
    });
  }

  private eachValidation(name: string, apply: (v: ValidationState) => void): (t: RangeTarget) => void {
    return ({ sheet, rect }) => {
      guard(sheet, rect, "structure", `DataValidation.${name}`);
      const seen = new Set<ValidationState>();
      forEachCell(rect, (r, c) => {
        const v = readCell(sheet, r, c).validation;
        if (!v) throw officeError("InvalidOperation", `DataValidation.${name}`, "no rule on the range");
        if (!seen.has(v)) {
          seen.add(v);
          apply(v);
        }
      });
    };
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.assign("prompt", prompt, (t) => {
      if ((prompt.title ?? "").length > 32 || (prompt.message ?? "").length > 255)
        throw officeError("InvalidArgument", "DataValidation.prompt", "title ≤ 32, message ≤ 255 characters");
      this.eachValidation("prompt", (v) => (v.prompt = { ...prompt }))(t);
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.assign("errorAlert", alert, (t) => {
      if ((alert.title ?? "").length > 32 || (alert.message ?? "").length > 225)
        throw officeError("InvalidArgument", "DataValidation.errorAlert", "title ≤ 32, message ≤ 225 characters");
      this.eachValidation("errorAlert", (v) => (v.errorAlert = { ...alert }))(t);
    });
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.assign("ignoreBlanks", value, (t) => this.eachValidation("ignoreBlanks", (v) => (v.ignoreBlanks = value))(t));
  }
}

// ---------------------------------------------------------------------------------------------
// Conditional formats.

export class FakeConditionalFormatCollection extends RangePart<unknown> implements Pick<Excel.ConditionalFormatCollection, "clearAll"> {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, "ConditionalFormatCollection", range);
  }

  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    let created: ConditionalFormatState | undefined;
    const id = world(this.context).nextId("cf");
    this.call("add", { type }, ({ sheet, rect }) => {
      if (type !== "Custom" && type !== "DataBar") throw notModelled(`conditional format type ${type}`);
      guard(sheet, rect, "structure", "ConditionalFormatCollection.add");
      created = {
        id,
        rect,
        type,
        ...(type === "DataBar" ? { dataBar: {} } : {}),
      };
      sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormat(this.context, () => {
      if (!created) throw notModelled("using a conditional format whose add() failed");
      return created;
    }) as unknown as Excel.ConditionalFormat;
  }

  /** Removes every conditional format that touches the range (Excel would trim partial overlaps instead). */
  clearAll(): void {
    this.call("clearAll", undefined, ({ sheet, rect }) => {
      guard(sheet, rect, "structure", "ConditionalFormatCollection.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersect(cf.rect, rect));
    });
  }
}

class FakeConditionalFormat extends FakeObject<ConditionalFormatState> {
  constructor(context: FakeContext, resolver: () => ConditionalFormatState) {
    super(context, "ConditionalFormat", resolver);
  }

  get custom(): unknown {
    const setter = (what: string, apply: (s: ConditionalFormatState) => void): void =>
      this.context.enqueue(`CustomConditionalFormat.${what}`, what, () => {
        const s = this.target();
        if (s.type !== "Custom") throw officeError("InvalidOperation", "ConditionalFormat.custom", "not a custom format");
        apply(s);
      });
    return {
      rule: {
        set formula(value: string) {
          setter("rule.formula", (s) => {
            if (typeof value !== "string" || !value.startsWith("="))
              throw officeError("InvalidArgument", "ConditionalFormatRule.formula", "a formula starting with =");
            s.formula = value;
          });
        },
      },
      format: {
        fill: {
          set color(value: string) {
            setter("format.fill.color", (s) => (s.fill = normaliseColor(value)));
          },
        },
        font: {
          set color(value: string) {
            setter("format.font.color", (s) => (s.fontColor = normaliseColor(value)));
          },
        },
      },
    };
  }

  get dataBar(): unknown {
    const setter = (what: string, apply: (bar: NonNullable<ConditionalFormatState["dataBar"]>) => void): void =>
      this.context.enqueue(`DataBarConditionalFormat.${what}`, what, () => {
        const s = this.target();
        if (!s.dataBar) throw officeError("InvalidOperation", "ConditionalFormat.dataBar", "not a data bar");
        apply(s.dataBar);
      });
    return {
      set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
        setter("lowerBoundRule", (bar) => (bar.lower = { ...rule }));
      },
      set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
        setter("upperBoundRule", (bar) => (bar.upper = { ...rule }));
      },
      positiveFormat: {
        set fillColor(value: string) {
          setter("positiveFormat.fillColor", (bar) => (bar.fillColor = normaliseColor(value)));
        },
        set gradientFill(value: boolean) {
          setter("positiveFormat.gradientFill", (bar) => (bar.gradientFill = value));
        },
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Tables.

function nameTaken(state: WorkbookState, name: string, except?: TableState): boolean {
  const upper = name.toUpperCase();
  return state.tables.some((t) => t !== except && t.name.toUpperCase() === upper) || state.names.has(upper);
}

function checkDefinedName(name: string, location: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255) {
    throw officeError("InvalidArgument", location, `name "${name}"`);
  }
}

export function tableBody(t: TableState): Rect {
  return { ...t.rect, r0: t.rect.r0 + 1 };
}

export class FakeTableCollection extends FakeObject<WorkbookState> {
  private loadedItems: FakeTable[] | undefined;
  private readonly itemCache = new Map<TableState, FakeTable>();

  /** `sheet` is set for worksheet.tables; undefined for workbook.tables. */
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet | undefined,
  ) {
    super(context, "TableCollection", () => world(context).state);
  }

  private find(key: string): TableState | undefined {
    const state = world(this.context).state;
    const own = this.sheet ? state.tables.filter((t) => t.sheet === this.sheet!.target()) : state.tables;
    return own.find((t) => t.id === key) ?? own.find((t) => t.name.toUpperCase() === key.toUpperCase());
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, () => {
      const t = this.find(key);
      if (!t) throw officeError("ItemNotFound", "TableCollection.getItem", key);
      return t;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, () => this.find(key) ?? null);
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    const w = world(this.context);
    const rangeProxy = typeof address === "string" ? undefined : (address as unknown as FakeRange);
    this.call(
      "add",
      {
        address: typeof address === "string" ? address : "(range)",
        hasHeaders,
      },
      (state, exec) => {
        let target: RangeTarget;
        if (rangeProxy) target = rangeProxy.target();
        else {
          const parsed = parseAddress(address as string);
          const sheet = this.sheet ? this.sheet.target() : parsed.sheet !== undefined ? findSheet(state, parsed.sheet) : undefined;
          if (!sheet) throw officeError("InvalidArgument", "TableCollection.add", "workbook.tables.add needs a sheet-qualified address");
          target = { sheet, rect: parsed.rect };
        }
        const { sheet } = target;
        let rect = target.rect;
        if (this.sheet && this.sheet.target() !== sheet) throw officeError("InvalidArgument", "TableCollection.add", "range on another sheet");
        guard(sheet, rect, "structure", "TableCollection.add");
        if (hasHeaders && rect.r0 === rect.r1) rect = { ...rect, r1: rect.r1 + 1 }; // a table always has a body row
        if (state.tables.some((t) => t.sheet === sheet && intersect(t.rect, rect)))
          throw officeError("InvalidOperation", "TableCollection.add", "overlaps a table");
        // Headers: Excel makes them unique, non-empty text (Column1, Status2 …).
        const seen = new Set<string>();
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = cellFor(sheet, rect.r0, c);
          let header = hasHeaders ? String(cell.value).trim() : "";
          if (!header) header = `Column${c - rect.c0 + 1}`;
          let unique = header;
          for (let n = 2; seen.has(unique.toUpperCase()); n++) unique = `${header}${n}`;
          seen.add(unique.toUpperCase());
          if (!hasHeaders || unique !== cell.value) {
            cell.value = unique;
            delete cell.formula;
          }
        }
        if (!hasHeaders) throw notModelled("tables.add(range, false) (Excel inserts a header row above)");
        let n = state.tables.length + 1;
        while (nameTaken(state, `Table${n}`)) n++;
        created = {
          id: w.nextId("table"),
          name: `Table${n}`,
          sheet,
          rect,
          style: "TableStyleMedium2",
          showBandedRows: true,
          showFilterButton: true,
          handlers: new Set(),
        };
        state.tables.push(created);
        exec.changes.push({ sheet, rect, eventsEnabled: w.eventsEnabled });
      },
    );
    return new FakeTable(this.context, () => {
      if (!created) throw notModelled("using a table whose add() failed");
      return created;
    });
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw officeError("PropertyNotLoaded", "TableCollection.items", "items");
    return this.loadedItems;
  }

  override loadPath(path: string, exec: Execution): void {
    const m = /^items\/(.+)$/.exec(path);
    if (!m) throw notModelled(`load path "${path}" on TableCollection (use items/<property>)`);
    const state = world(this.context).state;
    const own = this.sheet ? state.tables.filter((t) => t.sheet === this.sheet!.target()) : [...state.tables];
    const proxies = itemProxies(this.itemCache, own, (t) => new FakeTable(this.context, () => t, false));
    for (const p of proxies) p.loadPath(m[1]!, exec);
    exec.commits.push(() => (this.loadedItems = proxies));
  }
}

export class FakeTable extends FakeObject<TableState> implements Pick<Excel.Table, "name" | "id" | "style" | "showBandedRows" | "showFilterButton" | "delete"> {
  private handlersProxy: FakeTableEvents | undefined;

  constructor(context: FakeContext, resolver: () => TableState | null, announce = true) {
    super(context, "Table", resolver, { announce });
  }

  override target(): TableState {
    const t = super.target();
    if (!world(this.context).state.tables.includes(t)) throw officeError("ItemNotFound", "Table", "the table was deleted");
    return t;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.assign("name", value, (t) => {
      guardTableDesign(t, "Table.name");
      checkDefinedName(value, "Table.name");
      if (nameTaken(world(this.context).state, value, t)) throw officeError("InvalidArgument", "Table.name", `name "${value}" is taken`);
      t.name = value;
    });
  }

  get id(): string {
    return this.read("id");
  }

  /** Shows every row a filter hid (ExcelApi 1.2; filters.ts). */
  clearFilters(): void {
    this.call("clearFilters", undefined, (t) => clearTableFilters(t));
  }

  private autoFilterProxy: FakeAutoFilter | undefined;

  /** ExcelApi 1.9 (filters.ts). */
  get autoFilter(): FakeAutoFilter {
    const w = world(this.context);
    return (this.autoFilterProxy ??= new FakeAutoFilter(this.context, () => this.target(), (name, version) => w.isSetSupported(name, version)));
  }

  /** ExcelApi 1.13; refused on a protected sheet (tableDesign.ts). */
  resize(newRange: Excel.Range | string): void {
    const proxy = typeof newRange === "string" ? undefined : (newRange as unknown as FakeRange);
    this.call("resize", { newRange: typeof newRange === "string" ? newRange : "(range)" }, (t) => {
      if (!world(this.context).isSetSupported("ExcelApi", "1.13")) throw officeError("ApiNotFound", "Table.resize");
      resizeTable(world(this.context).state, t, proxy ? proxy.target().rect : parseAddress(newRange as string).rect);
    });
  }

  get columns(): { add(index?: number, values?: unknown, name?: string): void } {
    return {
      add: (index, values, name) => {
        if (values !== undefined) throw notModelled("TableColumnCollection.add with values");
        this.call("columns.add", { index, name }, (t) => addTableColumn(t, index ?? undefined, name));
      },
    };
  }

  get style(): string {
    return this.read("style");
  }
  set style(value: string) {
    this.assign("style", value, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(value)) throw officeError("InvalidArgument", "Table.style", value);
      t.style = value;
    });
  }

  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(value: boolean) {
    this.assign("showBandedRows", value, (t) => (t.showBandedRows = value));
  }

  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.assign("showFilterButton", value, (t) => (t.showFilterButton = value));
  }

  private worksheetProxy: FakeWorksheet | undefined;

  /** A navigation property: the same proxy every time, so what a load put on it can be read. */
  get worksheet(): FakeWorksheet {
    return (this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.target().sheet, false));
  }

  getRange(): Excel.Range {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: t.rect };
    }) as unknown as Excel.Range;
  }

  getHeaderRowRange(): Excel.Range {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { ...t.rect, r1: t.rect.r0 } };
    }) as unknown as Excel.Range;
  }

  getDataBodyRange(): Excel.Range {
    return new FakeRange(this.context, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: tableBody(t) };
    }) as unknown as Excel.Range;
  }

  /** Excel's ListObject.Delete: the table goes, and so does the data in its cells. */
  delete(): void {
    this.call("delete", undefined, (t, exec) => {
      guard(t.sheet, t.rect, "structure", "Table.delete");
      const state = world(this.context).state;
      state.tables.splice(state.tables.indexOf(t), 1);
      forEachCell(t.rect, (r, c) => {
        const cell = t.sheet.cells.get(r * 16_384 + c);
        if (cell) clearCellContents(cell);
      });
      exec.changes.push({
        sheet: t.sheet,
        rect: t.rect,
        eventsEnabled: world(this.context).eventsEnabled,
      });
    });
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  get onChanged(): OfficeExtension.EventHandlers<Excel.TableChangedEventArgs> {
    return (this.handlersProxy ??= new FakeTableEvents(this)) as unknown as OfficeExtension.EventHandlers<Excel.TableChangedEventArgs>;
  }

  protected override snapshot(name: string, t: TableState): unknown {
    switch (name) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "style":
        return t.style;
      case "showBandedRows":
        return t.showBandedRows;
      case "showFilterButton":
        return t.showFilterButton;
      default:
        return super.snapshot(name, t);
    }
  }
}

class FakeTableEvents {
  constructor(private readonly table: FakeTable) {}

  add(handler: TableHandler): OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> {
    const table = this.table;
    table.context.enqueue("Table.onChanged.add", "onChanged.add", () => table.target().handlers.add(handler));
    return {
      context: table.context as unknown as OfficeExtension.ClientRequestContext,
      remove(): void {
        table.context.enqueue("Table.onChanged.remove", "onChanged.remove", () => {
          table.target().handlers.delete(handler);
        });
      },
    };
  }

  remove(handler: TableHandler): void {
    this.table.context.enqueue("Table.onChanged.remove", "onChanged.remove", () => {
      this.table.target().handlers.delete(handler);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Defined names.

export class FakeNamedItemCollection extends FakeObject<WorkbookState> {
  private loadedItems: FakeNamedItem[] | undefined;
  private readonly itemCache = new Map<NameState, FakeNamedItem>();

  constructor(context: FakeContext) {
    super(context, "NamedItemCollection", () => world(context).state);
  }

  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    let created: NameState | undefined;
    const rangeProxy = typeof reference === "string" ? undefined : (reference as unknown as FakeRange);
    this.call(
      "add",
      {
        name,
        reference: typeof reference === "string" ? reference : "(range)",
        comment,
      },
      (state) => {
        checkDefinedName(name, "NamedItemCollection.add");
        if (state.names.has(name.toUpperCase()) || state.tables.some((t) => t.name.toUpperCase() === name.toUpperCase())) {
          throw officeError("ItemAlreadyExists", "NamedItemCollection.add", name);
        }
        let target: RangeTarget;
        if (rangeProxy) target = rangeProxy.target();
        else {
          const parsed = parseAddress((reference as string).replace(/^=/, ""));
          const sheet = parsed.sheet !== undefined ? findSheet(state, parsed.sheet) : undefined;
          if (!sheet) throw officeError("InvalidArgument", "NamedItemCollection.add", `reference ${String(reference)}`);
          target = { sheet, rect: parsed.rect };
        }
        created = {
          name,
          sheet: target.sheet,
          rect: target.rect,
          ...(comment ? { comment } : {}),
        };
        state.names.set(name.toUpperCase(), created);
      },
    );
    return new FakeNamedItem(this.context, () => {
      if (!created) throw notModelled("using a name whose add() failed");
      return created;
    });
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = world(this.context).state.names.get(name.toUpperCase());
      if (!found) throw officeError("ItemNotFound", "NamedItemCollection.getItem", name);
      return found;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => world(this.context).state.names.get(name.toUpperCase()) ?? null);
  }

  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw officeError("PropertyNotLoaded", "NamedItemCollection.items", "items");
    return this.loadedItems;
  }

  override loadPath(path: string, exec: Execution): void {
    const m = /^items\/(.+)$/.exec(path);
    if (!m) throw notModelled(`load path "${path}" on NamedItemCollection (use items/<property>)`);
    const proxies = itemProxies(this.itemCache, [...world(this.context).state.names.values()], (n) => new FakeNamedItem(this.context, () => n, false));
    for (const p of proxies) p.loadPath(m[1]!, exec);
    exec.commits.push(() => (this.loadedItems = proxies));
  }
}

export class FakeNamedItem extends FakeObject<NameState> implements Pick<Excel.NamedItem, "name" | "formula" | "delete"> {
  constructor(context: FakeContext, resolver: () => NameState | null, announce = true) {
    super(context, "NamedItem", resolver, { announce });
  }

  get name(): string {
    return this.read("name");
  }

  get formula(): unknown {
    return this.read("formula");
  }

  getRange(): Excel.Range {
    return new FakeRange(this.context, () => {
      const n = this.target();
      return { sheet: n.sheet, rect: n.rect };
    }) as unknown as Excel.Range;
  }

  delete(): void {
    this.call("delete", undefined, (n) => {
      world(this.context).state.names.delete(n.name.toUpperCase());
    });
  }

  protected override snapshot(name: string, n: NameState): unknown {
    if (name === "name") return n.name;
    if (name === "formula") {
      const abs = (r: number, c: number): string => `$${colLetters(c)}$${r + 1}`;
      const cells =
        n.rect.r0 === n.rect.r1 && n.rect.c0 === n.rect.c1 ? abs(n.rect.r0, n.rect.c0) : `${abs(n.rect.r0, n.rect.c0)}:${abs(n.rect.r1, n.rect.c1)}`;
      return `=${sheetPrefix(n.sheet.name)}${cells}`;
    }
    return super.snapshot(name, n);
  }
}


