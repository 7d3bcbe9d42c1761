import { Caption1Strong, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useRef, type KeyboardEvent } from "react";
import type { Lang } from "../../domain/text/lang";
import { LANGS, LANGUAGE_NAMES } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  label: { color: tokens.colorNeutralForeground3 },
  group: { display: "inline-flex", columnGap: tokens.spacingHorizontalXS },
  // Drawn like Fluent's small buttons, from native ones: the shell loads no Fluent Button.
  option: {
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}`,
    },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  checked: {
    backgroundColor: tokens.colorBrandBackground,
    border: `${tokens.strokeWidthThin} solid transparent`,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": {
      backgroundColor: tokens.colorBrandBackgroundHover,
      border: `${tokens.strokeWidthThin} solid transparent`,
    },
  },
});

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly label: string;
  readonly onChange: (lang: Lang) => void;
}

/**
 * English / ខ្មែរ: a labelled radio group (one tab stop; arrow keys move and choose), drawn as two
 * buttons, each option named (and tagged) in its own language.
 */
export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  const labelId = useId();
  const group = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = LANGS[(LANGS.indexOf(lang) + step + LANGS.length) % LANGS.length] ?? lang;
    onChange(next);
    group.current?.querySelector<HTMLButtonElement>(`[lang="${next}"]`)?.focus();
  };
  return (
    <div className={styles.root}>
      <Caption1Strong id={labelId} className={styles.label}>
        {label}
      </Caption1Strong>
      <div ref={group} role="radiogroup" aria-labelledby={labelId} className={styles.group} onKeyDown={move}>
        {LANGS.map((option) => {
          const checked = option === lang;
          return (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              lang={option}
              className={mergeClasses(styles.option, checked && styles.checked)}
              onClick={() => onChange(option)}
            >
              {LANGUAGE_NAMES[option]}
            </button>
          );
        })}
      </div>
    </div>
  );
}
