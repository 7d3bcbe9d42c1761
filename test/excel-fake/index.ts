/**
 * A strict Excel for tests, typed against @types/office-js. It implements only what the gateway
 * uses, and behaves like Excel where that decides whether Office.js code works:
 *
 * - proxies: a scalar property read before it was loaded and synced throws PropertyNotLoaded (a
 *   value the code set itself reads back, as in Office.js); collection `items` likewise;
 * - writes are queued and applied at sync, in order; a failing command stops the batch, earlier
 *   commands stay applied, loads of a failed batch are not delivered;
 * - values / formulas / numberFormat must be 2-D arrays of the range's shape (InvalidArgument at
 *   sync); null leaves a cell alone; strings are parsed as Excel parses typed input, as en-US for
 *   Range.values and with the fake's culture for what a user types ("=…" is a formula, "00123" a
 *   number, "Dec 2025" a date, "'x" text; a Text-formatted cell keeps text: numberParsing.ts);
 *   cells hold at most 32,767 characters; serials follow the workbook's 1900 or 1904 date system;
 * - each sync is one request, sized as office.js serializes it (object paths and actions:
 *   requestSize.ts, checked against office.js itself); on Excel on the web (the default platform)
 *   a request over 5 MB fails with RequestPayloadSizeLimitExceeded (nothing applied) and a
 *   response over 5 MB with ResponsePayloadSizeLimitExceeded; other platforms have no such limit;
 * - every command run is logged, writes are counted, and a test can make the n-th command fail;
 * - a mergeUndoGroup run (ExcelApi 1.20) fails with UndoNotSupported at an API without undo
 *   support, such as protect or unprotect (undo.ts);
 * - a filter the user applies to a table hides rows, and writes over several rows then reach the
 *   visible ones only, values misplaced (office-js #224: filters.ts);
 * - getItem of a missing item fails the sync with ItemNotFound even if unused; *OrNullObject gives
 *   isNullObject (readable only after a sync); acting on a null object is not modelled (fails);
 * - APIs of a requirement set newer than the host's (getSpecialCellsOrNullObject, ExcelApi 1.9) fail
 *   the sync with ApiNotFound;
 * - protection: writing to a range that touches a locked cell of a protected sheet, formatting a
 *   protected sheet, adding tables, validation or conditional formats there fail with
 *   AccessDenied; protect() on a protected sheet and unprotect() on an unprotected one fail too;
 * - tables: unique names across tables and defined names, no overlap, headers made unique, a
 *   table always has a body row; names that read as cell references are refused;
 * - events: table.onChanged after a sync or a simulated user edit (source Local or Remote),
 *   delivered asynchronously; none while runtime.enableEvents is false (unless the fake is told
 *   to ignore it); `details` (valueBefore/valueAfter) from ExcelApi 1.9 and for one-cell changes
 *   only; a user's typing is refused on locked cells and by "stop" validation, a paste skips
 *   validation (as Excel does);
 * - undo (changes.ts): the user's edits can be undone, raising the change event again; an add-in's
 *   content write clears the undo stack, or joins it on a host with ExcelUndoApiAll; protect and
 *   unprotect always clear it;
 * - Excel.run syncs what the batch left queued, fails a batch that returns no promise, fails while
 *   the user edits a cell unless delayForCellEdit was asked for; objects of a finished run are dead.
 */
import { Execution, FakeContext, FakeObject, PAYLOAD_LIMIT_BYTES, type Command, type SyncRecord } from "./context";
import { FakeOfficeError, notModelled, officeError } from "./errors";
import { cellsBefore, changeDetails, isSingleCell, putBack, type CellsBefore } from "./changes";
import {
  cellFor,
  cellKey,
  forEachCell,
  intersect,
  parseAddress,
  readCell,
  rectAddress,
  storeInput,
  type CellState,
  type Rect,
  type Scalar,
  type SheetState,
  type TableState,
  type WorkbookState,
} from "./model";
import type { ChartState } from "./charts";
import { FileOut } from "./fileOut";
import { dateSerial, type Culture, type ParseOptions } from "./numberParsing";
import { applyFilter } from "./filters";
import { FakeRuntime, FakeWorkbook, newSheet, type FakeWorld } from "./objects";
import { isReadCommand, refusedInGroup } from "./undo";

