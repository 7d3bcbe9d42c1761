import { Body1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground3 },
});

export interface StatusLineProps {
  readonly label: string;
  readonly text: string;
}

/** The pane's status, announced politely to screen readers when it changes. */
export function StatusLine({ label, text }: StatusLineProps) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <section className={styles.root} aria-labelledby={labelId}>
      <Caption1Strong id={labelId} className={styles.label}>
        {label}
      </Caption1Strong>
      <Body1 role="status" aria-live="polite" data-testid="status-line">
        {text}
      </Body1>
    </section>
  );
}
