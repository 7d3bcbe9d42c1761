import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../domain/rules/problems";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "16px", height: "16px", marginTop: "2px" },
  error: { fill: tokens.colorPaletteRedBackground3 },
  warning: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  mark: { fill: tokens.colorNeutralForegroundOnBrand },
});

export interface SeverityIconProps {
  readonly severity: Severity;
  /** "Error" / "Warning" in the pane's language: read out by screen readers. */
  readonly label: string;
}

/** A red circle for errors, an orange triangle for warnings (shape as well as colour). */
export function SeverityIcon({ severity, label }: SeverityIconProps) {
  const styles = useStyles();
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" role="img" aria-label={label} data-severity={severity}>
      {severity === "error" ? (
        <>
          <circle className={styles.error} cx="8" cy="8" r="8" />
          <path
            className={styles.mark}
            d="M5.2 4.1 8 6.9l2.8-2.8 1.1 1.1L9.1 8l2.8 2.8-1.1 1.1L8 9.1l-2.8 2.8-1.1-1.1L6.9 8 4.1 5.2z"
          />
        </>
      ) : (
        <>
          <path className={styles.warning} d="M8 .8 15.6 15H.4z" />
          <path className={styles.mark} d="M7.2 5.5h1.6v5H7.2zm0 6.3h1.6v1.6H7.2z" />
        </>
      )}
    </svg>
  );
}