export { FakeOfficeError } from "./errors";
export type { ChartState } from "./charts";
export type { OpenedWorkbook, SavedDownload } from "./fileOut";
export type { CellState, ConditionalFormatState, Rect, Scalar, SheetState, TableState, WorkbookState } from "./model";
export { PAYLOAD_LIMIT_BYTES } from "./context";
export type { Culture } from "./numberParsing";

/** Office.context.platform values the fake can be: the 5 MB request and response limits are Excel on the web's. */
export type FakePlatform = "OfficeOnline" | "PC" | "Mac" | "iOS";

export interface ExcelFakeOptions {
  /** Highest ExcelApi requirement set the simulated host supports (default "1.9"). */
  readonly excelApi?: string;
  /** A host that ignores runtime.enableEvents = false (to test the gateway's own guard). */
  readonly honourEnableEvents?: boolean;
  /** Default 5 MB on Excel on the web (the default platform), none elsewhere. */
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
  readonly workbookName?: string;
  /** A host whose undo stack keeps the add-in's writes (ExcelUndoApiAll 1.0); otherwise they clear it. */
  readonly undoesApiWrites?: boolean;
  /**
   * Office.context.platform played: "OfficeOnline" (default: Excel on the web, whose requests and
   * responses are limited to 5 MB), "PC", "Mac", "iOS" (see fileOut.ts); no 5 MB limit off the web.
   */
  readonly platform?: string;
  /** The computer's regional settings, which decide how typed dates are read (default "en-US"). */
  readonly culture?: Culture;
  /** The workbook uses the 1904 date system (Excel → Options → Advanced). */
  readonly date1904?: boolean;
}

export interface FakeStats {
  /** Requests sent to "Excel": context.sync() calls that carried at least one command. */
  syncs: number;
  /** Every context.sync(), including the one Excel.run makes at the end and empty ones. */
  syncCalls: number;
  readonly requests: SyncRecord[];
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Every command the host ran, in order ("Range.values", "RangeFill.color" …). */
  readonly commands: string[];
  /** Commands that changed the workbook (not loads, object look-ups or event registrations). */
  writes: number;
}

export type UserEditResult = { readonly accepted: true } | { readonly accepted: false; readonly reason: "protected" | "validation" };

export interface UserEditOptions {
  readonly source?: "Local" | "Remote";
}

export interface ExcelHostLike {
  readonly run: typeof Excel.run;
  isSetSupported(name: string, version: string): boolean;
  readonly platform?: string;
}

