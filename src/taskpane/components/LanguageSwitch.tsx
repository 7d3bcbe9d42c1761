import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Lang } from "../../domain/ids";
import { LANGS, LANGUAGE_NAMES } from "../strings";

export interface LanguageSwitchProps {
  readonly lang: Lang;
  readonly label: string;
  readonly onChange: (lang: Lang) => void;
}

/** English / ខ្មែរ: a labelled radio group, each option named (and tagged) in its own language. */
export function LanguageSwitch({ lang, label, onChange }: LanguageSwitchProps) {
  return (
    <Field label={label}>
      <RadioGroup layout="horizontal" value={lang} onChange={(_, data) => onChange(data.value as Lang)}>
        {LANGS.map((option) => (
          <Radio key={option} value={option} lang={option} label={LANGUAGE_NAMES[option]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
