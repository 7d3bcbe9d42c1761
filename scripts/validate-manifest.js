#!/usr/bin/env node
/**
 * Offline validation of the Office add-in XML manifest (run by `npm run validate` and by the build).
 *
 *   node scripts/validate-manifest.js [manifest.xml ...]
 *
 * With no file: the checked-in manifest.xml, and dist/manifest.xml when a build has written one.
 *
 * 1. XSD validation with xmllint-wasm against Microsoft's schemas kept in the project,
 *    schemas/manifest (provenance in its README). MANIFEST_SCHEMA_DIR=<dir> points the check at
 *    another folder. When the schemas are missing the check is skipped with one line saying so and
 *    the other checks still run; under CI (a CI variable set to anything but "", 0, false or no,
 *    as the tests decide it) a missing schema is a failure instead.
 * 2. What `office-addin-manifest info` shows, through its Node API (readManifestFile): id, name,
 *    version, provider, hosts, each required to be present. Its usage-data (telemetry) module is
 *    replaced by an inert stub before it loads, and this process refuses outbound network connections.
 * 3. Checks the schema cannot make: the Id is a well-formed GUID, every icon URL maps to a PNG in
 *    <manifest dir>/assets with the pixel size its use requires, every resid is defined (in the right
 *    resource list), resource ids are unique, and every URL is https.
 *
 * Exit 0 with "manifest OK: ..." per manifest when all are valid; exit 1 with one
 * "file:line: problem" line per problem.
 */
"use strict";

const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");
const Module = require("node:module");

const PROJECT_ROOT = path.resolve(__dirname, "..");
const SCHEMA_DIR = process.env.MANIFEST_SCHEMA_DIR
  ? path.resolve(process.env.MANIFEST_SCHEMA_DIR)
  : path.join(PROJECT_ROOT, "schemas", "manifest");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const TIME_LIMIT_MS = 40000;

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};
/** Pixel sizes Office asks of the top-level icons of a task pane add-in. */
const TOP_LEVEL_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
/** Which resource list a resid must point into, by the referencing element's local name. */
const RESID_KIND_BY_ELEMENT = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
};
/** The sample Id of Microsoft's yo office templates: a copy must get its own. */
const TEMPLATE_GUIDS = new Set(["05c2e1c9-3e1d-406e-9a91-e9ac64854143"]);
const NIL_GUID = "00000000-0000-0000-0000-000000000000";

// --------------------------------------------------------------------------------------------
// No telemetry, no network, no hang.
// --------------------------------------------------------------------------------------------

/**
 * office-addin-manifest constructs an OfficeAddinUsageData object as soon as it is required.
 * office-addin-usage-data 3.x has no telemetry left (every method is a no-op), but 1.x/2.x start
 * Application Insights when ~/office-addin-usage-data.json says "on" (the opt-in that yo office
 * asks for) and it has no environment-variable switch. So, whatever version is installed, put an
 * inert module in the require cache under its resolved path before office-addin-manifest loads.
 */
function disableUsageData() {
  let resolved;
  try {
    const manifestPkgDir = path.dirname(require.resolve("office-addin-manifest/package.json"));
    resolved = require.resolve("office-addin-usage-data", { paths: [manifestPkgDir] });
  } catch {
    return; // not installed: nothing to disable
  }
  const noop = () => undefined;
  class OfficeAddinUsageData {
    constructor(options) {
      this.options = { ...options, usageDataLevel: "off" };
    }
    isUsageDataOn() {
      return false;
    }
    getUsageDataLevel() {
      return "off";
    }
    getUsageDataKey() {
      return "";
    }
    getEventsSent() {
      return 0;
    }
    getExceptionsSent() {
      return 0;
    }
    maskFilePaths(err) {
      return err;
    }
  }
  for (const name of [
    "reportEvent", "reportEventApplicationInsights", "reportError", "reportErrorApplicationInsights",
    "reportException", "reportExpectedException", "reportSuccess", "usageDataOptIn", "setUsageDataOff",
    "setUsageDataOn", "sendUsageDataException", "sendUsageDataSuccessEvent", "sendUsageDataSuccessfulFailEvent",
    "sendUsageDataEvent",
  ]) {
    OfficeAddinUsageData.prototype[name] = noop;
  }
  class ExpectedError extends Error {}
  const stub = new Module(resolved, module);
  stub.filename = resolved;
  stub.loaded = true;
  stub.exports = {
    OfficeAddinUsageData,
    ExpectedError,
    UsageDataLevel: { off: "off", on: "on" },
    UsageDataReportingMethod: { applicationInsights: "applicationInsights" },
    instrumentationKeyForOfficeAddinCLITools: "",
    connectionStringForOfficeAddinCLITools: "",
    groupName: "office-addin-usage-data",
    logErrorMessage: (err) => console.error(err instanceof Error ? err.message : String(err)),
  };
  require.cache[resolved] = stub;
}

