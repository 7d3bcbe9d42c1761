#!/usr/bin/env node
// The installed command: runs the CLI compiled to CommonJS in lib/ (tsc -p tsconfig.cli.json, which
// `npm install`, `npm ci` and `npm pack` run through the "prepare" script). Plain Node, no loader.
"use strict";
const path = require("node:path");

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${require("../package.json").version}\n`);
  process.exit(0);
}

const MAIN = path.join(__dirname, "..", "lib", "src", "cli", "main.js");
let main;
try {
  ({ main } = require(MAIN));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(MAIN)) {
    process.stderr.write(
      `policy-tracker: ${path.relative(process.cwd(), MAIN) || MAIN} is missing: build the command line with \`npm run build:cli\` (npm install does it)\n`,
    );
    process.exit(2);
  }
  throw error;
}

main(args).then(
  (code) => {
    process.exitCode = code;
    // Done: exit now, not after Node's teardown (it waits for V8's background compile jobs and
    // frees the heap: 10-20 ms of every run). Only when stdout and stderr hold nothing unwritten,
    // as a pipe's writes are asynchronous on POSIX: a full pipe drains first, the process then
    // ending by itself.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (error) => {
    process.stderr.write(`policy-tracker: unexpected failure: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
