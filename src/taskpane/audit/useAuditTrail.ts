import { useEffect, useRef, useState } from "react";
import type { PaneGateway } from "../gateway";
import { NO_AUDIT, startAuditSession, type AuditView } from "./auditSession";

/** The change log while the pane is open (started once Excel is reached), and what to show of it. */
export function useAuditTrail(gateway: PaneGateway | undefined, officer: string): [AuditView, () => void] {
  const [view, setView] = useState<AuditView>(NO_AUDIT);
  const officerRef = useRef(officer);
  officerRef.current = officer;
  useEffect(() => {
    if (!gateway) return;
    const stop = startAuditSession(gateway, () => officerRef.current, setView);
    return () => void stop();
  }, [gateway]);
  return [view, () => setView(({ failure: _failure, ...rest }) => rest)];
}