export interface ExcelFake extends ExcelHostLike {
  /** Highest ExcelApi set the simulated host supports; change it to test what older Excel versions get. */
  excelApi: string;
  /** Office.context.platform; change it to test what Excel on Mac or iPad gets. */
  platform: string;
  /** Excel.createWorkbook(base64): what opened is in `opened`. */
  createWorkbook(base64?: string): Promise<void>;
  readonly opened: FileOut["opened"];
  /** The task pane's webview: `download` saves into `downloads`, except on Mac and iPad. */
  readonly webview: Pick<FileOut, "download" | "downloads">;
  readonly state: WorkbookState;
  readonly stats: FakeStats;
  /** Options passed to each Excel.run (undefined when none). */
  readonly runOptions: (Excel.RunOptions | undefined)[];
  /** Errors thrown by event handlers. */
  readonly handlerErrors: unknown[];
  /** While true, a run without delayForCellEdit fails the way Excel does when the user is typing in a cell. */
  cellEditMode: boolean;
  /** Makes the next command whose location matches (e.g. "TableCollection.add") fail with `code`, once. */
  failCommand(location: string, code?: string): void;
  /** Makes the n-th command run from now on (1-based, across requests) fail with `code`, once. */
  failNthCommand(n: number, code?: string): void;
  /** The computer's regional settings: typed dates are read with them (Range.values is always en-US). */
  culture: Culture;
  resetStats(): void;
  /** Waits until every event handler triggered so far (and any they triggered) has finished. */
  settle(): Promise<void>;
  sheet(name: string): SheetState;
  table(name: string): TableState | undefined;
  /** The charts on a sheet (worksheet.charts.add), in the order they were added. */
  charts(sheet: string): readonly ChartState[];
  cell(address: string): CellState;
  values(address: string): Scalar[][];
  readonly seed: {
    sheet(name: string, visibility?: SheetState["visibility"]): SheetState;
    values(address: string, data: readonly (readonly (Scalar | null)[])[]): void;
    formula(address: string, formula: string, cachedValue: Scalar): void;
  };
  readonly user: {
    /** Typing one value into one cell: refused on locked cells of a protected sheet and by "stop" validation. */
    type(address: string, value: Scalar, options?: UserEditOptions): Promise<UserEditResult>;
    /** Pasting a block: refused if it touches a locked cell of a protected sheet; Excel skips validation on paste. */
    paste(address: string, data: readonly (readonly Scalar[])[], options?: UserEditOptions): Promise<UserEditResult>;
    /** Ctrl+Z: takes back the newest step of the undo stack (false when it is empty). */
    undo(): Promise<boolean>;
    /**
     * Sorting a table's body by one of its columns (0-based in the table), whole rows moving with
     * their formats. Refused on a protected sheet: Excel sorts no range with locked cells there,
     * whatever the protection options say.
     */
    sort(table: string, column: number, options?: { readonly descending?: boolean }): Promise<UserEditResult>;
    /** Review → Unprotect Sheet, on a sheet protected without a password. */
    unprotect(sheet: string): void;
    /**
     * Filtering a table on one of its columns (0-based) from its drop-down: body rows whose value
     * fails `keep` are hidden (filters.ts). Refused on a protected sheet that does not allow AutoFilter.
     */
    filter(table: string, column: number, keep: (value: Scalar) => boolean): void;
  };
  /** Steps the user could undo now, newest last. */
  readonly undoDepth: number;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

class FakeHost implements FakeWorld {
  readonly state: WorkbookState;
  eventsEnabled = true;
  /** Each step: the cells to put back, in the order they were changed. */
  readonly undoStack: CellsBefore[][] = [];
  cellEditMode = false;
  readonly stats: FakeStats = {
    syncs: 0,
    syncCalls: 0,
    requests: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    commands: [],
    writes: 0,
  };
  culture: Culture;
  /** Commands left before an injected failure (failNthCommand). */
  failCountdown: { left: number; code: string } | undefined;
  readonly runOptions: (Excel.RunOptions | undefined)[] = [];
  readonly handlerErrors: unknown[] = [];
  private readonly pending = new Set<Promise<void>>();
  private ids = 0;
  failing: { location: string; code: string } | undefined;

  constructor(
    readonly options: Omit<Required<Omit<ExcelFakeOptions, "workbookName" | "platform" | "date1904">>, "requestLimitBytes" | "responseLimitBytes"> & {
      requestLimitBytes: number | undefined;
      responseLimitBytes: number | undefined;
      workbookName: string;
      platform: string;
    },
  ) {
    this.undoesApiWrites = options.undoesApiWrites;
    this.excelApi = options.excelApi;
    this.platform = options.platform;
    this.culture = options.culture;
    const first = newSheet(this.nextId("sheet"), "Sheet1");
    this.state = {
      name: options.workbookName,
      sheets: [first],
      tables: [],
      names: new Map(),
      activeSheetId: first.id,
    };
  }

