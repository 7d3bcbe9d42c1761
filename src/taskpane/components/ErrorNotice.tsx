import { Suspense, lazy } from "react";
import { Boundary } from "./Boundary";
import type { ErrorBarProps } from "./ErrorBar";

const ErrorBar = lazy(() =>
  import(/* webpackChunkName: "error-bar" */ "./ErrorBar").then((m) => ({ default: m.ErrorBar })),
);

/**
 * The shell's error bar. Fluent's MessageBar is loaded with the panels, not with the shell; until it
 * is there, or if it cannot load (the very error may be that the add-in's files did not arrive),
 * the error is shown as plain text, so it is never lost.
 */
export function ErrorNotice(props: ErrorBarProps) {
  const { title, message, detail, dismissLabel, onDismiss, testId = "error-bar" } = props;
  const plain = (
    <div role="alert" data-testid={testId}>
      <strong>{title}</strong> {message} {detail}{" "}
      <button type="button" onClick={onDismiss}>
        {dismissLabel}
      </button>
    </div>
  );
  return (
    <Boundary fallback={() => plain}>
      <Suspense fallback={plain}>
        <ErrorBar {...props} />
      </Suspense>
    </Boundary>
  );
}
