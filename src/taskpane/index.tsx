import "@fontsource/noto-sans-khmer/400.css";
import "@fontsource/noto-sans-khmer/600.css";
import "./taskpane.css";

import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { readWorkbookInfo } from "../excel/workbookInfo";
import { App } from "./App";
import { describeError, paneHost, type PaneHost } from "./status";
import { paneTheme } from "./theme";

function render(root: Root, host: PaneHost, startupError?: string) {
  root.render(
    <FluentProvider theme={paneTheme} style={{ minHeight: "100vh" }}>
      <App host={host} startupError={startupError} readWorkbookInfo={readWorkbookInfo} />
    </FluentProvider>,
  );
}

/** Waits for Office; an office.js that failed to load or start ends up on screen, not in the console. */
async function start(root: Root): Promise<void> {
  render(root, { kind: "starting" });
  try {
    if (typeof Office === "undefined") throw new Error("office.js did not load.");
    const info = await Office.onReady();
    render(root, paneHost(info.host));
  } catch (error) {
    render(root, { kind: "unavailable" }, describeError(error));
  }
}

/** Last resort when React itself cannot render: plain text in the page. */
function showFatal(container: HTMLElement, error: unknown) {
  container.textContent = `Policy Tracker could not start: ${describeError(error)}`;
  container.setAttribute("role", "alert");
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
start(createRoot(container)).catch((error: unknown) => showFatal(container, error));
