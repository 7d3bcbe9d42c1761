/**
 * Function file for the ribbon's ExecuteFunction commands (manifest FunctionName = the id given to
 * Office.actions.associate). Each action must call event.completed(), whatever happens.
 */

/** Opens the task pane where the runtime is shared (SharedRuntime 1.1); elsewhere there is nothing to do. */
async function showTaskpane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      await Office.addin.showAsTaskpane();
    }
  } catch (error) {
    console.error("showTaskpane failed", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("showTaskpane", showTaskpane);
}).catch((error: unknown) => console.error("Office did not start", error));
