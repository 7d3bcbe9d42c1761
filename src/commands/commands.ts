/**
 * Function file for the ribbon's ExecuteFunction commands (manifest FunctionName = the id given to
 * Office.actions.associate). Each action must call event.completed(), whatever happens.
 */
import { validateWorkbook } from "./ribbonActions";

// In Internet Explorer or the old Edge, commands.html's start-up guard answers the ribbon instead.
if (!document.documentElement.hasAttribute("data-unsupported-webview")) {
  Office.onReady(() => {
    Office.actions.associate("validateWorkbook", (event: Office.AddinCommands.Event) => {
      // The outcome's failure (e.g. no status table yet) shows as the absence of marks; the pane explains it.
      void validateWorkbook(event);
    });
  }).catch((error: unknown) => console.error("Office did not start", error));
}
