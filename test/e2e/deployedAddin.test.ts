/**
 * The add-in as IT deploys it: `npm run build` for an HTTPS address (https://127.0.0.1:PORT/x/),
 * the built folder served by `npm run serve:dist` with a certificate made for the test, and
 * Chromium at that address. Every URL of the built manifest answers with its content type and the
 * headers Office needs, and the task pane renders outside Office. One production build for all.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import type { Page } from "playwright-core";
import { STRINGS } from "../../src/taskpane/strings";
import { TOOLS, describeWith, type Tool } from "../support/environment";
import { launchChromium, type Browser } from "./support/browser";
import { ROOT } from "./support/buildPane";
import { OUT, PANE, SCREENSHOTS, STEP_TIMEOUT } from "./support/paneSession";

const WORK = path.join(OUT, "e2e-deploy");
const DIST = path.join(WORK, "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/** A production webpack build takes about a minute here; allow for a busy machine. */
const BUILD_TIMEOUT = 400_000;

jest.setTimeout(STEP_TIMEOUT);

const OPENSSL: Tool = {
  name: "openssl",
  missing: () => (spawnSync("openssl", ["version"]).error ? "the openssl command is missing (apt-get install openssl)" : undefined),
};

/** The certificate for the test server: made fresh each run, never kept in the project. */
function makeCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  return { cert, key };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `npm run serve:dist`, resolved once it says where it serves. */
function serveDist(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve-dist.js"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`serve:dist did not start: ${output}`)), 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (/^serving .* at https:\/\//m.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on("data", listen);
    child.stderr.on("data", listen);
    child.once("exit", (code) => reject(new Error(`serve:dist exited with ${code}: ${output}`)));
  });
}

/** The URL-valued settings of a manifest (DefaultValue / Value attributes). */
const manifestUrls = (xml: string) => [...new Set([...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];

describeWith([TOOLS.chromium, OPENSSL], "the add-in built for https://127.0.0.1:PORT/x/ and served over HTTPS", () => {
  let publicUrl = "";
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { cert, key } = makeCertificate(WORK);
    const port = await freePort();
    publicUrl = `https://127.0.0.1:${port}/x/`;
    // The command IT runs; output to a folder of the test's own so a developer's dist/ is left alone.
    execFileSync("npm", ["run", "--silent", "build", "--", "--env", `publicUrl=${publicUrl}`, "--output-path", DIST], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], timeout: BUILD_TIMEOUT });
    server = await serveDist(["--dir", DIST, "--cert", cert, "--key", key, "--port", String(port)]);
    browser = await launchChromium(PANE, { ignoreHTTPSErrors: true });
    // office.js comes from Microsoft's CDN in a production build: answered from node_modules, so
    // the test never leaves the machine; anything else off 127.0.0.1 is refused.
    await browser.context.route(
      (url) => url.hostname !== "127.0.0.1",
      async (route) => {
        const url = route.request().url();
        const file = url.startsWith(OFFICE_JS_CDN) ? path.join(OFFICE_JS_DIST, new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length)) : undefined;
        if (file && file.startsWith(OFFICE_JS_DIST + path.sep) && existsSync(file)) await route.fulfill({ path: file });
        else await route.abort("blockedbyclient");
      },
    );
    browser.context.on("request", (request) => requests.push(request.url()));
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  }, BUILD_TIMEOUT + 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it("wrote a manifest whose every URL is under publicUrl, and it passes the manifest checks", () => {
    const xml = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    const urls = manifestUrls(xml);
    expect(urls.length).toBeGreaterThanOrEqual(7);
    expect(urls.filter((url) => !url.startsWith(publicUrl))).toEqual([]);
    expect(xml).not.toContain("localhost");
    const check = execFileSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), path.join(DIST, "manifest.xml")], { encoding: "utf8" });
    expect(check).toMatch(/^manifest OK: Policy Tracker \S+ \([0-9a-f-]{36}\) for Workbook; valid against OfficeAppManifestV1_1\.xsd/m);
  });

  it("renders the task pane from that address, outside Office", async () => {
    await page.goto(`${publicUrl}taskpane.html`, { waitUntil: "load" });
    await page.waitForFunction((expected) => document.querySelector("[data-testid=status-line]")?.textContent === expected, STRINGS.en.outsideExcel, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(STRINGS.en.title);
    await expect(page.evaluate(() => typeof Office)).resolves.toBe("object");
    expect(requests).toContain(`${OFFICE_JS_CDN}office.js`);
    expect(requests.filter((url) => new URL(url).hostname === "127.0.0.1" && !url.startsWith(publicUrl))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "deployed-taskpane.png") });
  });

  it("answers every URL of the manifest with 200, its content type and headers Office can use", async () => {
    const urls = manifestUrls(readFileSync(path.join(DIST, "manifest.xml"), "utf8"));
    // Fetched by the page, through Chromium's own network stack.
    const answers = await page.evaluate(async (list) => {
      const out = [];
      for (const url of list) {
        const response = await fetch(url, { cache: "no-store" });
        const h = (name: string) => response.headers.get(name) ?? "";
        out.push({ url, status: response.status, type: h("content-type"), cache: h("cache-control"), frame: h("x-frame-options"), csp: h("content-security-policy") });
      }
      return out;
    }, urls);
    const typeFor = (url: string) => (url.endsWith(".png") ? /^image\/png$/ : url.endsWith(".html") ? /^text\/html; charset=utf-8$/i : /^$/);
    for (const answer of answers) {
      expect(answer).toEqual({ url: answer.url, status: 200, type: expect.stringMatching(typeFor(answer.url)), cache: expect.any(String), frame: "", csp: "" });
      // Office requires image URLs to be cacheable in production.
      if (answer.url.endsWith(".png")) expect(answer.cache).not.toMatch(/no-cache|no-store/);
    }
    const kinds = answers.map((a) => a.url.slice(publicUrl.length)).sort();
    expect(kinds).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "support.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]));
  });

  it("serves the support page in English and Khmer", async () => {
    await page.goto(`${publicUrl}support.html`, { waitUntil: "load" });
    const headings = await page.locator("h1").allTextContents();
    expect(headings).toEqual(["Policy Tracker — help", "កម្មវិធីតាមដានគោលនយោបាយ — ជំនួយ"]);
    await expect(page.locator(".version").textContent()).resolves.toMatch(/\d+\.\d+\.\d+\.\d+$/);
  });
});
