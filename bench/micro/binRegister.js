#!/usr/bin/env node
// Experiment: bin/policy-tracker.js with tsx's global CommonJS hook (require("tsx/cjs")) instead of
// the namespaced tsx/cjs/api require(). The namespaced require misses tsx's transpile cache (about
// 70 esbuild calls on every run); the global hook hits it. Compare:
//   /usr/bin/time -f "%e s" node bin/policy-tracker.js --help
//   /usr/bin/time -f "%e s" node bench/micro/binRegister.js --help
"use strict";
require("tsx/cjs");
const { main } = require("../../src/cli/main.ts");
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`policy-tracker: unexpected failure: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
