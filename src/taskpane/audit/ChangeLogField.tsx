import { Caption1, Field, Input } from "@fluentui/react-components";
import { FailureBar } from "../components/FailureBar";
import { usePanelStyles } from "../components/panelStyles";
import { usePaneText } from "../paneText";
import type { AuditView } from "./auditSession";

export interface ChangeLogFieldProps {
  readonly officer: string;
  readonly view: AuditView;
  readonly onOfficerChange: (officer: string) => void;
  readonly onDismissFailure: () => void;
}

/** Who the change log records the official's changes as, and how many it recorded. */
export function ChangeLogField({ officer, view, onOfficerChange, onDismissFailure }: ChangeLogFieldProps) {
  const { t } = usePaneText();
  const styles = usePanelStyles();
  const unnamed = officer.trim() === "";
  return (
    <section className={styles.section} data-testid="change-log">
      <Field
        label={t.changeLogLabel}
        hint={t.changeLogHint}
        {...(unnamed ? { validationMessage: t.changeLogUnnamed, validationState: "warning" as const } : {})}
      >
        <Input value={officer} autoComplete="name" onChange={(_, data) => onOfficerChange(data.value)} data-testid="change-log-officer" />
      </Field>
      <Caption1 className={styles.hint} role="status" data-testid="change-log-count">
        {t.changeLogCount(view.logged)}
      </Caption1>
      <FailureBar failure={view.failure} onDismiss={onDismissFailure} />
    </section>
  );
}