  nextId(prefix: string): string {
    this.ids += 1;
    return `{${prefix}-${this.ids}}`;
  }

  newObjectCreated(): void {}

  readonly undoesApiWrites: boolean;

  excelApi: string;
  /** Office.context.platform; the fake's platform setter keeps it in step. */
  platform: string;

  /**
   * "Excel on the web has a payload size limit for requests and responses of 5MB" (Resource limits
   * and performance optimization for Office Add-ins); no such limit is documented elsewhere.
   */
  get requestLimitBytes(): number {
    return this.options.requestLimitBytes ?? (this.platform === "OfficeOnline" ? PAYLOAD_LIMIT_BYTES : Number.POSITIVE_INFINITY);
  }

  get responseLimitBytes(): number {
    return this.options.responseLimitBytes ?? (this.platform === "OfficeOnline" ? PAYLOAD_LIMIT_BYTES : Number.POSITIVE_INFINITY);
  }

  isSetSupported(name: string, version: string): boolean {
    return name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;
  }

  newContext(): FakeContext {
    const ctx = new FakeContext(this) as FakeContext & { world: FakeWorld };
    Object.defineProperty(ctx, "world", { value: this });
    ctx.active = true;
    ctx.workbook = new FakeWorkbook(ctx);
    ctx.runtime = new FakeRuntime(ctx);
    ctx.active = false;
    ctx.charging = true;
    return ctx;
  }

  readonly run = (async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run");
    const first = args.length > 1 ? args[0] : undefined;
    let ctx: FakeContext;
    let options: Excel.RunOptions | undefined;
    if (first instanceof FakeContext) ctx = first;
    else if (first instanceof FakeObject) ctx = first.context;
    else if (first === undefined) ctx = this.newContext();
    else if (typeof first === "object" && first !== null && !Array.isArray(first)) {
      options = first as Excel.RunOptions;
      if (options.previousObjects !== undefined || options.session !== undefined) throw notModelled("Excel.run options other than delayForCellEdit");
      ctx = this.newContext();
    } else throw notModelled("Excel.run with an array of objects");
    this.runOptions.push(options);
    if (this.cellEditMode && !options?.delayForCellEdit) throw officeError("InvalidOperationInCellEditMode", "Excel.run");
    if (options?.mergeUndoGroup && this.isSetSupported("ExcelApi", "1.20")) ctx.undoGroup = { recorded: false };
    const wasActive = ctx.active;
    ctx.active = true;
    try {
      const result: unknown = (batch as (c: unknown) => unknown)(ctx);
      if (!result || typeof (result as Promise<unknown>).then !== "function") throw officeError("RunMustReturnPromise", "Excel.run");
      const value = await (result as Promise<unknown>);
      // Excel.run syncs whatever the batch left queued.
      await ctx.sync();
      return value;
    } finally {
      ctx.active = wasActive;
    }
  }) as unknown as typeof Excel.run;

