// @ts-check
/**
 * Builds the task pane and the ribbon function file.
 *
 *   webpack --mode development|production [--env officeJs=local|cdn]
 *           [--env publicUrl=https://host/path/ [--env version=1.2.0.0] [--env addinId=GUID] [--env label=Pilot]]
 *
 * A production build (or any build given publicUrl) also writes manifest.xml for the address the
 * files will be served from (scripts/deploy-manifest.js) and fails if that manifest is invalid.
 * Without publicUrl it is the dev server's address, https://localhost:3000/, with the checked-in
 * manifest's Id: the production bundle tried locally (`npm run serve:dist -- --port 3000`).
 *
 * officeJs=local (default in development) copies @microsoft/office-js/dist to /office-js/ and the
 * pages load it from there, so the pane works without Microsoft's CDN (and the browser tests never
 * leave localhost). officeJs=cdn (default in production) loads the hosted office.js, as AppSource
 * requires.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleBudgetPlugin } = require("./scripts/bundle-budget-plugin");
const { DeployConfigError, deploySettings } = require("./scripts/deploy-manifest");
const { DeployManifestPlugin } = require("./scripts/deploy-manifest-plugin");
const { SkipMinifiedPlugin } = require("./scripts/skip-minified-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";
const DEV_SERVER_PORT = 3000;
/** What the pane loads at start, gzip: the production build fails above it. */
const MAIN_BUDGET_KIB = 120;

/** @param {string | undefined} value @param {boolean} production */
function officeJsMode(value, production) {
  const mode = value ?? (production ? "cdn" : "local");
  if (mode !== "local" && mode !== "cdn") throw new Error(`--env officeJs must be "local" or "cdn", not "${mode}"`);
  return mode;
}

/**
 * HTTPS for the dev server. office-addin-dev-certs generates a localhost certificate signed by its
 * own CA and installs the CA; on Linux the install step fails (it needs sudo) after the files are
 * written, so fall back to those files, and as a last resort to webpack-dev-server's self-signed one.
 * @returns {Promise<import("webpack-dev-server").ServerConfiguration>}
 */
async function httpsServer() {
  try {
    const { getHttpsServerOptions } = require("office-addin-dev-certs");
    const options = await getHttpsServerOptions();
    console.log("[dev-server] certificate: office-addin-dev-certs (CA installed and trusted)");
    return { type: "https", options };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
    const paths = Object.values(files).map((name) => path.join(dir, name));
    if (paths.every((file) => fs.existsSync(file))) {
      const [cert, key, ca] = paths.map((file) => fs.readFileSync(file));
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      console.log(`[dev-server] certificate: ${dir}/localhost.crt (CA not installed in the system store: ${reason})`);
      return { type: "https", options: { cert, key, ca } };
    }
    console.log("[dev-server] certificate: webpack-dev-server self-signed (no office-addin-dev-certs files)");
    return { type: "https" };
  }
}

/**
 * The deployment's settings from --env. A wrong one is the user's to correct, not a fault in the
 * build: thrown as a plain string, which webpack-cli prints as it is, one line, without a stack.
 * @param {Record<string, unknown>} env
 */
function readDeploySettings(env) {
  try {
    return deploySettings(env, require("./package.json").version);
  } catch (error) {
    if (error instanceof DeployConfigError) throw `build stopped: ${error.message}`;
    throw error;
  }
}

/**
 * @param {Record<string, string | boolean | undefined>} env
 * @param {{ mode?: "development" | "production" | "none" }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJs = officeJsMode(typeof env.officeJs === "string" ? env.officeJs : undefined, production);
  const officeJsUrl = officeJs === "local" ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
  const serving = Boolean(env.WEBPACK_SERVE);
  // Read first, so a wrong --env stops the build before anything is compiled.
  const deploy = !serving && (production || env.publicUrl !== undefined) ? readDeploySettings(env) : undefined;
  if (deploy?.local) {
    console.log(`[manifest] no --env publicUrl: manifest.xml is for ${deploy.publicUrl} (a local trial); give --env publicUrl=https://host/path/ to deploy`);
  }

  /** @type {ConstructorParameters<typeof CopyWebpackPlugin>[0]["patterns"]} */
  const copies = [{ from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true }];
  if (officeJs === "local") {
    // Shipped minified already (and 80+ MB): keep Terser off it.
    copies.push({
      from: path.dirname(require.resolve("@microsoft/office-js/dist/office.js")),
      to: "office-js",
      info: { minimized: true },
    });
  }

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // tsc --noEmit type-checks; here only transpile. ES modules (not the CommonJS the
            // Node side uses) so webpack can tree-shake Fluent UI and split `import()` into chunks.
            transpileOnly: true,
            compilerOptions: { module: "esnext", noEmit: false, sourceMap: true },
          },
        },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
        { test: /\.woff2?$/, type: "asset/resource", generator: { filename: "fonts/[name].[contenthash:8][ext]" } },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // ExcelJS is loaded only when a report is built: keep it out of the initial bundle.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            enforce: true,
            priority: 20,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./templates/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./templates/commands.html",
        chunks: ["commands"],
        officeJsUrl,
      }),
      // The manifest's SupportUrl: who to ask, in both languages; no script.
      new HtmlWebpackPlugin({
        filename: "support.html",
        template: "./templates/support.html",
        chunks: [],
        version: deploy?.version ?? require("./package.json").version,
      }),
      new CopyWebpackPlugin({ patterns: copies }),
      // ExcelJS's browser build is minified already.
      new SkipMinifiedPlugin(["exceljs"]),
      ...(deploy ? [new DeployManifestPlugin({ source: path.join(__dirname, "manifest.xml"), settings: deploy })] : []),
      ...(production
        ? [new BundleBudgetPlugin({ entry: "taskpane", budgetKiB: MAIN_BUDGET_KIB, chunks: ["exceljs"], workers: ["consolidate-worker"] })]
        : []),
    ],
    // Raw-size hints for what the pane loads at start (the lazy ExcelJS chunk is big and expected to
    // be); the gzip budget that fails the build is BundleBudgetPlugin's.
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 400_000,
      maxAssetSize: 400_000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("exceljs.") && !file.startsWith("office-js/"),
    },
    devServer: serving
      ? {
          port: DEV_SERVER_PORT,
          server: await httpsServer(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
