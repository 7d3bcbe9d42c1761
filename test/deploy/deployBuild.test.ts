/**
 * The production build for a deployment address: it writes the deployment's manifest.xml and fails
 * when that is invalid (scripts/deploy-manifest-plugin.js, shown on a one-file webpack build rather
 * than the pane's), and a wrong --env publicUrl stops `npm run build` before it compiles.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import webpack from "webpack";
import { tempDir } from "../support/tmp";

// Plain JavaScript run by webpack.config.js; typed through its JSDoc.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DeployManifestPlugin } = require("../../scripts/deploy-manifest-plugin.js") as typeof import("../../scripts/deploy-manifest-plugin.js");

const ROOT = path.resolve(__dirname, "..", "..");
const CHECKED_IN = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PUBLIC = "https://tracker.example.gov.kh/addin/";
const SETTINGS = { publicUrl: PUBLIC, version: "1.0.0.0", addinId: "0f5c2e7a-9b1d-4c3e-8a6f-2d4b6c8e0a1b", label: undefined, local: false };
const tmp = tempDir("deploy-plugin");
afterAll(() => tmp.cleanup());
writeFileSync(tmp.path("entry.js"), "export default 1;\n");
let caseNumber = 0;

/** Builds the one-file entry with the plugin reading `sourceXml`; the output already holds the icons. */
async function build(sourceXml: string): Promise<{ errors: string[]; out: string }> {
  const dir = tmp.path(`case-${++caseNumber}`);
  const out = path.join(dir, "dist");
  mkdirSync(out, { recursive: true });
  cpSync(path.join(ROOT, "assets"), path.join(out, "assets"), { recursive: true });
  writeFileSync(path.join(dir, "manifest.xml"), sourceXml);
  const compiler = webpack({
    mode: "none",
    context: tmp.path(""),
    entry: "./entry.js",
    output: { path: out, filename: "main.js" },
    infrastructureLogging: { level: "error" },
    plugins: [new DeployManifestPlugin({ source: path.join(dir, "manifest.xml"), settings: SETTINGS })],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) => compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))));
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  return { errors: stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [], out };
}

test("writes manifest.xml for the deployment address and passes when it is valid", async () => {
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  const { errors, out } = await build(CHECKED_IN);
  const printed = log.mock.calls.flat().join("\n");
  log.mockRestore();
  expect(errors).toEqual([]);
  const xml = readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(xml).toContain(`<SourceLocation DefaultValue="${PUBLIC}taskpane.html"/>`);
  expect(printed).toMatch(/\[manifest\] .*manifest\.xml for https:\/\/tracker\.example\.gov\.kh\/addin\/: manifest OK: /);
}, 60_000);

const failing: { name: string; xml: string; message: RegExp }[] = [
  {
    name: "the XSDs refuse it (a bad Permissions value)",
    xml: CHECKED_IN.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>"),
    message: /the built manifest is invalid \(scripts\/validate-manifest\.js\):\n.*manifest\.xml:\d+: schema: Element 'Permissions': .*'WriteEverything' is not an element of the set/,
  },
  {
    name: "the add-in checks refuse it (an icon of the wrong size)",
    xml: CHECKED_IN.replace('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'),
    message: /the built manifest is invalid[\s\S]*<IconUrl>: .*icon-80\.png is 80x80 px, expected 32x32/,
  },
  {
    name: "it cannot be moved (a URL outside the dev server)",
    xml: CHECKED_IN.replace('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://help.example.org/"/>'),
    message: /DefaultValue="https:\/\/help\.example\.org\/" is not under https:\/\/localhost:3000\//,
  },
];
test.each(failing)("fails the build when $name", async ({ xml, message }) => {
  const { errors, out } = await build(xml);
  expect(errors.join("\n")).toMatch(message);
  if (/cannot be moved/.test(message.source)) expect(existsSync(path.join(out, "manifest.xml"))).toBe(false);
}, 60_000);

describe("npm run build with a wrong publicUrl", () => {
  const wrong: [string, string, string][] = [
    ["http:", "http://tracker.example.gov.kh/addin/", "must start with https://"],
    ["no trailing slash", "https://tracker.example.gov.kh/addin", "must end with /"],
    ["not a URL", "tracker.example.gov.kh/addin/", "is not a URL"],
  ];
  test.each(wrong)("stops before compiling, with one line saying why (%s)", (_name, url, why) => {
    const out = tmp.path(`wrong-${++caseNumber}`);
    const run = spawnSync("npm", ["run", "--silent", "build", "--", "--env", `publicUrl=${url}`, "--output-path", out], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`build stopped: --env publicUrl=${url} ${why}`);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
