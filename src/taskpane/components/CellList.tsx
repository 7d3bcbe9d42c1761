import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** The look the issue list and the feedback list share: one bordered entry per cell, a button where it can select it. */
export const useCellListStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { fontWeight: tokens.fontWeightSemibold },
});

export interface CellListEntryProps {
  /** Selects the entry's cell; absent (outside Excel, or no cell) the entry is plain text. */
  readonly onSelect?: () => void;
  /** The id of the hidden hint that says what selecting does. */
  readonly hintId: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function CellListEntry({ onSelect, hintId, className, children }: CellListEntryProps) {
  const styles = useCellListStyles();
  const item = mergeClasses(styles.item, className);
  return onSelect ? (
    <button type="button" className={mergeClasses(item, styles.button)} aria-describedby={hintId} onClick={onSelect}>
      {children}
    </button>
  ) : (
    <div className={item}>{children}</div>
  );
}
