import "@fontsource/noto-sans-khmer/400.css";
import "@fontsource/noto-sans-khmer/600.css";
import "./taskpane.css";

import { FluentProvider } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { Catalogue } from "../domain/catalogue/catalogue";
import { officeHost } from "../excel/host";
import { App } from "./App";
import { Boundary } from "./components/Boundary";
import { webCatalogueStore } from "./catalogueStore";
import type { PaneGateway } from "./gateway";
import { describeError, paneHost, type PaneHost } from "./status";
import { paneTheme } from "./theme";

/** The imported catalogue is kept in this browser's localStorage (see catalogueStore.ts). */
const store = webCatalogueStore(() => window.localStorage);

/** The bundled catalogue is 100 KB of JSON: a chunk of its own, fetched while Office starts. */
const bundled: Promise<Catalogue> = import(/* webpackChunkName: "catalogue" */ "../domain/catalogue/bundledCatalogue").then((m) =>
  m.bundledCatalogue(),
);
bundled.catch(() => undefined); // Shown by the pane when it asks for it; not an unhandled rejection.
const loadBundled = () => bundled;

function render(root: Root, host: PaneHost, gateway?: PaneGateway, startupError?: string) {
  root.render(
    <FluentProvider theme={paneTheme} style={{ minHeight: "100vh" }}>
      <Boundary fallback={(message) => <Fatal message={message} />}>
        <App
          host={host}
          store={store}
          loadBundled={loadBundled}
          {...(gateway ? { gateway } : {})}
          {...(startupError !== undefined ? { startupError } : {})}
        />
      </Boundary>
    </FluentProvider>,
  );
}

/** The gateway (the Office.js use cases and the rules) is loaded only in Excel. */
async function excelGateway(): Promise<PaneGateway> {
  const { excelGateway: gatewayOver } = await import(/* webpackChunkName: "gateway" */ "./gateway");
  // The Office.js globals exist only once Office is ready.
  return gatewayOver(officeHost());
}

/** Waits for Office; an office.js that failed to load or start ends up on screen, not in the console. */
async function start(root: Root): Promise<void> {
  render(root, { kind: "starting" });
  try {
    if (typeof Office === "undefined") throw new Error("office.js did not load.");
    const info = await Office.onReady();
    const host = paneHost(info.host);
    render(root, host, host.kind === "excel" ? await excelGateway() : undefined);
  } catch (error) {
    render(root, { kind: "unavailable" }, undefined, describeError(error));
  }
}

/** What is left when the pane itself failed while rendering: the reason, as plain text. */
function Fatal({ message }: { readonly message: string }) {
  return (
    <div role="alert">
      <p>{`Policy Tracker stopped: ${message}. Close and reopen the add-in.`}</p>
      <p lang="km">{`កម្មវិធីតាមដានគោលនយោបាយបានឈប់ដំណើរការ៖ ${message}។ សូមបិទ ហើយបើកកម្មវិធីបន្ថែមឡើងវិញ។`}</p>
    </div>
  );
}

/** Last resort when React itself cannot render: plain text in the page. */
function showFatal(container: HTMLElement, error: unknown) {
  container.textContent = `Policy Tracker could not start: ${describeError(error)}`;
  container.setAttribute("role", "alert");
}

/** taskpane.html's start-up guard found Internet Explorer or the old Edge and shows why the pane cannot run there. */
const unsupportedWebview = document.documentElement.hasAttribute("data-unsupported-webview");
const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
if (!unsupportedWebview) start(createRoot(container)).catch((error: unknown) => showFatal(container, error));
