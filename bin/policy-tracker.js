#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ (tsx transpiles on the fly), so `npx policy-tracker`
// works right after `npm install` with no build step.
"use strict";
// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { require: tsxRequire } = require("tsx/cjs/api");
const { main } = tsxRequire("../src/cli/main.ts", __filename);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`policy-tracker: unexpected failure: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