  async executeBatch(commands: readonly Command[], context: FakeContext): Promise<void> {
    this.stats.syncCalls += 1;
    if (commands.length === 0) return;
    this.stats.syncs += 1;
    const requestBytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    await Promise.resolve();
    if (requestBytes > this.requestLimitBytes) {
      this.record({
        requestBytes,
        responseBytes: 0,
        commands: commands.length,
        failed: "RequestPayloadSizeLimitExceeded",
      });
      throw officeError("RequestPayloadSizeLimitExceeded", "RequestContext.sync", `${requestBytes} bytes`);
    }
    const exec = new Execution();
    try {
      for (const command of commands) {
        try {
          this.stats.commands.push(command.what);
          if (this.failCountdown && --this.failCountdown.left === 0) {
            const { code } = this.failCountdown;
            this.failCountdown = undefined;
            throw officeError(code, command.what, "failure injected by the test");
          }
          if (refusedInGroup([command.what], this.platform, context.undoGroup))
            throw officeError("UndoNotSupported", command.what, "an API without undo support in a merged undo group");
          if (this.failing && command.what === this.failing.location) {
            const { code } = this.failing;
            this.failing = undefined;
            throw officeError(code, command.what, "failure injected by the test");
          }
          command.run(exec);
          if (!isReadCommand(command.what)) this.stats.writes += 1;
        } catch (e) {
          if (e instanceof FakeOfficeError) throw e;
          throw officeError("GeneralException", command.what, e instanceof Error ? e.message : String(e));
        }
      }
    } catch (e) {
      this.record({
        requestBytes,
        responseBytes: 0,
        commands: commands.length,
        failed: (e as FakeOfficeError).code,
      });
      this.dispatch(exec);
      throw e;
    }
    if (exec.responseBytes > this.responseLimitBytes) {
      this.record({
        requestBytes,
        responseBytes: exec.responseBytes,
        commands: commands.length,
        failed: "ResponsePayloadSizeLimitExceeded",
      });
      this.dispatch(exec);
      throw officeError("ResponsePayloadSizeLimitExceeded", "RequestContext.sync", `${exec.responseBytes} bytes`);
    }
    for (const commit of exec.commits) commit();
    this.keepForUndo(exec);
    this.record({
      requestBytes,
      responseBytes: exec.responseBytes,
      commands: commands.length,
    });
    this.dispatch(exec);
  }

  private record(r: SyncRecord): void {
    this.stats.requests.push(r);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, r.requestBytes);
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, r.responseBytes);
  }

  /** An add-in's successful request: its content writes join the undo stack, or clear it. */
  private keepForUndo(exec: Execution): void {
    if (exec.clearsUndo) this.undoStack.length = 0;
    if (exec.changes.length === 0) return;
    if (!this.undoesApiWrites) this.undoStack.length = 0;
    else {
      const step = exec.changes.flatMap((c) => (c.undo ? [c.undo] : []));
      if (step.length > 0) this.undoStack.push(step);
    }
  }

  private dispatch(exec: Execution): void {
    for (const change of exec.changes) {
      if (!change.eventsEnabled && this.options.honourEnableEvents) continue;
      this.fire(change.sheet, change.rect, "Local", change.before);
    }
  }

  /**
   * Raises table.onChanged for the tables the changed block touches, after the current call stack.
   * `before` is the one cell's earlier value, when one cell changed: it gives the event its details.
   */
  fire(sheet: SheetState, rect: Rect, source: "Local" | "Remote", before?: Scalar): void {
    for (const table of this.state.tables) {
      if (table.sheet !== sheet || table.handlers.size === 0) continue;
      const hit = intersect(table.rect, rect);
      if (!hit) continue;
      const address = rectAddress(hit);
      const details = before !== undefined && isSingleCell(rect) && this.isSetSupported("ExcelApi", "1.9") ? changeDetails(sheet, rect, before) : undefined;
      const args = {
        type: "TableChanged",
        changeType: "RangeEdited",
        source,
        address,
        tableId: table.id,
        worksheetId: sheet.id,
        details,
        getRange(ctx: Excel.RequestContext): Excel.Range {
          return ctx.workbook.worksheets.getItem(sheet.id).getRange(address);
        },
        getRangeOrNullObject(ctx: Excel.RequestContext): Excel.Range {
          return ctx.workbook.worksheets.getItem(sheet.id).getRange(address);
        },
      } as unknown as Excel.TableChangedEventArgs;
      const handlers = [...table.handlers];
      const p: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => Promise.all(handlers.map((h) => h(args))))
        .then(
          () => undefined,
          (e: unknown) => void this.handlerErrors.push(e),
        )
        .finally(() => this.pending.delete(p));
      this.pending.add(p);
    }
  }

  async settle(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (this.pending.size === 0) return;
      await Promise.all([...this.pending]);
    }
    throw new Error("fake: events did not settle (a handler keeps triggering itself?)");
  }
}

