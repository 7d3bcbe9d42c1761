/**
 * The machine's floor for reading N submissions: read each file, inflate every worksheet part and
 * the shared strings with Node's native zlib, and scan the inflated bytes once for cells
 * (`Buffer.indexOf("<c ")`). No XML parsing, no rules, no report: what no reader can go below.
 * Plain JavaScript, run by plain `node` (no TypeScript loader in its start-up).
 *
 *   node bench/rawFloor.js DIR [--workers N]   (N = 1: one core, in this thread; default: one
 *                                               worker_thread per core, files dealt round-robin)
 *
 * Prints one JSON line: {files, parts, inflatedBytes, cells, workers, ms}.
 */
"use strict";
const { readFileSync, readdirSync } = require("node:fs");
const { join } = require("node:path");
const { cpus } = require("node:os");
const { inflateRawSync } = require("node:zlib");
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

const PART = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;
const CELL = Buffer.from("<c ");

/** Inflates the worksheet and shared-string parts of one .xlsx and counts their cells. */
function scanFile(path) {
  const b = readFileSync(path);
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${path}: no zip directory`);
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  let parts = 0;
  let inflatedBytes = 0;
  let cells = 0;
  for (let n = 0; n < count; n++) {
    const nameLength = b.readUInt16LE(at + 28);
    const name = b.toString("latin1", at + 46, at + 46 + nameLength);
    if (PART.test(name)) {
      const method = b.readUInt16LE(at + 10);
      const size = b.readUInt32LE(at + 20);
      const local = b.readUInt32LE(at + 42);
      const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
      const raw = b.subarray(start, start + size);
      const xml = method === 8 ? inflateRawSync(raw) : raw;
      parts++;
      inflatedBytes += xml.length;
      for (let i = xml.indexOf(CELL); i >= 0; i = xml.indexOf(CELL, i + 3)) cells++;
    }
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return { parts, inflatedBytes, cells };
}

function scanAll(files) {
  const total = { files: files.length, parts: 0, inflatedBytes: 0, cells: 0 };
  for (const f of files) {
    const r = scanFile(f);
    total.parts += r.parts;
    total.inflatedBytes += r.inflatedBytes;
    total.cells += r.cells;
  }
  return total;
}

function main() {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const dir = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--workers");
  if (!dir) throw new Error("usage: node bench/rawFloor.js DIR [--workers N]");
  const w = argv.indexOf("--workers");
  const workers = w >= 0 ? Number(argv[w + 1]) : cpus().length;
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((n) => join(dir, n));
  const done = (total) => process.stdout.write(`${JSON.stringify({ ...total, files: files.length, workers, ms: performance.now() - started })}\n`);
  if (workers <= 1) return done(scanAll(files));
  const total = { parts: 0, inflatedBytes: 0, cells: 0 };
  let pending = workers;
  for (let k = 0; k < workers; k++) {
    const worker = new Worker(__filename, { workerData: files.filter((_, i) => i % workers === k) });
    worker.on("message", (r) => {
      total.parts += r.parts;
      total.inflatedBytes += r.inflatedBytes;
      total.cells += r.cells;
      if (--pending === 0) done(total);
    });
    worker.on("error", (e) => {
      throw e;
    });
  }
}

if (isMainThread) main();
else parentPort.postMessage(scanAll(workerData));
