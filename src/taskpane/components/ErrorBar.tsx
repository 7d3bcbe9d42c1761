import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ErrorBarProps {
  readonly title: string;
  readonly message: string;
  readonly dismissLabel: string;
  readonly onDismiss: () => void;
}

/** An error the user should see: never only in the console. */
export function ErrorBar({ title, message, dismissLabel, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {dismissLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