function findSheet(state: WorkbookState, name: string): SheetState {
  const sheet = state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new Error(`fake: no sheet "${name}"`);
  return sheet;
}

/** A validation formula given as ISO text, in the workbook's date system. */
function isoFormulaSerial(text: string, date1904 = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dateSerial(Number(m[1]), Number(m[2]), Number(m[3]), date1904) : undefined;
}

function locate(state: WorkbookState, address: string): { sheet: SheetState; rect: Rect } {
  const parsed = parseAddress(address);
  const sheet = parsed.sheet !== undefined ? findSheet(state, parsed.sheet) : state.sheets.find((s) => s.id === state.activeSheetId);
  if (!sheet) throw new Error(`fake: no sheet for "${address}"`);
  return { sheet, rect: parsed.rect };
}

/** Whether Excel's own validation lets a typed value in (read with the user's regional settings). */
function passesValidation(cell: CellState, value: Scalar, parse: ParseOptions): boolean {
  const v = cell.validation;
  if (!v) return true;
  if ((v.errorAlert?.style ?? "Stop") !== "Stop" || v.errorAlert?.showAlert === false) return true;
  if (value === "" && v.ignoreBlanks !== false) return true;
  const rule = v.rule;
  const num = (x: unknown): number | undefined =>
    typeof x === "number" ? x : typeof x === "string" ? (isoFormulaSerial(x, parse.date1904) ?? (x.trim() === "" ? undefined : Number(x))) : undefined;
  const compare = (n: number, basic: Excel.BasicDataValidation | Excel.DateTimeDataValidation): boolean => {
    const f1 = num(basic.formula1);
    const f2 = num(basic.formula2);
    if (f1 === undefined || Number.isNaN(f1)) throw notModelled("validation formulas other than constants");
    switch (basic.operator) {
      case "Between":
        return n >= f1 && n <= (f2 ?? f1);
      case "NotBetween":
        return n < f1 || n > (f2 ?? f1);
      case "EqualTo":
        return n === f1;
      case "NotEqualTo":
        return n !== f1;
      case "GreaterThan":
        return n > f1;
      case "LessThan":
        return n < f1;
      case "GreaterThanOrEqualTo":
        return n >= f1;
      case "LessThanOrEqualTo":
        return n <= f1;
      default:
        return false;
    }
  };
  if (rule.list)
    return String(rule.list.source)
      .split(",")
      .some((s) => s.trim().toLowerCase() === String(value).trim().toLowerCase());
  if (rule.textLength) return compare(String(value).length, rule.textLength);
  const stored = storeInput(value, parse).value;
  if (typeof stored !== "number") return false;
  if (rule.decimal) return compare(stored, rule.decimal);
  if (rule.wholeNumber) return Number.isInteger(stored) && compare(stored, rule.wholeNumber);
  if (rule.date) return compare(stored, rule.date);
  throw notModelled("this kind of validation rule");
}

