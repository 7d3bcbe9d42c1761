// @ts-check
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { gzipSync } = require("node:zlib");
const { WebpackError } = require("webpack");

const KIB = 1024;
const kib = (/** @type {number} */ bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

/**
 * After the files are written, prints the gzip size of what the task pane loads at start (an
 * entry's initial files), of named lazy chunks, and of a worker with the chunks it loads at start;
 * fails the build when the entry is over its budget. Gzip, because that is what crosses the
 * network to Excel; measured on the emitted files, so it is what ships.
 */
class BundleBudgetPlugin {
  /**
   * @param {{ entry: string, budgetKiB: number, chunks: readonly string[], workers: readonly string[] }} options
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { entry, budgetKiB, chunks, workers } = this.options;
    compiler.hooks.afterEmit.tap(BundleBudgetPlugin.name, (compilation) => {
      // Read back from disk: once emitted, webpack keeps only the sizes of the sources.
      const outputPath = compilation.outputOptions.path ?? compiler.outputPath;
      /** @param {Iterable<string>} files */
      const gzip = (files) =>
        [...new Set(files)]
          .filter((file) => file.endsWith(".js"))
          .reduce((sum, file) => sum + gzipSync(readFileSync(path.join(outputPath, file))).length, 0);
      /** @param {string} name */
      const group = (name) => compilation.namedChunkGroups.get(name) ?? compilation.entrypoints.get(name);

      const initial = gzip(group(entry)?.getFiles() ?? []);
      const lines = [`${entry} (initial) ${kib(initial)} of ${budgetKiB} KiB`];
      for (const name of chunks) {
        const chunk = [...compilation.chunks].find((c) => c.name === name);
        lines.push(`${name} ${chunk ? kib(gzip(chunk.files)) : "not built"}`);
      }
      for (const name of workers) {
        const worker = group(name);
        const own = [...compilation.chunks].find((c) => c.name === name);
        if (!worker || !own) {
          lines.push(`${name} not built`);
          continue;
        }
        const all = gzip(worker.getFiles());
        const self = gzip(own.files);
        lines.push(`${name} ${kib(self)} (${kib(all)} with the chunks it loads at start)`);
      }
      console.log(`[bundle] gzip: ${lines.join(" · ")}`);
      if (initial > budgetKiB * KIB) {
        compilation.errors.push(
          new WebpackError(`${entry}: ${kib(initial)} gzip is over its ${budgetKiB} KiB budget. Load the new code on demand (import()), or make room.`),
        );
      }
    });
  }
}

module.exports = { BundleBudgetPlugin };
