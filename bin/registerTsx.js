"use strict";
// Registers tsx's global CommonJS hook for our TypeScript sources, and leaves the dependencies to
// Node's own loader. Plain JavaScript: it runs before tsx is there to transpile anything.
//
// tsx's global hook, not the namespaced require of "tsx/cjs/api": only the global hook hits tsx's
// transpile cache, so a run does not re-transpile ~70 sources with esbuild (measured 0.82 → 0.42 s
// for --help, bench/micro/binRegister.js).
//
// tsx's hook reads each dependency file and scans it for ES module syntax before running it, which
// doubled the cost of loading ExcelJS's streaming writer and its 218 modules (0.19 → 0.10 s,
// `require` timed in-process; about 0.1 s of every `consolidate`). The dependencies are plain
// CommonJS, so Node's loader runs them. One that Node cannot run as it is (an ES module, or ES
// syntax in a .js file: both refused before any of it runs, so nothing runs twice) goes to tsx, as
// before.
const Module = require("node:module");
const { sep } = require("node:path");

const DEPENDENCY = `${sep}node_modules${sep}`;

function registerTsx() {
  const nodeLoaders = { ".js": Module._extensions[".js"], ".cjs": Module._extensions[".cjs"] };
  require("tsx/cjs");
  for (const [extension, nodeLoader] of Object.entries(nodeLoaders)) {
    const tsxLoader = Module._extensions[extension];
    if (!nodeLoader || tsxLoader === nodeLoader) continue;
    Module._extensions[extension] = function load(module, filename) {
      if (!filename.includes(DEPENDENCY)) return tsxLoader.call(this, module, filename);
      try {
        return nodeLoader.call(this, module, filename);
      } catch (error) {
        const notCommonJs = error && (error.code === "ERR_REQUIRE_ESM" || (error instanceof SyntaxError && module.children.length === 0));
        if (notCommonJs) return tsxLoader.call(this, module, filename);
        throw error;
      }
    };
  }
}

module.exports = { registerTsx };
