// Runs `policy-tracker validate --json FILE...` in this process and prints the result with the
// process's own wall time and peak memory, so a test can hold each hostile file to a budget.
"use strict";
// The compiled command line, as bin/policy-tracker.js runs it (Jest's globalSetup keeps lib/ current).
const { main } = require("../../lib/src/cli/main.js");
const { peakRssKiB } = require("../../bench/peakRss.js");
const out = [];
const err = [];
const started = process.hrtime.bigint();
const baseline = peakRssKiB();
main(["validate", "--json", ...process.argv.slice(2)], { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => {
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stdout.write(JSON.stringify({ code, ms, baselineMb: baseline / 1024, peakMb: peakRssKiB() / 1024, out: out.join("\n"), err }));
});