/** Validation is local work: any attempt to open a connection is a bug, so make it fail at once. */
function refuseNetwork() {
  const refuse = (what) => {
    throw new Error(`validate-manifest: network access is disabled (${what})`);
  };
  net.Socket.prototype.connect = function connect() {
    refuse("socket connect");
  };
  globalThis.fetch = async () => refuse("fetch");
}

// --------------------------------------------------------------------------------------------
// A small namespace-aware tree with line numbers (saxes is a project dependency).
// --------------------------------------------------------------------------------------------

/**
 * @typedef {{ local: string, uri: string, qname: string, line: number, attrs: Record<string, string>,
 *   children: XmlNode[], text: string, parent: XmlNode | null }} XmlNode
 */

/** @returns {{ root: XmlNode | null, errors: { line: number, message: string }[] }} */
function parseXml(text) {
  const { SaxesParser } = require("saxes");
  const parser = new SaxesParser({ xmlns: true, position: true });
  const errors = [];
  /** @type {XmlNode | null} */ let root = null;
  /** @type {XmlNode[]} */ const stack = [];
  let startLine = 1;
  parser.on("error", (err) => {
    if (errors.length < 5) errors.push({ line: parser.line, message: err.message.replace(/^\d+:\d+: /, "") });
  });
  parser.on("opentagstart", () => {
    startLine = parser.line;
  });
  parser.on("opentag", (tag) => {
    const attrs = {};
    for (const attr of Object.values(tag.attributes)) {
      // no-namespace attributes by local name, the rest as {uri}local (e.g. xsi:type)
      attrs[attr.uri ? `{${attr.uri}}${attr.local}` : attr.local] = attr.value;
    }
    const parent = stack[stack.length - 1] || null;
    const node = { local: tag.local, uri: tag.uri, qname: tag.name, line: startLine, attrs, children: [], text: "", parent };
    if (parent) parent.children.push(node);
    else root = root || node;
    stack.push(node);
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(text).close();
  return { root, errors };
}

/** @returns {XmlNode[]} every element below node (depth first, document order) */
function descendants(node) {
  const out = [];
  const walk = (n) => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

const child = (node, uri, local) => (node ? node.children.find((c) => c.uri === uri && c.local === local) : undefined);
const childrenOf = (node, uri, local) => (node ? node.children.filter((c) => c.uri === uri && c.local === local) : []);

// --------------------------------------------------------------------------------------------
// Checks. Each returns problems as { line?: number, message: string }.
// --------------------------------------------------------------------------------------------

/** Make xmllint's {namespace}Name readable: Name for the manifest itself, bt:/ov: for the others. */
function shortenNamespaces(message) {
  const prefixes = { [NS.app]: "", [NS.bt]: "bt:", [NS.ov]: "ov:" };
  return message.replace(/\{(https?:\/\/[^}\s]+)\}/g, (whole, uri) => (uri in prefixes ? prefixes[uri] : whole));
}

/** Whether this runs under CI, decided as test/support/environment.ts decides it. */
function underCi() {
  const value = (process.env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false" && value !== "no";
}

async function checkSchema(manifestText) {
  if (!fs.existsSync(path.join(SCHEMA_DIR, MAIN_XSD))) {
    const missing = `${path.join(SCHEMA_DIR, MAIN_XSD)} not found (Microsoft's manifest XSDs belong in schemas/manifest)`;
    if (underCi()) return { problems: [{ message: `schema check cannot run on CI: ${missing}` }] };
    return { skipped: `schema check skipped: ${missing}; the other checks still run`, problems: [] };
  }
  const { validateXML } = require("xmllint-wasm");
  const xsds = fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.toLowerCase().endsWith(".xsd"))
    .sort()
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(SCHEMA_DIR, f), "utf8") }));
  const main = xsds.find((f) => f.fileName === MAIN_XSD);
  const fileName = "manifest.xml";
  let result;
  try {
    result = await validateXML({
      xml: [{ fileName, contents: manifestText }],
      schema: [main],
      preload: xsds.filter((f) => f !== main), // everything it imports, resolved by file name
    });
  } catch (err) {
    return { problems: [{ message: `schema check could not run: ${String(err && err.message ? err.message : err).trim()}` }] };
  }
  if (result.valid) return { problems: [], schemaFiles: xsds.length };
  const located = result.errors.filter((e) => e.loc);
  const problems = (located.length ? located : result.errors.filter((e) => e.message.trim()))
    .map((e) => ({
      line: e.loc ? e.loc.lineNumber : undefined,
      message: "schema: " + shortenNamespaces(e.message.replace(/^(element \S+: )?Schemas validity error : /, "")).trim(),
    }));
  if (!problems.length) problems.push({ message: "schema: the manifest does not validate (xmllint gave no details)" });
  return { problems };
}

