/**
 * What `npm run serve:dist` answers (scripts/serve-dist.js): the request handler over a small built
 * folder, on plain HTTP here (the HTTPS server around it is the e2e test's, test/e2e/deployedAddin).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { tempDir } from "../support/tmp";

// Plain JavaScript run by npm; typed through its JSDoc.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cacheControlFor, distHandler, manifestBasePath } = require("../../scripts/serve-dist.js") as typeof import("../../scripts/serve-dist.js");

const tmp = tempDir("serve-dist");
const DIST = tmp.path("dist");
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61", "hex");
const files: Record<string, string | Buffer> = {
  "taskpane.html": "<!doctype html><title>pane</title>",
  "taskpane.js": "console.log(1)",
  "exceljs.c2d30b6e.js": "console.log(2)",
  "fonts/noto-sans-khmer-khmer-400-normal.0123abcd.woff2": "wOF2",
  "assets/icon-16.png": PNG,
  "manifest.xml": '<OfficeApp><DefaultSettings><SourceLocation DefaultValue="https://tracker.example.gov.kh/addin/taskpane.html"/></DefaultSettings></OfficeApp>',
  ".env": "SECRET=1",
};
for (const [name, content] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(DIST, name)), { recursive: true });
  writeFileSync(path.join(DIST, name), content);
}
writeFileSync(tmp.path("outside.txt"), "not served");

let server: http.Server;
let origin = "";
beforeAll(async () => {
  server = http.createServer(distHandler({ dir: DIST, basePath: "/addin/" }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  tmp.cleanup();
});

/** A raw GET: the path goes out exactly as written (no ../ folding by a client). */
function get(rawPath: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}${rawPath}`, { method, path: rawPath }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject).end();
  });
}

const answers: { path: string; status: number; type?: RegExp; cache?: string }[] = [
  { path: "/addin/taskpane.html", status: 200, type: /^text\/html; charset=utf-8$/i, cache: "no-cache" },
  { path: "/addin/", status: 200, type: /^text\/html/, cache: "no-cache" },
  { path: "/addin/taskpane.js", status: 200, type: /^application\/javascript; charset=utf-8$/i, cache: "no-cache" },
  { path: "/addin/exceljs.c2d30b6e.js", status: 200, type: /^application\/javascript/, cache: "public, max-age=31536000, immutable" },
  { path: "/addin/fonts/noto-sans-khmer-khmer-400-normal.0123abcd.woff2", status: 200, type: /^font\/woff2$/, cache: "public, max-age=31536000, immutable" },
  { path: "/addin/assets/icon-16.png", status: 200, type: /^image\/png$/, cache: "public, max-age=86400" },
  { path: "/addin/manifest.xml", status: 200, type: /^application\/xml/, cache: "no-cache" },
  { path: "/taskpane.html", status: 404 },
  { path: "/addin/missing.js", status: 404 },
  { path: "/addin/.env", status: 404 },
  { path: "/addin/../outside.txt", status: 404 },
  { path: "/addin/%2e%2e/outside.txt", status: 404 },
  { path: "/addin/..%2f/outside.txt", status: 404 },
];

describe("serve:dist answers", () => {
  test.each(answers)("$path with $status", async ({ path: rawPath, status, type, cache }) => {
    const answer = await get(rawPath);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain("not served");
    expect(answer.body).not.toContain("SECRET");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    // Excel on the web shows the pane in an iframe: nothing may forbid framing.
    expect(answer.headers["x-frame-options"]).toBeUndefined();
    expect(answer.headers["content-security-policy"]).toBeUndefined();
    if (type) expect(answer.headers["content-type"]).toMatch(type);
    if (cache) expect(answer.headers["cache-control"]).toBe(cache);
  });

  test("a page again with its ETag: 304, so an unchanged page is not sent twice", async () => {
    const first = await get("/addin/taskpane.html");
    const again = await new Promise<number>((resolve, reject) => {
      http
        .get(`${origin}/addin/taskpane.html`, { headers: { "If-None-Match": String(first.headers.etag) } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on("error", reject);
    });
    expect(first.headers.etag).toBeDefined();
    expect(again).toBe(304);
  });

  test("refuses what is not GET or HEAD", async () => {
    expect((await get("/addin/taskpane.html", "POST")).status).toBe(405);
    expect((await get("/addin/taskpane.html", "HEAD")).status).toBe(200);
  });
});

describe("serve:dist choices", () => {
  test.each([
    ["taskpane.html", "no-cache"],
    ["commands.js", "no-cache"],
    ["panel-setup.7c5eb63b.js", "public, max-age=31536000, immutable"],
    ["assets/icon-80.png", "public, max-age=86400"],
    ["office-js/office.js", "public, max-age=86400"],
    ["manifest.xml", "no-cache"],
  ])("Cache-Control for %s: %s", (file, expected) => {
    expect(cacheControlFor(file)).toBe(expected);
  });

  test("serves under the folder of the built manifest's task pane URL", () => {
    expect(manifestBasePath(DIST)).toBe("/addin/");
    expect(manifestBasePath(tmp.path("no-such-dir"))).toBeUndefined();
  });
});
