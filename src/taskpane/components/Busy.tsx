import { Spinner } from "@fluentui/react-components";

export interface BusyProps {
  /** What is happening, e.g. "Setting up the workbook…"; nothing is shown when undefined. */
  readonly label: string | undefined;
}

/** Progress beside the button that started an action; announced to screen readers. */
export function Busy({ label }: BusyProps) {
  return (
    <div aria-live="polite" data-testid="busy">
      {label !== undefined && <Spinner size="tiny" labelPosition="after" label={label} />}
    </div>
  );
}
