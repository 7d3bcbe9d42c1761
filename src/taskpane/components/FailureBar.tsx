import { pick } from "../../domain/text/lang";
import type { ExcelFailure } from "../../excel/errors";
import { ErrorBar } from "./ErrorBar";
import { usePaneText } from "../paneText";

export interface FailureBarProps {
  readonly failure: ExcelFailure | undefined;
  readonly onDismiss: () => void;
}

/** A gateway failure, in the pane's language, with Excel's error code beneath. */
export function FailureBar({ failure, onDismiss }: FailureBarProps) {
  const { t, lang } = usePaneText();
  if (!failure) return null;
  return (
    <ErrorBar
      testId="failure-bar"
      title={t.excelFailureTitle}
      message={pick(failure.message, lang)}
      detail={t.failureCode(failure.code)}
      dismissLabel={t.dismiss}
      onDismiss={onDismiss}
    />
  );
}
