// The peak resident set size of this process alone, in KiB. On Linux, getrusage's maxRSS survives
// fork+exec: a child started by a large parent (a Jest worker, the bench runner) reports the parent's
// size. /proc/self/status's VmHWM belongs to the current address space, so it does not.
"use strict";
const { readFileSync } = require("node:fs");

function peakRssKiB() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: fall through to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

module.exports = { peakRssKiB };
