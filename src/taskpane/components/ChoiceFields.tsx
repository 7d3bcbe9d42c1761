import { Field, Select } from "@fluentui/react-components";
import type { Lang } from "../../domain/text/lang";
import { formatQuarter, type Quarter } from "../../domain/periods/periods";
import { LANGS, LANGUAGE_NAMES } from "../strings";
import { usePaneText } from "../paneText";

export interface QuarterFieldProps {
  readonly label: string;
  readonly value: Quarter;
  readonly quarters: readonly Quarter[];
  readonly disabled?: boolean;
  readonly onChange: (quarter: Quarter) => void;
}

/** A quarter picked from a list ("Q3 2026" / its Khmer form), as Set up and Consolidate ask for. */
/** The quarters are written in the pane's language. */
export function QuarterField({ label, value, quarters, disabled, onChange }: QuarterFieldProps) {
  const { lang } = usePaneText();
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value as Quarter)}>
        {quarters.map((q) => (
          <option key={q} value={q}>
            {formatQuarter(q, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export interface LanguageFieldProps {
  readonly label: string;
  readonly value: Lang;
  readonly disabled?: boolean;
  readonly onChange: (lang: Lang) => void;
}

/**
 * The language of what is made (the sheets, the report), each named in itself. A list box, not
 * radios: the pane's own language switch is the page's English/ខ្មែរ radio group.
 */
export function LanguageField({ label, value, disabled, onChange }: LanguageFieldProps) {
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value as Lang)}>
        {LANGS.map((option) => (
          <option key={option} value={option} lang={option}>
            {LANGUAGE_NAMES[option]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
