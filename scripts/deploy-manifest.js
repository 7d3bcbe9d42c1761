// @ts-check
/**
 * The add-in manifest for one deployment, made from the checked-in localhost manifest.xml: every URL
 * moved under the deployment's HTTPS address, its version, its add-in Id and, if asked, a label in
 * its name. Pure functions (text in, text out); webpack.config.js writes the result into dist/.
 *
 *   npm run build -- --env publicUrl=https://host/path/ [--env version=1.2.0.0]
 *                    [--env addinId=GUID] [--env label=Pilot]
 */
"use strict";

/** Where the checked-in manifest points: the webpack dev server. */
const DEV_BASE_URL = "https://localhost:3000/";
/**
 * The Id of every build for a deployment address unless --env addinId says otherwise. It differs
 * from the checked-in manifest's Id so the production add-in and the dev one can be installed side
 * by side. Office keys cached add-ins and their settings on it: never change it once deployed.
 */
const PRODUCTION_ADDIN_ID = "d694e9bd-bdaf-4d94-86f6-0f178bab9dce";

/** A wrong setting: the build stops with this message, one line. */
class DeployConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "DeployConfigError";
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The manifest XSD's Version: up to four parts of up to five digits each. */
const MANIFEST_VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const EXAMPLE_URL = "https://tracker.example.gov.kh/addin/";
const GENERATED_NOTE = "<!-- Written by the build (scripts/deploy-manifest.js) from the checked-in manifest.xml: change that one, not this. -->";

/**
 * The address the built files will be served from, as the base of every URL in the manifest.
 * @param {unknown} value
 * @returns {string}
 */
