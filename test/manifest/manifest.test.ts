/**
 * Runs scripts/validate-manifest.js as a child process on the real manifest.xml and on broken copies
 * written to a temp dir (each with its own copy of assets/, since icons resolve beside the manifest).
 * The XSD cases use Microsoft's schemas kept in the project (schemas/manifest), so they run in any
 * checkout; the validator's behaviour without them (skip locally, fail on CI) has its own cases.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const projectRoot = path.resolve(__dirname, "..", "..");
const script = path.join(projectRoot, "scripts", "validate-manifest.js");
const realManifest = path.join(projectRoot, "manifest.xml");
const schemaDir = path.join(projectRoot, "schemas", "manifest");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

function runValidator(manifests: string | readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!("MANIFEST_SCHEMA_DIR" in env)) delete childEnv.MANIFEST_SCHEMA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...[manifests].flat()], { cwd: projectRoot, env: childEnv, timeout: 30000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, output: stdout + stderr }));
  });
}

/** Replaces exactly one occurrence, so a case cannot silently stop testing anything. */
function replaceOnce(xml: string, search: string | RegExp, replacement: string): string {
  const count = typeof search === "string" ? xml.split(search).length - 1 : (xml.match(new RegExp(search.source, search.flags.replace("g", "") + "g")) ?? []).length;
  if (count !== 1) throw new Error(`expected exactly one match for ${String(search)}, found ${count}`);
  return xml.replace(search, replacement);
}

const original = fs.readFileSync(realManifest, "utf8");
// Made here rather than in beforeAll: concurrent tests may start before hooks run.
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-tracker-manifest-"));
const noSchemaDir = path.join(workDir, "no-such-schemas");
/** As on a machine without the schemas, outside CI (where their absence is a failure). */
const NO_SCHEMAS_LOCALLY = { MANIFEST_SCHEMA_DIR: noSchemaDir, CI: "false" };
let caseNumber = 0;

/** A fresh dir holding manifest.xml (the given text) and a copy of assets/. */
function makeCopy(xml: string, tweakAssets?: (assetsDir: string) => void): string {
  const dir = path.join(workDir, `case-${++caseNumber}`);
  fs.mkdirSync(dir);
  fs.cpSync(path.join(projectRoot, "assets"), path.join(dir, "assets"), { recursive: true });
  tweakAssets?.(path.join(dir, "assets"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml, "utf8");
  return file;
}

afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
});

jest.setTimeout(30000);

