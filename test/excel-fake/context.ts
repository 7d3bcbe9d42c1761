import { notModelled, officeError, FakeOfficeError } from "./errors";
import type { ContentChange } from "./changes";
import type { WorkbookState } from "./model";
import { REQUEST_BASE_BYTES, actionBytes, objectBytes, objectEntries } from "./requestSize";
import type { UndoGroup } from "./undo";

/** Excel on the web refuses a request, or a response, over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Bytes of JSON the value would take in a request (UTF-8). */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
}

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly commands: number;
  readonly failed?: string;
}

/** One sync's execution: loads commit only if the whole batch succeeds; writes apply as they run. */
export class Execution {
  responseBytes = 0;
  readonly commits: Array<() => void> = [];
  readonly changes: ContentChange[] = [];
  /** A command that Excel cannot undo ran: the user's undo stack is cleared. */
  clearsUndo = false;
}

export interface Command {
  /** "Range.values" … also the error location reported when it fails. */
  readonly what: string;
  readonly bytes: number;
  run(exec: Execution): void;
}

/** What the context needs from the fake host. */
export interface BatchExecutor {
  readonly state: WorkbookState;
  executeBatch(commands: readonly Command[], context: FakeContext): Promise<void>;
  newObjectCreated(): void;
}

/** The request context: queues commands; `sync()` sends them as one request. */
export class FakeContext {
  private queue: Command[] = [];
  /** True inside Excel.run (or a run that reuses this context). */
  active = false;
  /** Filled by the fake host with the workbook and runtime proxies. */
  workbook!: unknown;
  runtime!: unknown;
  /** Set by Excel.run when the batch merges its syncs into one undo record (see undo.ts). */
  undoGroup: UndoGroup | undefined;
  /** Proxies created from now on are charged to the request (not the root objects, nor those a sync makes). */
  charging = false;
  /** Entries (objects and actions) in the pending request, and bytes of objects not yet attached to a command. */
  private entries = 0;
  private carry = 0;

  constructor(readonly host: BatchExecutor) {}

  /** A new proxy object: its path and instantiate action go into the pending request (see requestSize.ts). */
  chargeObject(typeName: string, byMethod: boolean): void {
    if (!this.charging) return;
    this.carry += objectBytes(typeName, byMethod, this.entries);
    this.entries += objectEntries(typeName, byMethod);
  }

  /** Queues an action; `object` marks the command that stands for an object's creation (its bytes are the object's). */
  enqueue(what: string, payload: unknown, run: (exec: Execution) => void, object = false): void {
    if (!this.active) throw officeError("InvalidObjectPath", what, what);
    const base = this.queue.length === 0 ? REQUEST_BASE_BYTES : 0;
    const action = object ? 0 : actionBytes(payload === undefined ? 0 : jsonBytes(payload), this.entries++);
    this.queue.push({ what, bytes: base + this.carry + action, run });
    this.carry = 0;
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    if (!this.active) throw officeError("InvalidObjectPath", "RequestContext.sync", "RequestContext.sync");
    const commands = this.queue;
    this.queue = [];
    this.entries = 0;
    this.carry = 0;
    const charging = this.charging;
    this.charging = false; // proxies made while the batch runs (loaded collection items) are not sent
    try {
      await this.host.executeBatch(commands, this);
    } finally {
      this.charging = charging;
    }
    return passThroughValue as T;
  }
}

/**
 * Base of every proxy: scalar properties can be read only once loaded and synced (or after the
 * caller set them, as Office.js keeps the assigned value); setters and methods queue commands;
 * the object it stands for is found when the batch runs, and remembered afterwards.
 */
export abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private readonly assigned = new Map<string, unknown>();
  private resolved: { readonly target: T | null } | undefined;
  /** undefined until a sync has resolved the object. */
  private nullState: boolean | undefined;

  protected constructor(
    readonly context: FakeContext,
    readonly typeName: string,
    private readonly resolver: () => T | null,
    options: { announce?: boolean } = {},
  ) {
    context.chargeObject(typeName, options.announce === true);
    if (options.announce) {
      // A method that returns an object (getItem, getRange, add …) is an action of its own: it
      // fails at the next sync when the item does not exist, even if nothing else uses it.
      context.enqueue(
        `${typeName}.create`,
        typeName,
        (exec) => {
          const target = this.resolveOrNull();
          exec.commits.push(() => (this.nullState = target === null));
        },
        true,
      );
      context.host.newObjectCreated();
    }
  }

  /** Resolves once (Excel binds an object path to the object it found the first time). */
  resolveOrNull(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  /** The object a command acts on; a null object cannot be acted on. */
  target(): T {
    const t = this.resolveOrNull();
    if (t === null) throw notModelled(`acting on a null object (${this.typeName}); check isNullObject first`);
    return t;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw officeError("PropertyNotLoaded", `${this.typeName}.isNullObject`, "isNullObject");
    return this.nullState;
  }

  protected read<V>(name: string): V {
    if (this.assigned.has(name)) return this.assigned.get(name) as V;
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.nullState === true) return undefined as V;
    throw officeError("PropertyNotLoaded", `${this.typeName}.${name}`, name);
  }

  protected assign(name: string, value: unknown, apply: (target: T, exec: Execution) => void): void {
    this.assigned.set(name, value);
    this.context.enqueue(`${this.typeName}.${name}`, { [name]: value }, (exec) => apply(this.target(), exec));
  }

  protected call(method: string, payload: unknown, apply: (target: T, exec: Execution) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, payload ?? method, (exec) => apply(this.target(), exec));
  }

  /** The value of a scalar property as Excel would send it back. Unknown names are not modelled. */
  protected snapshot(name: string, _target: T): unknown {
    throw notModelled(`loading ${this.typeName}.${name}`);
  }

  /** Navigation properties that a load path may go through ("protection/protected"). */
  protected navigation(name: string): FakeObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** Runs inside a command: snapshots `path` and commits it when the batch succeeds. */
  loadPath(path: string, exec: Execution): void {
    const [head, ...rest] = path.split("/");
    if (!head) throw notModelled(`load path "${path}"`);
    if (rest.length > 0) {
      const child = this.navigation(head);
      if (!child) throw notModelled(`load path "${path}" on ${this.typeName}`);
      child.loadPath(rest.join("/"), exec);
      return;
    }
    const target = this.resolveOrNull();
    if (target === null) {
      exec.commits.push(() => (this.nullState = true));
      return;
    }
    const value = this.snapshot(head, target);
    exec.responseBytes += jsonBytes(value) + head.length + 4;
    exec.commits.push(() => {
      this.loaded.set(head, value);
      this.assigned.delete(head);
      this.nullState = false;
    });
  }

  load(options?: string | string[] | { select?: string; expand?: string } | Record<string, unknown>): this {
    const paths = loadPaths(options);
    if (paths.length === 0) throw notModelled(`${this.typeName}.load() without property names (load what you read)`);
    this.context.enqueue(`${this.typeName}.load`, paths, (exec) => {
      for (const p of paths) this.loadPath(p, exec);
    });
    return this;
  }
}

function loadPaths(options: unknown): string[] {
  if (options === undefined || options === null) return [];
  if (typeof options === "string")
    return options
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(options)) return options.flatMap((o) => loadPaths(o));
  if (typeof options === "object") {
    const o = options as Record<string, unknown>;
    if (typeof o.select === "string" || typeof o.expand === "string") return [...loadPaths(o.select), ...loadPaths(o.expand)];
    return Object.entries(o).flatMap(([k, v]) => (v === true ? [k] : v && typeof v === "object" ? loadPaths(v).map((p) => `${k}/${p}`) : []));
  }
  throw notModelled(`load options ${String(options)}`);
}

export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
