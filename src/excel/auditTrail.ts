import type { ChangeSource } from "../domain/statusSheet/auditChanges";
import type { AuditRow } from "../domain/statusSheet/auditLog";
import { runBurst, type HeardChange, type TrailMemory } from "./auditBurst";
import { refreshTrail, type Registration } from "./auditRefresh";
import { attempt, describeExcelError, type ExcelFailure, type ExcelOutcome } from "./errors";
import { REQUEST_BUDGET_BYTES, officeHost, runBatch, type ExcelHost } from "./host";
import { afterOwnWrites, ownWriteInProgress } from "./ownWrites";

export interface AuditTrailOptions {
  /** The reporting officer named in the pane, asked for at each change. */
  readonly officer: () => string;
  readonly host?: ExcelHost;
  /** Rows written, each time some are. */
  readonly onLogged?: (rows: readonly AuditRow[]) => void;
  readonly onError?: (failure: ExcelFailure) => void;
  /** How long a co-author's change waits for their own add-in to log it (default 15 s). */
  readonly coAuthorGraceMs?: number;
  readonly now?: () => Date;
  readonly requestBudgetBytes?: number;
}

export interface AuditTrailHandle {
  /** Writes whatever waits (a co-author's changes, rows an Undo took back), e.g. before a submission is stamped. */
  flush(): Promise<void>;
  /** Resolves once nothing is being written and no timer is set. */
  idle(): Promise<void>;
  stop(): Promise<ExcelOutcome<void>>;
  readonly counts: { readonly events: number; readonly ignored: number; readonly runs: number; readonly logged: number };
}

const RETRIES = 3;
const RETRY_MS = 1_000;

/** The trail of each Excel host (keyed by its Excel.run): one at a time, so no change is logged twice. */
const trails = new Map<unknown, AuditTrailHandle>();

/** Writes what the host's running trail holds back, if one runs (Prepare submission calls this first). */
export async function flushAuditTrail(host: ExcelHost): Promise<void> {
  await trails.get(host.run)?.flush();
}

/**
 * The change log: while the pane is open, every change Excel reports in the status table's entry
 * cells becomes a row of the very hidden log sheet (who, when, which cell, old → new value).
 *
 * - One Excel.run per burst of events: events heard while a run is under way wait for the next.
 * - Old values come from the event's details where Excel gives them (ExcelApi 1.9, one cell);
 *   otherwise (a paste, ExcelApi 1.8) from a snapshot of the table the trail keeps.
 * - The add-in's own writes are not logged; after them the trail takes a new snapshot (and, once
 *   a table is set up afresh, listens to the new one).
 * - A change Excel reports as Remote is a co-author's: it waits `coAuthorGraceMs` and is written
 *   only if the co-author's own add-in has not logged it meanwhile.
 */
export async function startAuditTrail(options: AuditTrailOptions): Promise<ExcelOutcome<AuditTrailHandle>> {
  const host = options.host ?? officeHost();
  const now = options.now ?? (() => new Date());
  const grace = options.coAuthorGraceMs ?? 15_000;
  const counts = { events: 0, ignored: 0, runs: 0, logged: 0 };
  const memory: TrailMemory = { log: { exists: false, rows: 0 }, lang: "en", pending: [], written: [] };
  const heard: HeardChange[] = [];
  let refresh = true;
  let flushAll = false;
  let stopped = false;
  let registration: Registration | undefined;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = (error: unknown): void => options.onError?.(describeExcelError(error));

  let failures = 0;
  let retryAt = 0;
  // Waiting is measured on the computer's clock; `now` only stamps the rows.
  const work = (): boolean => Date.now() >= retryAt && (refresh || heard.length > 0 || flushAll || memory.pending.some((p) => p.due <= Date.now()));

  const drain = async (): Promise<void> => {
    while (!stopped && work()) {
      counts.runs += 1;
      // Changes heard first: a snapshot taken before them would hide them.
      if (refresh && heard.length === 0) {
        refresh = false;
        try {
          registration = await refreshTrail(host, memory, registration, onChanged);
        } catch (error) {
          report(error);
        }
        continue;
      }
      const batch = heard.splice(0);
      const all = flushAll;
      flushAll = false;
      try {
        await write(batch, all);
        failures = 0;
      } catch (error) {
        // Nothing was kept of a failed burst: it is run again a little later (the official may be
        // typing in a cell where Excel cannot wait, or the log sheet was deleted: it is looked for
        // again). After a few tries the changes are given up and the failure shown.
        failures += 1;
        memory.log = { ...memory.log, exists: false };
        if (failures > RETRIES) {
          failures = 0;
          report(error);
          continue;
        }
        heard.unshift(...batch);
        flushAll ||= all;
        retryAt = Date.now() + RETRY_MS;
        break;
      }
    }
    schedule();
  };

  const write = async (batch: readonly HeardChange[], all: boolean): Promise<void> => {
    const rows = await runBatch(host, (context) =>
      runBurst(context, memory, batch, { now: Date.now(), flushAll: all, graceMs: grace, budget: options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES }),
    );
    if (rows.length === 0) return;
    counts.logged += rows.length;
    options.onLogged?.(rows);
  };

  /** A co-author's change waiting, or a burst to try again: a run when its time is up. */
  const schedule = (): void => {
    if (timer || stopped) return;
    const times = [...memory.pending.map((p) => p.due), ...(heard.length > 0 || flushAll ? [retryAt] : [])];
    if (times.length === 0) return;
    const wait = Math.max(0, Math.min(...times) - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      kick();
    }, wait);
  };

  const kick = (): Promise<void> => {
    running ??= drain().finally(() => {
      running = undefined;
    });
    return running;
  };

  async function onChanged(event: Excel.TableChangedEventArgs): Promise<void> {
    if (stopped) return;
    counts.events += 1;
    if (ownWriteInProgress()) {
      counts.ignored += 1;
      return;
    }
    const source: ChangeSource = event.source === "Remote" ? "co-author" : "local";
    const details = readDetails(event);
    heard.push({
      address: event.address,
      changeType: event.changeType,
      ...(details ? { details } : {}),
      stamp: { at: now().toISOString(), source, officer: source === "local" ? options.officer().trim() : "" },
    });
    await kick();
  }

  const unsubscribe = afterOwnWrites(() => {
    refresh = true;
    void kick();
  });

  const handle: AuditTrailHandle = {
    counts,
    flush: async () => {
      await running;
      flushAll = true;
      retryAt = 0;
      await kick();
    },
    idle: async () => {
      while (running || timer) {
        await running;
        if (timer) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    stop: () =>
      attempt(async () => {
        stopped = true;
        unsubscribe();
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (trails.get(host.run) === handle) trails.delete(host.run);
        await running;
        const r = registration;
        registration = undefined;
        // A table set up afresh has lost its handler already: nothing to remove.
        if (r) await host.run(r.result.context, async (context) => {
          r.result.remove();
          await context.sync();
        }).catch(() => undefined);
      }),
  };

  await trails.get(host.run)?.stop();
  trails.set(host.run, handle);
  await kick();
  return { ok: true, value: handle };
}

/** Excel's details of a one-cell change (ExcelApi 1.9); undefined where it gives none. */
function readDetails(event: Excel.TableChangedEventArgs): { before: unknown; after: unknown } | undefined {
  let details: Excel.ChangedEventDetail | undefined;
  try {
    details = event.details;
  } catch {
    return undefined; // "cannot be retrieved" for a change of several cells
  }
  return details ? { before: details.valueBefore, after: details.valueAfter } : undefined;
}