describe("validate-manifest on the real manifest.xml", () => {
  test.concurrent("exits 0 and reports id, name, version and hosts", async () => {
    const run = await runValidator(realManifest);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^manifest OK: Policy Tracker \S+ \([0-9a-f-]{36}\) for Workbook;/m);
    expect(run.stdout).toMatch(/^ {2}Id: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/m);
    expect(run.stdout).toMatch(/^ {2}Version: \d+(\.\d+){0,3}$/m);
    expect(run.stdout).toMatch(/^ {2}Hosts: Workbook$/m);
    expect(run.stdout).toContain("valid against OfficeAppManifestV1_1.xsd (6 XSDs)");
  });

  test.concurrent("without the schema folder, outside CI, it says the schema check is skipped and still passes", async () => {
    const run = await runValidator(realManifest, NO_SCHEMAS_LOCALLY);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^schema check skipped: .*no-such-schemas.* not found/m);
    expect(run.stdout).toMatch(/^manifest OK: .*schema check skipped/m);
  });

  test.concurrent.each(["true", "1", "yes"])("without the schema folder, under CI (CI=%s), it fails naming the missing schema", async (ci) => {
    const run = await runValidator(realManifest, { MANIFEST_SCHEMA_DIR: noSchemaDir, CI: ci });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/manifest\.xml: schema check cannot run on CI: .*no-such-schemas.*OfficeAppManifestV1_1\.xsd not found/);
    expect(run.stdout).not.toMatch(/manifest OK/);
  });

  test.concurrent("given several manifests it checks each and fails when one is invalid", async () => {
    const broken = makeCopy(replaceOnce(original, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>"));
    const run = await runValidator([realManifest, broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^manifest OK: Policy Tracker /m);
    expect(run.stderr).toContain(`manifest INVALID: 1 problem in ${broken}`);
  });

  test("uses the schemas kept in the project: the six XSDs schemas/manifest/README.md lists, with its hashes", () => {
    const readme = fs.readFileSync(path.join(schemaDir, "README.md"), "utf8");
    const listed = [...readme.matchAll(/^([0-9a-f]{64}) {2}(\S+\.xsd)$/gm)].map(([, hash, file]) => [file, hash]);
    const present = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd")).sort();
    expect(listed.map(([file]) => file).sort()).toEqual(present);
    expect(present).toHaveLength(6);
    for (const [file, hash] of listed) {
      expect([file, createHash("sha256").update(fs.readFileSync(path.join(schemaDir, file!))).digest("hex")]).toEqual([file, hash]);
    }
  });

  test("keeps to what the brief fixes: TaskPaneApp for Workbook, ExcelApi 1.8, ShowTaskpane on the Home tab, km-KH names", () => {
    expect(original).toContain('xsi:type="TaskPaneApp"');
    expect(original).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(original).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(original).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(original).toContain('<OfficeTab id="TabHome">');
    expect(original).toContain("<TaskpaneId>PolicyTrackerPane</TaskpaneId>");
    expect(original).toContain('<Override Locale="km-KH" Value="កម្មវិធីតាមដានគោលនយោបាយ"/>');
    expect(original.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<Runtimes\b/);
  });
});

interface BrokenCase {
  name: string;
  /** true when only the XSD check can see the problem */
  needsSchema: boolean;
  xml?: (xml: string) => string;
  assets?: (assetsDir: string) => void;
  expected: RegExp;
}

const brokenCases: BrokenCase[] = [
  {
    name: "elements out of order (ProviderName before Version)",
    needsSchema: true,
    xml: (x) => replaceOnce(x, /( {2}<Version>[^\n]*\n)( {2}<ProviderName>[^\n]*\n)/, "$2$1"),
    expected: /manifest\.xml:\d+: schema: Element 'ProviderName': This element is not expected\. Expected is .*Version/,
  },
  {
    name: 'a bad enum value (Permissions "WriteEverything")',
    needsSchema: true,
    xml: (x) => replaceOnce(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>"),
    expected: /manifest\.xml:\d+: schema: Element 'Permissions': .*'WriteEverything' is not an element of the set/,
  },
  {
    name: "an element the 2019 schemas do not know (<Runtimes>)",
    needsSchema: true,
    xml: (x) => replaceOnce(x, '<Host xsi:type="Workbook">', '<Host xsi:type="Workbook"><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'),
    expected: /manifest\.xml:\d+: schema: Element 'ov:Runtimes': This element is not expected/,
  },
  {
    name: "a missing required element (<Id>)",
    needsSchema: false,
    xml: (x) => replaceOnce(x, /\n {2}<Id>[^<]*<\/Id>/, ""),
    expected: /manifest\.xml:\d+: missing <Id>: the add-in id is required/,
  },
  {
    name: "a missing <Hosts>",
    needsSchema: false,
    xml: (x) => replaceOnce(x, /\n {2}<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/, ""),
    expected: /manifest\.xml:\d+: missing <Hosts>/,
  },
  {
    name: "a malformed GUID",
    needsSchema: false,
    xml: (x) => replaceOnce(x, /<Id>[^<]*<\/Id>/, "<Id>5a2a21f1-f4da-4d00-9fe5-bd828f90aa7</Id>"),
    expected: /manifest\.xml:\d+: <Id> "5a2a21f1-f4da-4d00-9fe5-bd828f90aa7" is not a well-formed GUID/,
  },
  {
    name: "the yo office template GUID left in place",
    needsSchema: false,
    xml: (x) => replaceOnce(x, /<Id>[^<]*<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"),
    expected: /manifest\.xml:\d+: <Id> 05c2e1c9-3e1d-406e-9a91-e9ac64854143 is the yo office template GUID/,
  },
  {
    name: "an undefined resid",
    needsSchema: false,
    xml: (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
    expected: /manifest\.xml:\d+: resid "Group\.Missing" on <Label> is not defined in <Resources>/,
  },
  {
    name: "a resid of the wrong kind (a URL used as a label)",
    needsSchema: false,
    xml: (x) => replaceOnce(x, '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
    expected: /manifest\.xml:\d+: resid "Taskpane\.Url" on <Label> must name a bt:ShortStrings entry, but it is defined in bt:Urls/,
  },
  {
    name: "a resource id defined twice",
    needsSchema: false,
    xml: (x) => replaceOnce(x, '<bt:Url id="GetStarted.LearnMoreUrl"', '<bt:Url id="Taskpane.Url"'),
    expected: /manifest\.xml:\d+: resource id "Taskpane\.Url" is defined twice/,
  },
  {
    name: "an icon file of the wrong size (icon-16.png holding a 32 px image)",
    needsSchema: false,
    assets: (dir) => fs.copyFileSync(path.join(dir, "icon-32.png"), path.join(dir, "icon-16.png")),
    expected: /manifest\.xml:\d+: image resource "Icon\.16x16": .*icon-16\.png is 32x32 px, expected 16x16/,
  },
  {
    name: "an icon URL whose file is missing from assets/",
    needsSchema: false,
    assets: (dir) => fs.rmSync(path.join(dir, "icon-80.png")),
    expected: /manifest\.xml:\d+: image resource "Icon\.80x80": .*icon-80\.png does not exist/,
  },
  {
    name: "IconUrl pointing at an image of the wrong size",
    needsSchema: false,
    xml: (x) => replaceOnce(x, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png"/>'),
    expected: /manifest\.xml:\d+: <IconUrl>: .*icon-80\.png is 80x80 px, expected 32x32/,
  },
  {
    name: "an icon that is not a PNG",
    needsSchema: false,
    assets: (dir) => fs.writeFileSync(path.join(dir, "icon-64.png"), "GIF89a not really"),
    expected: /manifest\.xml:\d+: <HighResolutionIconUrl>: .*icon-64\.png is not a PNG file/,
  },
  {
    name: "a plain-http page URL",
    needsSchema: false,
    xml: (x) => replaceOnce(x, '<bt:Url id="Commands.Url" DefaultValue="https://', '<bt:Url id="Commands.Url" DefaultValue="http://'),
    expected: /manifest\.xml:\d+: <bt:Url> URL "http:\/\/localhost:3000\/commands\.html" must use https:\/\//,
  },
  {
    name: "XML that is not well-formed",
    needsSchema: false,
    xml: (x) => replaceOnce(x, "<Hosts>\n    <Host Name=\"Workbook\"/>", "<Hosts>\n    <Host Name=\"Workbook\">"),
    expected: /manifest\.xml:\d+: not well-formed XML: /,
  },
];

const schemaCases = brokenCases.filter((c) => c.needsSchema);
const plainCases = brokenCases.filter((c) => !c.needsSchema);

async function expectRejected(c: BrokenCase, env: Record<string, string> = {}): Promise<Run> {
  const file = makeCopy(c.xml ? c.xml(original) : original, c.assets);
  const run = await runValidator(file, env);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(c.expected);
  expect(run.stderr).toMatch(/^manifest INVALID: \d+ problems? in /m);
  expect(run.stdout).not.toMatch(/manifest OK/);
  return run;
}

describe("validate-manifest rejects broken copies (checks of its own)", () => {
  test.concurrent.each(plainCases)("$name", async (c) => {
    await expectRejected(c);
  });
});

describe("validate-manifest rejects broken copies without the schema folder (checks of its own)", () => {
  test.concurrent.each(plainCases)("$name", async (c) => {
    const run = await expectRejected(c, NO_SCHEMAS_LOCALLY);
    if (!/not well-formed/.test(run.stderr)) expect(run.stdout).toMatch(/^schema check skipped: /m);
  });
});

describe("validate-manifest rejects broken copies (XSD checks)", () => {
  test.concurrent.each(schemaCases)("$name", async (c) => {
    await expectRejected(c);
  });
});
