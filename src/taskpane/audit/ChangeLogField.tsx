import { Caption1, Field, Input } from "@fluentui/react-components";
import type { Lang } from "../../domain/text/lang";
import { FailureBar } from "../components/FailureBar";
import { usePanelStyles } from "../components/panelStyles";
import type { PaneStrings } from "../strings";
import type { AuditView } from "./auditSession";

export interface ChangeLogFieldProps {
  readonly t: PaneStrings;
  readonly lang: Lang;
  readonly officer: string;
  readonly view: AuditView;
  readonly onOfficerChange: (officer: string) => void;
  readonly onDismissFailure: () => void;
}

/** Who the change log records the official's changes as, and how many it recorded. */
export function ChangeLogField({ t, lang, officer, view, onOfficerChange, onDismissFailure }: ChangeLogFieldProps) {
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
      <FailureBar failure={view.failure} t={t} lang={lang} onDismiss={onDismissFailure} />
    </section>
  );
}
