import type { ExcelFailure } from "../../excel/errors";
import type { PaneGateway } from "../gateway";

/** What the pane shows of the change log: rows written since it opened, and the last failure. */
export interface AuditView {
  readonly logged: number;
  readonly failure?: ExcelFailure;
}

export const NO_AUDIT: AuditView = { logged: 0 };

/**
 * Starts the change log for as long as the pane is open. `officer` is asked at each change, so a
 * name typed later applies from then on. Returns what stops it.
 */
export function startAuditSession(gateway: PaneGateway, officer: () => string, onChange: (change: (view: AuditView) => AuditView) => void): () => Promise<void> {
  let stopped = false;
  const started = gateway.startAuditTrail(
    officer,
    (rows) => onChange((v) => ({ ...v, logged: v.logged + rows })),
    (failure) => onChange((v) => ({ ...v, failure })),
  );
  void started.then((outcome) => {
    if (!outcome.ok) onChange((v) => ({ ...v, failure: outcome.failure }));
    else if (stopped) void outcome.value.stop();
  });
  return async () => {
    stopped = true;
    const outcome = await started;
    if (outcome.ok) await outcome.value.stop();
  };
}
