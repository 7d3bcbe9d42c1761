import path from "node:path";
import webpack from "webpack";
import { ROOT } from "./buildPane";

/** Builds test/e2e/support/fakeEntry.ts (the Excel fake as Office.js globals) into one script. */
export async function buildFake(outDir: string): Promise<string> {
  const filename = "excel-fake.js";
  const compiler = webpack({
    mode: "development",
    context: ROOT,
    target: "web",
    devtool: false,
    entry: path.join(ROOT, "test/e2e/support/fakeEntry.ts"),
    output: { path: outDir, filename, iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } },
        },
      ],
    },
    plugins: [new webpack.ProvidePlugin({ Buffer: [path.join(ROOT, "test/e2e/support/bufferShim.ts"), "Buffer"] })],
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
  if (!stats) throw new Error("webpack returned no stats");
  if (stats.hasErrors()) throw new Error(`Excel fake build failed:\n${stats.toString({ all: false, errors: true })}`);
  return path.join(outDir, filename);
}
