#!/usr/bin/env node
// @ts-check
/**
 * Serves the built add-in (dist/) over HTTPS with the headers Office needs, for an intranet trial
 * or a test before the files go to the real web server:
 *
 *   npm run serve:dist -- --cert CERT.pem --key KEY.pem [--port 8443] [--host 0.0.0.0]
 *                         [--dir dist] [--path /addin/]
 *
 * Node's own https module and serve-static (the Express team's static-file handler); no framework.
 * --path defaults to the folder of the built manifest's SourceLocation, so the URLs in
 * dist/manifest.xml answer as they are. Without --cert/--key it uses the office-addin-dev-certs
 * localhost certificate when there is one (~/.office-addin-dev-certs).
 */
"use strict";

const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");

const ROOT = path.resolve(__dirname, "..");
const YEAR_S = 365 * 24 * 3600;
const DAY_S = 24 * 3600;

/**
 * Cache-Control for a file of the build, by its path under the served folder.
 * - Names with a content hash (chunks, fonts, images the bundle imports) never change: a year.
 * - Icons the manifest names keep their names across versions, and Office requires image URLs to
 *   be cacheable (no no-cache / no-store): a day.
 * - Pages, entry scripts and the manifest keep their names and must change with a new version:
 *   cached, but checked with the server (ETag / Last-Modified) before each use.
 * @param {string} file path relative to the served folder, with forward slashes
 */
function cacheControlFor(file) {
  if (/\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(file)) return `public, max-age=${YEAR_S}, immutable`;
  if (/\.(png|ico|svg)$/i.test(file)) return `public, max-age=${DAY_S}`;
  if (file.startsWith("office-js/")) return `public, max-age=${DAY_S}`;
  return "no-cache";
}

/**
 * Headers on every answer. No X-Frame-Options and no CSP frame-ancestors: Excel on the web shows
 * the task pane in an iframe of Office's own page, so the pages must be allowed in a frame.
 * @param {import("node:http").ServerResponse} response
 * @param {string} file
 */
function setHeaders(response, file) {
  response.setHeader("Cache-Control", cacheControlFor(file));
  response.setHeader("X-Content-Type-Options", "nosniff");
  response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
}

/**
 * The folder part of the built manifest's task pane URL ("/addin/"), or undefined.
 * @param {string} dir
 */
function manifestBasePath(dir) {
  try {
    const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
    return source ? new URL(source.replace(/&amp;/g, "&")).pathname.replace(/[^/]*$/, "") : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A request handler serving `dir` under `basePath`.
 * @param {{ dir: string, basePath: string }} options
 * @returns {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void}
 */
function distHandler({ dir, basePath }) {
  const serveStatic = require("serve-static");
  const root = path.resolve(dir);
  const serve = serveStatic(root, {
    index: ["taskpane.html"],
    dotfiles: "ignore",
    fallthrough: true,
    redirect: false,
    setHeaders: (response, file) => setHeaders(response, path.relative(root, file).split(path.sep).join("/")),
  });
  const notFound = (/** @type {import("node:http").ServerResponse} */ response) => {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.end("Not found\n");
  };
  return (request, response) => {
    const url = request.url ?? "/";
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.statusCode = 405;
      response.setHeader("Allow", "GET, HEAD");
      response.end();
      return;
    }
    if (!url.startsWith(basePath)) return notFound(response);
    // serve-static reads req.url: hand it the part under the base path, as a mount would.
    request.url = `/${url.slice(basePath.length)}`;
    serve(/** @type {any} */ (request), /** @type {any} */ (response), () => notFound(response));
  };
}

/** @param {string} name @param {string | undefined} file */
function readPem(name, file) {
  if (!file) throw new Error(`--${name} is required`);
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new Error(`--${name} ${file}: ${/** @type {NodeJS.ErrnoException} */ (error).code ?? String(error)}`);
  }
}

/** The dev certificate office-addin-dev-certs writes, when neither --cert nor --key is given. */
function devCertificate() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  return fs.existsSync(cert) && fs.existsSync(key) ? { cert, key } : undefined;
}

const USAGE = "usage: npm run serve:dist -- --cert CERT.pem --key KEY.pem [--port 8443] [--host 127.0.0.1] [--dir dist] [--path /addin/]";

/** @param {string[]} argv */
async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      cert: { type: "string" },
      key: { type: "string" },
      port: { type: "string", default: "8443" },
      host: { type: "string", default: "127.0.0.1" },
      dir: { type: "string", default: path.join(ROOT, "dist") },
      path: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dir = path.resolve(values.dir);
  if (!fs.existsSync(path.join(dir, "taskpane.html"))) throw new Error(`${dir} holds no taskpane.html: build it first (npm run build -- --env publicUrl=https://host/path/)`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  let { cert, key } = values;
  if (!cert && !key) ({ cert, key } = devCertificate() ?? {});
  if (!cert || !key) throw new Error("give the certificate and its key: --cert CERT.pem --key KEY.pem");
  const basePath = values.path ?? manifestBasePath(dir) ?? "/";
  if (!basePath.startsWith("/") || !basePath.endsWith("/")) throw new Error(`--path ${basePath} must start and end with /`);

  const server = https.createServer({ cert: readPem("cert", cert), key: readPem("key", key) }, distHandler({ dir, basePath }));
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, values.host, () => resolve(undefined));
  });
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const shownHost = values.host.includes(":") ? `[${values.host}]` : values.host;
  console.log(`serving ${path.relative(process.cwd(), dir) || "."} at https://${shownHost}:${address.port}${basePath} (Ctrl+C to stop)`);
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

module.exports = { cacheControlFor, distHandler, manifestBasePath };

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`serve:dist: ${error instanceof Error ? error.message : String(error)}`);
    console.error(USAGE);
    process.exitCode = 2;
  });
}
