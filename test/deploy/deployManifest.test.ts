/**
 * The manifest for a deployment (scripts/deploy-manifest.js): the build's --env settings read into
 * one address, version and Id, and the checked-in manifest moved under that address.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { SaxesParser } from "saxes";
import { tempDir } from "../support/tmp";

// Plain JavaScript run by webpack.config.js; typed through its JSDoc.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require("../../scripts/deploy-manifest.js") as typeof import("../../scripts/deploy-manifest.js");
const { DEV_BASE_URL, PRODUCTION_ADDIN_ID, DeployConfigError, deploySettings, deployManifest } = deploy;

const ROOT = path.resolve(__dirname, "..", "..");
const CHECKED_IN = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_ID = /<Id>([^<]+)<\/Id>/.exec(CHECKED_IN)![1]!;
const PUBLIC = "https://tracker.example.gov.kh/addin/";
const tmp = tempDir("deploy-manifest");
afterAll(() => tmp.cleanup());

/** Every URL-valued setting of a manifest: DefaultValue / Value attributes that hold a URL. */
const urlsOf = (xml: string) => [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

describe("deploySettings reads the build's --env", () => {
  const cases: { name: string; env: Record<string, string>; packageVersion?: string; expected: Record<string, unknown> }[] = [
    {
      name: "no publicUrl: the dev server's address and the checked-in Id, version from package.json",
      env: {},
      expected: { publicUrl: DEV_BASE_URL, version: "0.1.0.0", addinId: undefined, label: undefined, local: true },
    },
    {
      name: "a deployment address: the production Id",
      env: { publicUrl: PUBLIC },
      expected: { publicUrl: PUBLIC, version: "0.1.0.0", addinId: PRODUCTION_ADDIN_ID, local: false },
    },
    {
      name: "an address with a port and an IP host, a short version padded to four parts",
      env: { publicUrl: "https://127.0.0.1:8443/x/", version: "1.2" },
      expected: { publicUrl: "https://127.0.0.1:8443/x/", version: "1.2.0.0", addinId: PRODUCTION_ADDIN_ID },
    },
    {
      name: "a host in capitals is lower-cased, the path kept",
      env: { publicUrl: "https://Tracker.Example.GOV.kh/AddIn/" },
      expected: { publicUrl: "https://tracker.example.gov.kh/AddIn/" },
    },
    {
      name: "an Id for another environment (a pilot), lower-cased, with a label",
      env: { publicUrl: PUBLIC, addinId: "0F5C2E7A-9B1D-4C3E-8A6F-2D4B6C8E0A1B", label: "Pilot" },
      expected: { addinId: "0f5c2e7a-9b1d-4c3e-8a6f-2d4b6c8e0a1b", label: "Pilot" },
    },
    {
      name: "a four-part version as given",
      env: { publicUrl: PUBLIC, version: "2.0.13.7" },
      packageVersion: "9.9.9",
      expected: { version: "2.0.13.7" },
    },
    {
      name: "package.json's version 1.4.2 becomes 1.4.2.0",
      env: { publicUrl: PUBLIC },
      packageVersion: "1.4.2",
      expected: { version: "1.4.2.0" },
    },
  ];
  test.each(cases)("$name", ({ env, packageVersion, expected }) => {
    expect(deploySettings(env, packageVersion ?? "0.1.0")).toMatchObject(expected);
  });

  const refused: { name: string; env: Record<string, string>; packageVersion?: string; message: RegExp }[] = [
    { name: "http:", env: { publicUrl: "http://tracker.example.gov.kh/addin/" }, message: /^--env publicUrl=http:\/\/tracker\.example\.gov\.kh\/addin\/ must start with https:\/\// },
    { name: "no trailing slash", env: { publicUrl: "https://tracker.example.gov.kh/addin" }, message: /^--env publicUrl=https:\/\/tracker\.example\.gov\.kh\/addin must end with \// },
    { name: "not a URL", env: { publicUrl: "tracker.example.gov.kh/addin/" }, message: /^--env publicUrl=tracker\.example\.gov\.kh\/addin\/ is not a URL/ },
    { name: "empty", env: { publicUrl: " " }, message: /^--env publicUrl=\(empty\) is empty/ },
    { name: "a query", env: { publicUrl: "https://host/addin/?v=2" }, message: /must not have a \?query or #fragment/ },
    { name: "a password", env: { publicUrl: "https://me:secret@host/addin/" }, message: /must not carry a user name or password/ },
    { name: "a five-part version", env: { publicUrl: PUBLIC, version: "1.2.3.4.5" }, message: /^--env version=1\.2\.3\.4\.5 is not a manifest version/ },
    { name: "a six-digit version part", env: { publicUrl: PUBLIC, version: "123456.0" }, message: /is not a manifest version/ },
    { name: "a pre-release package version", env: { publicUrl: PUBLIC }, packageVersion: "1.0.0-beta.1", message: /package\.json's version 1\.0\.0-beta\.1 .* give --env version=A\.B\.C\.D/ },
    { name: "an Id that is not a GUID", env: { publicUrl: PUBLIC, addinId: "pilot" }, message: /^--env addinId=pilot is not a GUID/ },
    { name: "a label with markup", env: { label: "<b>x</b>" }, message: /^--env label=<b>x<\/b> must be 1 to 24 letters/ },
  ];
  test.each(refused)("refuses $name with a one-line message", ({ env, packageVersion, message }) => {
    let error: unknown;
    try {
      deploySettings(env, packageVersion ?? "0.1.0");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeployConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("deployManifest moves the checked-in manifest to the deployment", () => {
  const settings = { publicUrl: PUBLIC, version: "1.2.0.0", addinId: PRODUCTION_ADDIN_ID, label: undefined };
  const built = deployManifest(CHECKED_IN, settings);

  test("every URL is under publicUrl, each the same page or icon as before", () => {
    const before = urlsOf(CHECKED_IN);
    expect(before.length).toBeGreaterThanOrEqual(10);
    expect(urlsOf(built)).toEqual(before.map((url) => PUBLIC + url.slice(DEV_BASE_URL.length)));
    expect(built).not.toContain("localhost");
    expect(urlsOf(built)).toEqual(expect.arrayContaining([`${PUBLIC}taskpane.html`, `${PUBLIC}commands.html`, `${PUBLIC}support.html`, `${PUBLIC}assets/icon-80.png`]));
  });

  test("sets the version and the Id, says it is generated, and changes nothing else", () => {
    expect(built).toContain("<Version>1.2.0.0</Version>");
    expect(built).toContain(`<Id>${PRODUCTION_ADDIN_ID}</Id>`);
    expect(built).toMatch(/^<\?xml [^>]*\?>\n<!-- Written by the build \(scripts\/deploy-manifest\.js\) from the checked-in manifest\.xml/);
    const withoutComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->\s*/g, "");
    const back = withoutComments(built)
      .split(PUBLIC)
      .join(DEV_BASE_URL)
      .replace("<Version>1.2.0.0</Version>", /<Version>[^<]*<\/Version>/.exec(CHECKED_IN)![0])
      .replace(PRODUCTION_ADDIN_ID, DEV_ID);
    expect(back).toBe(withoutComments(CHECKED_IN));
  });

  test("without an Id keeps the checked-in one; a label goes after the name in every language", () => {
    const labelled = deployManifest(CHECKED_IN, { publicUrl: DEV_BASE_URL, version: "0.1.0.0", addinId: undefined, label: "Pilot" });
    expect(labelled).toContain(`<Id>${DEV_ID}</Id>`);
    expect(labelled).toMatch(/<DisplayName DefaultValue="Policy Tracker \(Pilot\)">\s*<Override Locale="km-KH" Value="កម្មវិធីតាមដានគោលនយោបាយ \(Pilot\)"\/>/);
    // Only the add-in's name: the ribbon group keeps its label.
    expect(labelled).toContain('<bt:String id="Group.Label" DefaultValue="Policy Tracker">');
  });

  test("an address holding & is escaped, and the manifest stays well-formed XML", () => {
    const xml = deployManifest(CHECKED_IN, { ...settings, publicUrl: "https://host/r&d/" });
    expect(xml).toContain('DefaultValue="https://host/r&amp;d/taskpane.html"');
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (e) => errors.push(e.message));
    parser.write(xml).close();
    expect(errors).toEqual([]);
  });

  const broken: { name: string; xml: string; message: RegExp }[] = [
    { name: "a URL elsewhere", xml: CHECKED_IN.replace('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>', '<SupportUrl DefaultValue="https://help.example.org/"/>'), message: /SupportUrl|DefaultValue="https:\/\/help\.example\.org\/" is not under https:\/\/localhost:3000\// },
    { name: "no <Version>", xml: CHECKED_IN.replace(/<Version>[^<]*<\/Version>/, ""), message: /has 0 <Version> elements, expected one/ },
    { name: "no URL at all", xml: CHECKED_IN.replace(/https:\/\/localhost:3000\//g, "assets/"), message: /has no URL under https:\/\/localhost:3000\// },
  ];
  test.each(broken)("refuses a source manifest with $name", ({ xml, message }) => {
    expect(() => deployManifest(xml, settings)).toThrow(message);
  });

  test("moves an <AppDomain> of the dev server to publicUrl's origin", () => {
    const withDomain = CHECKED_IN.replace("<Permissions>", "<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains>\n  <Permissions>");
    expect(deployManifest(withDomain, settings)).toContain("<AppDomain>https://tracker.example.gov.kh</AppDomain>");
  });

  test("the moved manifest passes scripts/validate-manifest.js (XSDs and the add-in checks)", () => {
    const dir = tmp.path("built");
    fs.mkdirSync(dir);
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    fs.writeFileSync(path.join(dir, "manifest.xml"), deployManifest(CHECKED_IN, { ...settings, publicUrl: "https://127.0.0.1:8443/x/", label: "Pilot" }));
    const out = execFileSync(process.execPath, [path.join(ROOT, "scripts", "validate-manifest.js"), path.join(dir, "manifest.xml")], { encoding: "utf8" });
    expect(out).toContain(`manifest OK: Policy Tracker (Pilot) 1.2.0.0 (${PRODUCTION_ADDIN_ID}) for Workbook; valid against OfficeAppManifestV1_1.xsd`);
    expect(out).toContain("Source Location: https://127.0.0.1:8443/x/taskpane.html");
  }, 30_000);
});