function parsePublicUrl(value) {
  const given = typeof value === "string" ? value.trim() : "";
  const fail = (/** @type {string} */ why) => {
    throw new DeployConfigError(`--env publicUrl=${given || "(empty)"} ${why} (for example ${EXAMPLE_URL})`);
  };
  if (!given) fail("is empty: give the HTTPS address the add-in's files will be served from");
  /** @type {URL} */
  let url;
  try {
    url = new URL(given);
  } catch {
    return fail("is not a URL: give the full HTTPS address, ending with /");
  }
  if (url.protocol !== "https:") fail("must start with https:// (Office loads add-ins over HTTPS only)");
  if (url.username || url.password) fail("must not carry a user name or password");
  if (url.search || url.hash || /[?#]/.test(given)) fail("must not have a ?query or #fragment");
  if (!given.endsWith("/")) fail("must end with / (it is the folder that holds taskpane.html)");
  return url.href;
}

/**
 * The manifest's <Version>: four parts, from --env version or package.json's version.
 * @param {unknown} value --env version, if given
 * @param {string} packageVersion package.json's version (semver)
 * @returns {string}
 */
function manifestVersion(value, packageVersion) {
  if (value !== undefined) {
    const given = String(value).trim();
    if (!MANIFEST_VERSION.test(given)) {
      throw new DeployConfigError(`--env version=${given} is not a manifest version: one to four numbers of up to five digits, e.g. 1.2.0.0`);
    }
    return padVersion(given);
  }
  const release = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion);
  if (!release) {
    throw new DeployConfigError(`package.json's version ${packageVersion} cannot be a manifest version (a pre-release or build tag, or a part over five digits): give --env version=A.B.C.D`);
  }
  return `${release[1]}.${release[2]}.${release[3]}.0`;
}

/** @param {string} version */
function padVersion(version) {
  const parts = version.split(".");
  while (parts.length < 4) parts.push("0");
  return parts.join(".");
}

/**
 * @param {unknown} value
 * @param {string} fallback
 */
function addinId(value, fallback) {
  if (value === undefined) return fallback;
  const given = String(value).trim();
  if (!GUID.test(given)) throw new DeployConfigError(`--env addinId=${given} is not a GUID (8-4-4-4-12 hex digits, e.g. ${PRODUCTION_ADDIN_ID})`);
  return given.toLowerCase();
}

/** @param {unknown} value */
function nameLabel(value) {
  if (value === undefined) return undefined;
  const given = String(value).trim();
  if (!/^[\p{L}\p{N} ._-]{1,24}$/u.test(given)) {
    throw new DeployConfigError(`--env label=${given} must be 1 to 24 letters, digits, spaces, dots, dashes or underscores (e.g. Pilot)`);
  }
  return given;
}

/**
 * @typedef {object} DeploySettings
 * @property {string} publicUrl where the built files are served from, ending with /
 * @property {string} version the manifest's four-part version
 * @property {string | undefined} addinId the add-in's Id; undefined keeps the checked-in one
 * @property {string | undefined} label shown after the add-in's name, in brackets
 * @property {boolean} local no publicUrl given: the build serves the checked-in localhost address
 */

/**
 * Reads the build's --env settings. Without publicUrl the build is for the dev server's address
 * and keeps the checked-in Id (a local trial of the production bundle).
 * @param {Record<string, unknown>} env
 * @param {string} packageVersion
 * @returns {DeploySettings}
 */
function deploySettings(env, packageVersion) {
  const local = env.publicUrl === undefined;
  return {
    publicUrl: local ? DEV_BASE_URL : parsePublicUrl(env.publicUrl),
    version: manifestVersion(env.version, packageVersion),
    addinId: local && env.addinId === undefined ? undefined : addinId(env.addinId, PRODUCTION_ADDIN_ID),
    label: nameLabel(env.label),
    local,
  };
}

/** @param {string} text */
const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** @param {string} text */
const unescapeXml = (text) => text.replace(/&quot;/g, '"').replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");

/**
 * Replaces the one element `<name>…</name>`; a manifest with none or several is refused.
 * @param {string} xml
 * @param {string} name
 * @param {string} value
 */
function replaceElementText(xml, name, value) {
  const pattern = new RegExp(`<${name}>[^<]*</${name}>`, "g");
  const count = (xml.match(pattern) ?? []).length;
  if (count !== 1) throw new DeployConfigError(`manifest.xml has ${count} <${name}> elements, expected one`);
  return xml.replace(pattern, `<${name}>${escapeXml(value)}</${name}>`);
}

/**
 * The manifest for one deployment.
 * @param {string} xml the checked-in manifest (every URL under DEV_BASE_URL)
 * @param {Pick<DeploySettings, "publicUrl" | "version" | "addinId" | "label">} settings
 * @returns {string}
 */
function deployManifest(xml, settings) {
  const { publicUrl, version, label } = settings;
  let moved = 0;
  // The checked-in comments speak of the dev server; say where this file comes from instead.
  let out = xml.replace(/<!--[\s\S]*?-->\s*/g, "");
  out = out.replace(/^(<\?xml[^>]*\?>\s*)?/, (declaration) => `${declaration}${GENERATED_NOTE}\n`);
  // URL settings are DefaultValue / Value attributes (IconUrl, SourceLocation, bt:Url, bt:Image, …).
  out = out.replace(/\b(DefaultValue|Value)="(https?:[^"]*)"/g, (whole, attribute, raw) => {
    const url = unescapeXml(raw);
    if (!url.startsWith(DEV_BASE_URL)) {
      throw new DeployConfigError(`manifest.xml: ${attribute}="${url}" is not under ${DEV_BASE_URL}, so it cannot be moved under publicUrl`);
    }
    moved++;
    return `${attribute}="${escapeXml(publicUrl + url.slice(DEV_BASE_URL.length))}"`;
  });
  if (moved === 0) throw new DeployConfigError(`manifest.xml has no URL under ${DEV_BASE_URL} to move`);
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  out = out.replace(/<AppDomain>([^<]*)<\/AppDomain>/g, (whole, domain) => {
    if (unescapeXml(domain).replace(/\/$/, "") !== devOrigin) throw new DeployConfigError(`manifest.xml: <AppDomain>${domain}</AppDomain> is not ${devOrigin}`);
    return `<AppDomain>${escapeXml(new URL(publicUrl).origin)}</AppDomain>`;
  });
  out = replaceElementText(out, "Version", version);
  if (settings.addinId !== undefined) out = replaceElementText(out, "Id", settings.addinId);
  if (label !== undefined) out = labelDisplayName(out, label);
  if (publicUrl !== DEV_BASE_URL && out.includes("localhost:3000")) {
    throw new DeployConfigError("manifest.xml still names localhost:3000 after the move: only URL attributes and <AppDomain> are moved");
  }
  return out;
}

/**
 * "Policy Tracker" becomes "Policy Tracker (Pilot)" in every language.
 * @param {string} xml
 * @param {string} label
 */
function labelDisplayName(xml, label) {
  const element = /<DisplayName\b[\s\S]*?<\/DisplayName>|<DisplayName\b[^>]*\/>/;
  const match = element.exec(xml);
  if (!match) throw new DeployConfigError("manifest.xml has no <DisplayName>");
  const labelled = match[0].replace(/\b(DefaultValue|Value)="([^"]*)"/g, (whole, attribute, name) => `${attribute}="${name} (${escapeXml(label)})"`);
  return xml.replace(match[0], labelled);
}

module.exports = { DEV_BASE_URL, PRODUCTION_ADDIN_ID, DeployConfigError, deploySettings, deployManifest, parsePublicUrl, manifestVersion };
