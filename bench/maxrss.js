// Preloaded into a benchmarked child (`node -r ./bench/maxrss.js …`): at exit, writes the process's
// peak resident set size in KiB (bench/peakRss.js) and its CPU time in ms — "maxRSS userMs systemMs" —
// to the file named by $BENCH_MAXRSS_FILE. Used when /usr/bin/time (Debian package `time`) is not
// installed, or with BENCH_RSS=launcher.
"use strict";
const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    require("node:fs").writeFileSync(file, `${require("./peakRss.js").peakRssKiB()} ${u.userCPUTime / 1000} ${u.systemCPUTime / 1000}`);
  });
}
