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
// tsx for our TypeScript sources, Node's own loader for the dependencies (see registerTsx.js).
require("./registerTsx").registerTsx();
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`policy-tracker: unexpected failure: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
