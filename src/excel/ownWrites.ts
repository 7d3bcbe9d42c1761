/**
 * Changes the add-in makes itself must not be validated as if an official had typed them. Each
 * gateway write batch turns Excel's events off for the add-in (runtime.enableEvents, ExcelApi 1.8)
 * and also runs inside `asOwnWrite`, so a host that delivers the events anyway is ignored too.
 */
let depth = 0;
let generation = 0;
const listeners = new Set<() => void>();

/** Calls `listener` each time the add-in's writes are over (the change log takes a fresh snapshot then). */
export function afterOwnWrites(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while a gateway write is in flight (and for one task after it, while Excel delivers its events). */
export function ownWriteInProgress(): boolean {
  return depth > 0;
}

/** Counts the add-in's write batches: a live-validation run started before a write can tell it is stale. */
export function writeGeneration(): number {
  return generation;
}

export async function asOwnWrite<T>(write: () => Promise<T>): Promise<T> {
  depth += 1;
  generation += 1;
  try {
    return await write();
  } finally {
    // Excel raises change events after the request completes: keep the guard up for one more task.
    setTimeout(() => {
      depth -= 1;
      if (depth === 0) for (const listener of [...listeners]) listener();
    }, 0);
  }
}
