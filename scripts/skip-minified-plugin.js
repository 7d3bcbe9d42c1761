// @ts-check
const { Compilation } = require("webpack");

/**
 * Marks the files of the named chunks as minimized before the minimizer runs, so Terser leaves
 * them alone: for a chunk that is one library shipped minified already (ExcelJS's dist build).
 * Terser would spend ~20 s on it to save next to nothing.
 */
class SkipMinifiedPlugin {
  /** @param {readonly string[]} chunkNames */
  constructor(chunkNames) {
    this.chunkNames = new Set(chunkNames);
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.thisCompilation.tap(SkipMinifiedPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: SkipMinifiedPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.name || !this.chunkNames.has(chunk.name)) continue;
            for (const file of chunk.files) compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        },
      );
    });
  }
}

module.exports = { SkipMinifiedPlugin };
