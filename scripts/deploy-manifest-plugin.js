// @ts-check
const { execFile } = require("node:child_process");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");
const { deployManifest } = require("./deploy-manifest");

const VALIDATOR = path.join(__dirname, "validate-manifest.js");

/**
 * Writes manifest.xml for the deployment into the build (from the checked-in manifest, see
 * deploy-manifest.js), then runs `scripts/validate-manifest.js` on the written file — the XSDs and
 * the add-in checks, icons read from the built assets/ — and fails the build when it is invalid.
 * The validator runs as its own process: it switches off networking and telemetry for itself.
 */
class DeployManifestPlugin {
  /**
   * @param {{ source: string, settings: import("./deploy-manifest").DeploySettings }} options
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { source, settings } = this.options;
    compiler.hooks.thisCompilation.tap(DeployManifestPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: DeployManifestPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.fileDependencies.add(source);
        try {
          const xml = deployManifest(readFileSync(source, "utf8"), settings);
          compilation.emitAsset("manifest.xml", new sources.RawSource(xml), { minimized: true });
        } catch (error) {
          compilation.errors.push(new WebpackError(error instanceof Error ? error.message : String(error)));
        }
      });
    });
    compiler.hooks.afterEmit.tapPromise(DeployManifestPlugin.name, async (compilation) => {
      if (!compilation.getAsset("manifest.xml")) return;
      const written = path.join(compilation.outputOptions.path ?? compiler.outputPath, "manifest.xml");
      const run = await validate(written);
      if (run.code === 0) {
        const ok = run.stdout.split("\n").find((line) => line.startsWith("manifest OK:"));
        console.log(`[manifest] ${path.relative(process.cwd(), written)} for ${settings.publicUrl}: ${ok ?? "valid"}`);
        return;
      }
      compilation.errors.push(new WebpackError(`the built manifest is invalid (scripts/validate-manifest.js):\n${(run.stderr || run.stdout).trim()}`));
    });
  }
}

/**
 * @param {string} file
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function validate(file) {
  return new Promise((resolve) => {
    execFile(process.execPath, [VALIDATOR, file], { encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: stderr || (error && typeof error.code !== "number" ? String(error.message) : "") });
    });
  });
}

module.exports = { DeployManifestPlugin };