async function checkInfo(manifestPath, root) {
  disableUsageData();
  const { OfficeAddinManifest } = require("office-addin-manifest");
  let info;
  try {
    info = await OfficeAddinManifest.readManifestFile(manifestPath);
  } catch (err) {
    return { problems: [{ message: `office-addin-manifest could not read the manifest: ${err.message.split("\n").join(" ")}` }] };
  }
  const line = (local) => {
    const el = child(root, NS.app, local);
    return el ? el.line : root.line;
  };
  const problems = [];
  const required = [
    ["id", "Id", "the add-in id"],
    ["displayName", "DisplayName", "the add-in name (DefaultValue)"],
    ["version", "Version", "the add-in version"],
    ["providerName", "ProviderName", "the provider"],
  ];
  for (const [key, element, what] of required) {
    const value = info[key];
    if (typeof value !== "string" || !value.trim()) problems.push({ line: line(element), message: `missing <${element}>: ${what} is required` });
  }
  const hosts = (info.hosts || []).filter((h) => typeof h === "string" && h.trim());
  if (!hosts.length) problems.push({ line: line("Hosts"), message: "missing <Hosts><Host Name=.../></Hosts>: no Office host declared" });
  if (!info.defaultSettings || !info.defaultSettings.sourceLocation) {
    problems.push({ line: line("DefaultSettings"), message: "missing <DefaultSettings><SourceLocation DefaultValue=.../>: the task pane page is required" });
  }
  return { info, hosts, problems };
}

function checkGuid(root) {
  const idEl = child(root, NS.app, "Id");
  if (!idEl) return []; // reported as missing by the info check
  const id = idEl.text.trim();
  if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(id)) {
    return [{ line: idEl.line, message: `<Id> "${id}" is not a well-formed GUID (expected 8-4-4-4-12 hex digits, e.g. 5a2a21f1-f4da-4d00-9fe5-bd828f90aa70)` }];
  }
  if (id === NIL_GUID) return [{ line: idEl.line, message: "<Id> is the nil GUID: give the add-in its own GUID" }];
  if (TEMPLATE_GUIDS.has(id.toLowerCase())) return [{ line: idEl.line, message: `<Id> ${id} is the yo office template GUID: give the add-in its own GUID` }];
  return [];
}

/** Reads width and height from a PNG's IHDR chunk, or explains why it cannot. */
function readPngSize(file) {
  let fd;
  try {
    fd = fs.openSync(file, "r");
  } catch (err) {
    return { error: `cannot be read (${err.code || err.message})` };
  }
  try {
    const head = Buffer.alloc(24);
    const n = fs.readSync(fd, head, 0, 24, 0);
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (n < 24 || !head.subarray(0, 8).equals(signature)) return { error: "is not a PNG file" };
    if (head.toString("latin1", 12, 16) !== "IHDR") return { error: "is a PNG without an IHDR chunk" };
    return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
  } catch (err) {
    return { error: `cannot be read (${err.code || err.message})` };
  } finally {
    fs.closeSync(fd);
  }
}

/** Maps an icon URL (https://host/.../assets/x.png) to <manifest dir>/assets/x.png. */
function assetFileFor(url, assetsDir) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { error: `"${url}" is not a valid absolute URL` };
  }
  const at = pathname.lastIndexOf("/assets/");
  if (at < 0) return { error: `icon URL ${url} does not point into assets/` };
  const file = path.resolve(assetsDir, pathname.slice(at + "/assets/".length));
  if (!file.startsWith(assetsDir + path.sep)) return { error: `icon URL ${url} points outside assets/` };
  return { file };
}

