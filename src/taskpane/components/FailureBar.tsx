import { pick, type Lang } from "../../domain/text/lang";
import type { ExcelFailure } from "../../excel/errors";
import type { PaneStrings } from "../strings";
import { ErrorBar } from "./ErrorBar";

export interface FailureBarProps {
  readonly failure: ExcelFailure | undefined;
  readonly t: PaneStrings;
  readonly lang: Lang;
  readonly onDismiss: () => void;
}

/** A gateway failure, in the pane's language, with Excel's error code beneath. */
export function FailureBar({ failure, t, lang, onDismiss }: FailureBarProps) {
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
