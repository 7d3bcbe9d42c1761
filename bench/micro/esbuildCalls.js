// Experiment: counts esbuild's synchronous calls (tsx transpiling on a cache miss) in a run, by
// counting Atomics.wait (esbuild's sync API blocks on it). Preload it:
//   node -r ./bench/micro/esbuildCalls.js bin/policy-tracker.js --help
"use strict";
const wait = Atomics.wait;
let calls = 0;
let ms = 0;
Atomics.wait = function (...args) {
  const t = performance.now();
  try {
    return wait.apply(this, args);
  } finally {
    calls++;
    ms += performance.now() - t;
  }
};
process.on("exit", () => process.stderr.write(`esbuild sync calls (tsx cache misses): ${calls}, ${ms.toFixed(0)} ms blocked\n`));