function localeValues(node) {
  const values = [];
  if (node.attrs.DefaultValue !== undefined) values.push(node.attrs.DefaultValue);
  for (const o of node.children.filter((c) => c.local === "Override")) if (o.attrs.Value !== undefined) values.push(o.attrs.Value);
  return values;
}

function collectResources(root) {
  const vo = child(root, NS.ov, "VersionOverrides");
  const resources = child(vo, NS.ov, "Resources");
  /** @type {Map<string, { kind: string, node: XmlNode }>} */
  const byId = new Map();
  const problems = [];
  for (const [kind, item] of [["Images", "Image"], ["Urls", "Url"], ["ShortStrings", "String"], ["LongStrings", "String"]]) {
    for (const list of childrenOf(resources, NS.bt, kind)) {
      for (const node of childrenOf(list, NS.bt, item)) {
        const id = node.attrs.id;
        if (id === undefined) continue; // the schema requires it
        const previous = byId.get(id);
        if (previous) problems.push({ line: node.line, message: `resource id "${id}" is defined twice (also bt:${previous.kind} on line ${previous.node.line})` });
        else byId.set(id, { kind, node });
      }
    }
  }
  return { byId, problems };
}

function checkResids(root, resources) {
  const problems = [];
  const used = new Set();
  for (const node of descendants(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const def = resources.byId.get(resid);
    if (!def) {
      problems.push({ line: node.line, message: `resid "${resid}" on <${node.qname}> is not defined in <Resources>` });
      continue;
    }
    const wanted = RESID_KIND_BY_ELEMENT[node.local];
    if (wanted && wanted !== def.kind) {
      problems.push({ line: node.line, message: `resid "${resid}" on <${node.qname}> must name a bt:${wanted} entry, but it is defined in bt:${def.kind} (line ${def.node.line})` });
    }
  }
  const unused = [...resources.byId.keys()].filter((id) => !used.has(id));
  return { problems, used, unused };
}

function checkIcons(root, resources, assetsDir) {
  const problems = [];
  /** @type {Map<string, { width: number, height: number } | { error: string }>} */
  const sizes = new Map();
  const look = (file) => {
    if (!sizes.has(file)) sizes.set(file, fs.existsSync(file) ? readPngSize(file) : { error: "does not exist" });
    return sizes.get(file);
  };
  const checkUrl = (url, line, expected, what) => {
    const mapped = assetFileFor(url, assetsDir);
    if (mapped.error) return problems.push({ line, message: `${what}: ${mapped.error}` });
    const rel = path.relative(process.cwd(), mapped.file) || mapped.file;
    const size = look(mapped.file);
    if (size.error) return problems.push({ line, message: `${what}: ${rel} ${size.error} (from ${url})` });
    if (expected && (size.width !== expected || size.height !== expected)) {
      problems.push({ line, message: `${what}: ${rel} is ${size.width}x${size.height} px, expected ${expected}x${expected}` });
    }
  };
  for (const [local, expected] of Object.entries(TOP_LEVEL_ICON_SIZES)) {
    const el = child(root, NS.app, local);
    if (el) for (const url of localeValues(el)) checkUrl(url, el.line, expected, `<${local}>`);
  }
  // Every bt:Image resource must be a PNG in assets/; where a control uses it with size="N", N x N.
  const imageUses = descendants(root).filter((n) => n.uri === NS.bt && n.local === "Image" && n.attrs.resid !== undefined);
  for (const [id, def] of resources.byId) {
    if (def.kind !== "Images") continue;
    const wanted = new Set(imageUses.filter((u) => u.attrs.resid === id).map((u) => Number(u.attrs.size)));
    if (wanted.size > 1) {
      problems.push({ line: def.node.line, message: `image resource "${id}" is used with several sizes (${[...wanted].join(", ")}): one file cannot be all of them` });
    }
    const expected = wanted.size === 1 ? [...wanted][0] : undefined;
    for (const url of localeValues(def.node)) checkUrl(url, def.node.line, Number.isFinite(expected) ? expected : undefined, `image resource "${id}"`);
  }
  return { problems, files: sizes.size };
}

function checkHttps(root) {
  const problems = [];
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
  for (const node of descendants(root)) {
    const isUrlSetting = (node.uri === NS.app && urlElements.has(node.local)) || (node.uri === NS.bt && (node.local === "Url" || (node.local === "Image" && node.attrs.id !== undefined)));
    if (!isUrlSetting) continue;
    for (const url of localeValues(node)) {
      if (!/^https:\/\//i.test(url)) problems.push({ line: node.line, message: `<${node.qname}> URL "${url}" must use https://` });
    }
  }
  return problems;
}

// --------------------------------------------------------------------------------------------

/** The manifests `npm run validate` checks when given none: the checked-in one, and the built one if any. */
function defaultManifests() {
  const shown = (file) => path.relative(process.cwd(), file) || file;
  const files = [path.join(PROJECT_ROOT, "manifest.xml")];
  const built = path.join(PROJECT_ROOT, "dist", "manifest.xml");
  if (fs.existsSync(built)) files.push(built);
  return files.map(shown);
}

async function main(argv) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log("usage: node scripts/validate-manifest.js [manifest.xml ...]   (default: manifest.xml and dist/manifest.xml if built)");
    return 0;
  }
  let code = 0;
  for (const given of argv.length ? argv : defaultManifests()) code = Math.max(code, await validateManifest(given));
  return code;
}

