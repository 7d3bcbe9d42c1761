/**
 * The consolidation worker, bundled by webpack 5 from this exact expression: `new Worker(new URL(…,
 * import.meta.url))` makes the worker a chunk of its own. `import.meta` is why tsconfig.json sets
 * `module: "preserve"`; and why only the pane (bundled as ES modules) imports this file, never a
 * test run as CommonJS: tests hand runBuild a Worker factory of their own, or none.
 */
export function startConsolidateWorker(): Worker {
  return new Worker(/* webpackChunkName: "consolidate-worker" */ new URL("./consolidateWorker.ts", import.meta.url));
}
