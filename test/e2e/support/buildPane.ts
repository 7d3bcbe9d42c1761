import { createRequire } from "node:module";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

type ConfigFactory = (
  env: Record<string, string | boolean>,
  argv: { mode: "development" | "production" },
) => Promise<Configuration>;

export const ROOT = path.resolve(__dirname, "../../..");

/**
 * Builds the pane with the project's own webpack.config.js (local office.js) into outDir: a
 * development build unless asked for the production one (what `npm run build` ships).
 */
export async function buildPane(outDir: string, mode: "development" | "production" = "development"): Promise<void> {
  const makeConfig = createRequire(__filename)(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
  const config = await makeConfig({ officeJs: "local" }, { mode });
  const compiler = webpack({
    ...config,
    output: { ...config.output, path: outDir },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
  if (!stats) throw new Error("webpack returned no stats");
  if (stats.hasErrors()) throw new Error(`webpack build failed:\n${stats.toString({ all: false, errors: true })}`);
}
