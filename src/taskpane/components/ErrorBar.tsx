import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";

export interface ErrorBarProps {
  readonly title: string;
  readonly message: string;
  /** A second, smaller line: Office's error code, for whoever helps the official. */
  readonly detail?: string;
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
  readonly testId?: string;
}

/** An error the user should see: never only in the console. */
export function ErrorBar({ title, message, detail, dismissLabel, onDismiss, testId = "error-bar" }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
        {detail !== undefined && (
          <>
            <br />
            <Caption1>{detail}</Caption1>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {dismissLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
