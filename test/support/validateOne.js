// Runs `policy-tracker validate --json FILE...` in this process and prints the result with the
// process's own wall time and peak memory, so a test can hold each hostile file to a budget.
"use strict";
// The same loader as bin/policy-tracker.js: tsx's global hook, which hits its transpile cache.
require("tsx/cjs");
const { main } = require("../../src/cli/main.ts");
const out = [];
const err = [];
const started = process.hrtime.bigint();
const baseline = process.resourceUsage().maxRSS;
main(["validate", "--json", ...process.argv.slice(2)], { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ code, ms, baselineMb: baseline / 1024, peakMb: process.resourceUsage().maxRSS / 1024, out: out.join("\n"), err }));
});