export function createExcelFake(options: ExcelFakeOptions = {}): ExcelFake {
  const host = new FakeHost({
    excelApi: options.excelApi ?? "1.9",
    honourEnableEvents: options.honourEnableEvents ?? true,
    undoesApiWrites: options.undoesApiWrites ?? false,
    requestLimitBytes: options.requestLimitBytes,
    responseLimitBytes: options.responseLimitBytes,
    workbookName: options.workbookName ?? "Book1.xlsx",
    platform: options.platform ?? "OfficeOnline",
    culture: options.culture ?? "en-US",
  });
  const state = host.state;
  if (options.date1904) state.date1904 = true;
  const fileOut = new FileOut({
    get platform() {
      return host.platform;
    },
    get requestLimitBytes() {
      return host.requestLimitBytes;
    },
    isSetSupported: (name, version) => host.isSetSupported(name, version),
  });

  const userEdit = async (address: string, data: readonly (readonly Scalar[])[], validate: boolean, source: "Local" | "Remote"): Promise<UserEditResult> => {
    const { sheet, rect: anchor } = locate(state, address);
    const rect: Rect = {
      r0: anchor.r0,
      c0: anchor.c0,
      r1: anchor.r0 + data.length - 1,
      c1: anchor.c0 + (data[0]?.length ?? 1) - 1,
    };
    if (sheet.protection.protected) {
      let locked = false;
      forEachCell(rect, (r, c) => (locked ||= readCell(sheet, r, c).locked));
      if (locked) return { accepted: false, reason: "protected" };
    }
    const typed = (cell: CellState): ParseOptions => ({ culture: host.culture, date1904: state.date1904 === true, textFormat: cell.numberFormat === "@" });
    const first = readCell(sheet, rect.r0, rect.c0);
    if (validate && !passesValidation(first, data[0]![0]!, typed(first))) return { accepted: false, reason: "validation" };
    const before = cellsBefore(sheet, rect);
    // Undo is per user: a co-author's edit is not on this user's stack.
    if (source === "Local") host.undoStack.push([before]);
    data.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = cellFor(sheet, rect.r0 + i, rect.c0 + j);
        const stored = storeInput(v, typed(cell));
        cell.value = stored.value;
        if (stored.formula !== undefined) cell.formula = stored.formula;
        else delete cell.formula;
        if (stored.quotePrefix) cell.quotePrefix = true;
        else delete cell.quotePrefix;
        if (stored.autoFormat && cell.numberFormat === "General") cell.numberFormat = stored.autoFormat;
      }),
    );
    if (host.eventsEnabled || !host.options.honourEnableEvents) host.fire(sheet, rect, source, readBefore(before));
    await host.settle();
    return { accepted: true };
  };

  /** The value of a one-cell block before the change (what the event's details report). */
  const readBefore = (before: CellsBefore): Scalar | undefined =>
    isSingleCell(before.rect) ? (before.cells.get(cellKey(before.rect.r0, before.rect.c0))?.value ?? "") : undefined;

  const undo = async (): Promise<boolean> => {
    const step = host.undoStack.pop();
    if (!step) return false;
    for (const cells of [...step].reverse()) {
      const current = cellsBefore(cells.sheet, cells.rect);
      putBack(cells);
      if (host.eventsEnabled || !host.options.honourEnableEvents) host.fire(cells.sheet, cells.rect, "Local", readBefore(current));
    }
    await host.settle();
    return true;
  };

  const fake: ExcelFake = {
    run: host.run,
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    get excelApi() {
      return host.excelApi;
    },
    set excelApi(version: string) {
      host.excelApi = version;
    },
    get platform() {
      return host.platform;
    },
    set platform(value: string) {
      host.platform = value;
    },
    createWorkbook: (base64) => fileOut.createWorkbook(base64),
    opened: fileOut.opened,
    webview: fileOut,
    state,
    stats: host.stats,
    runOptions: host.runOptions,
    handlerErrors: host.handlerErrors,
    get cellEditMode() {
      return host.cellEditMode;
    },
    set cellEditMode(v: boolean) {
      host.cellEditMode = v;
    },
    failCommand(location, code = "GeneralException") {
      host.failing = { location, code };
    },
    failNthCommand(n, code = "GeneralException") {
      if (!Number.isInteger(n) || n < 1) throw new Error("fake: failNthCommand needs n ≥ 1");
      host.failCountdown = { left: n, code };
    },
    get culture() {
      return host.culture;
    },
    set culture(value: Culture) {
      host.culture = value;
    },
    resetStats() {
      Object.assign(host.stats, {
        syncs: 0,
        syncCalls: 0,
        maxRequestBytes: 0,
        maxResponseBytes: 0,
        writes: 0,
      });
      host.stats.requests.length = 0;
      host.stats.commands.length = 0;
      host.runOptions.length = 0;
    },
    settle: () => host.settle(),
    sheet: (name) => findSheet(state, name),
    table: (name) => state.tables.find((t) => t.name.toUpperCase() === name.toUpperCase()),
    charts: (name) => findSheet(state, name).charts ?? [],
    cell(address) {
      const { sheet, rect } = locate(state, address);
      return readCell(sheet, rect.r0, rect.c0);
    },
    values(address) {
      const { sheet, rect } = locate(state, address);
      const out: Scalar[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: Scalar[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(readCell(sheet, r, c).value);
        out.push(row);
      }
      return out;
    },
    seed: {
      sheet(name, visibility = "Visible") {
        const sheet = newSheet(host.nextId("sheet"), name);
        sheet.visibility = visibility;
        state.sheets.push(sheet);
        return sheet;
      },
      values(address, data) {
        const { sheet, rect } = locate(state, address);
        data.forEach((row, i) =>
          row.forEach((v, j) => {
            if (v === null) return;
            const cell = cellFor(sheet, rect.r0 + i, rect.c0 + j);
            const stored = storeInput(v, { culture: "en-US", date1904: state.date1904 === true, textFormat: cell.numberFormat === "@" });
            cell.value = stored.value;
            if (stored.formula !== undefined) cell.formula = stored.formula;
            else delete cell.formula;
          }),
        );
      },
      formula(address, formula, cachedValue) {
        const { sheet, rect } = locate(state, address);
        const cell = cellFor(sheet, rect.r0, rect.c0);
        cell.formula = formula;
        cell.value = cachedValue;
      },
    },
    user: {
      type: (address, value, o) => userEdit(address, [[value]], true, o?.source ?? "Local"),
      paste: (address, data, o) => userEdit(address, data, false, o?.source ?? "Local"),
      undo,
      sort: async (name, column, o) => {
        const table = state.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
        if (!table) throw new Error(`fake: no table "${name}"`);
        if (table.sheet.protection.protected) return { accepted: false, reason: "protected" };
        const { r0, c0, r1, c1 } = table.rect;
        const rows = Array.from({ length: r1 - r0 }, (_, i) => Array.from({ length: c1 - c0 + 1 }, (_, j) => ({ ...readCell(table.sheet, r0 + 1 + i, c0 + j) })));
        const key = (row: CellState[]) => row[column]!.value;
        // Excel's order: numbers before text, text without regard to case, blanks last either way; a stable sort.
        const order = (a: Scalar, b: Scalar) =>
          typeof a === "number" && typeof b === "number" ? a - b : typeof a === "number" ? -1 : typeof b === "number" ? 1 : String(a).localeCompare(String(b), "en", { sensitivity: "base" });
        const sign = o?.descending ? -1 : 1;
        rows.sort((a, b) => (key(a) === "" || key(b) === "" ? Number(key(a) === "") - Number(key(b) === "") : sign * order(key(a), key(b))));
        rows.forEach((row, i) => row.forEach((cell, j) => table.sheet.cells.set(cellKey(r0 + 1 + i, c0 + j), cell)));
        // No table.onChanged: Microsoft documents worksheet.onRowSorted (ExcelApi 1.10) for a sort, not
        // onChanged, so the add-in must not count on hearing of one. The sort is not modelled as an
        // undo step: the stack is emptied rather than left to undo what came before it.
        host.undoStack.length = 0;
        return { accepted: true };
      },
      unprotect: (sheet) => {
        findSheet(state, sheet).protection.protected = false;
        host.undoStack.length = 0;
      },
      filter(name, column, keep) {
        const table = state.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
        if (!table) throw new Error(`fake: no table "${name}"`);
        const p = table.sheet.protection;
        if (p.protected && p.options.allowAutoFilter !== true) throw new Error(`fake: sheet "${table.sheet.name}" is protected without AutoFilter`);
        applyFilter(table, column, keep);
      },
    },
    get undoDepth() {
      return host.undoStack.length;
    },
  };
  return fake;
}
