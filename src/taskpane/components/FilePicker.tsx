import { Body1Strong, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { InputFile } from "../consolidate/protocol";
import { usePanelStyles } from "./panelStyles";
import { usePaneText } from "../paneText";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
});

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface FilePickerProps {
  readonly label: string;
  readonly hint: string;
  readonly files: readonly InputFile[];
  readonly disabled: boolean;
  /** data-testid of the native input (what tests hand files to). */
  readonly testId: string;
  readonly onChange: (files: readonly InputFile[]) => void;
}

/** Several .xlsx files: a button to choose them (the native input does the picking), the chosen names, and Clear. */
export function FilePicker({ label, hint, files, disabled, testId, onChange }: FilePickerProps) {
  const { t } = usePaneText();
  const styles = useStyles();
  const panel = usePanelStyles();
  const input = useRef<HTMLInputElement>(null);
  const labelId = useId();
  const chosenId = useId();
  return (
    <div className={panel.section} role="group" aria-labelledby={labelId}>
      <Body1Strong id={labelId}>{label}</Body1Strong>
      <Caption1 className={panel.hint}>{hint}</Caption1>
      <input
        ref={input}
        type="file"
        accept={XLSX_ACCEPT}
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        data-testid={testId}
        onChange={(event) => {
          const chosen = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (chosen.length > 0) onChange(chosen);
        }}
      />
      <div className={panel.row}>
        {/* Named with the group's label too: the pane has two of these buttons. */}
        <Button disabled={disabled} aria-label={`${label}: ${t.chooseFiles}`} aria-describedby={chosenId} onClick={() => input.current?.click()}>
          {t.chooseFiles}
        </Button>
        {files.length > 0 && (
          <Button appearance="subtle" disabled={disabled} aria-label={`${label}: ${t.clearFiles}`} onClick={() => onChange([])}>
            {t.clearFiles}
          </Button>
        )}
      </div>
      <div id={chosenId} data-testid={`${testId}-chosen`}>
        {files.length === 0 ? (
          <Caption1 className={panel.hint}>{t.noFiles}</Caption1>
        ) : (
          <>
            <Caption1>{t.filesChosen(files.length)}</Caption1>
            <ul className={styles.list}>
              {files.map((f, i) => (
                <li key={`${f.name}#${i}`}>
                  <Caption1>{f.name}</Caption1>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