/** Checks one manifest file; prints what it found; 0 valid, 1 not. */
async function validateManifest(given) {
  const manifestPath = path.resolve(given);
  const shown = given;
  const report = (problems) => {
    for (const p of problems) console.error(p.line ? `${shown}:${p.line}: ${p.message}` : `${shown}: ${p.message}`);
    console.error(`manifest INVALID: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${shown}`);
    return 1;
  };

  let text;
  try {
    text = fs.readFileSync(manifestPath, "utf8");
  } catch (err) {
    return report([{ message: `cannot read the manifest: ${err.code || err.message}` }]);
  }

  const parsed = parseXml(text);
  if (parsed.errors.length || !parsed.root) {
    return report(parsed.errors.length ? parsed.errors.map((e) => ({ line: e.line, message: `not well-formed XML: ${e.message}` })) : [{ message: "not well-formed XML: no root element" }]);
  }
  const root = parsed.root;
  if (root.uri !== NS.app || root.local !== "OfficeApp") {
    return report([{ line: root.line, message: `the root element must be <OfficeApp xmlns="${NS.app}">, found <${root.qname}> in ${root.uri || "no namespace"}` }]);
  }

  const schema = await checkSchema(text);
  if (schema.skipped) console.log(schema.skipped);
  const infoResult = await checkInfo(manifestPath, root);
  const resources = collectResources(root);
  const resids = checkResids(root, resources);
  const icons = checkIcons(root, resources, path.join(path.dirname(manifestPath), "assets"));

  const problems = [
    ...schema.problems,
    ...infoResult.problems,
    ...checkGuid(root),
    ...resources.problems,
    ...resids.problems,
    ...icons.problems,
    ...checkHttps(root),
  ];
  if (problems.length) return report(problems);

  const { info, hosts } = infoResult;
  console.log(`Manifest: ${shown}`);
  console.log(`  Id: ${info.id}`);
  console.log(`  Name: ${info.displayName}`);
  console.log(`  Provider: ${info.providerName}`);
  console.log(`  Type: ${info.officeAppType || ""}`);
  console.log(`  Version: ${info.version}`);
  console.log(`  Hosts: ${hosts.join(", ")}`);
  console.log(`  Permissions: ${info.permissions || ""}`);
  console.log(`  Source Location: ${info.defaultSettings.sourceLocation}`);
  for (const id of resids.unused) console.log(`  note: resource "${id}" is defined but not used`);
  const schemaPart = schema.skipped ? "schema check skipped" : `valid against ${MAIN_XSD} (${schema.schemaFiles} XSDs)`;
  console.log(
    `manifest OK: ${info.displayName} ${info.version} (${info.id}) for ${hosts.join(", ")}; ${schemaPart}; ` +
      `${resids.used.size} resids resolved; ${icons.files} icon files checked`,
  );
  return 0;
}

if (require.main === module) {
  const timer = setTimeout(() => {
    console.error(`validate-manifest: gave up after ${TIME_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, TIME_LIMIT_MS);
  timer.unref();
  refuseNetwork();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      console.error(`validate-manifest: ${err && err.stack ? err.stack : err}`);
      process.exitCode = 1;
    },
  );
}
