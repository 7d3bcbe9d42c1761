// Experiment (bench only, changes nothing in src/): preload that makes every saxes "text" event
// hand out a copied string instead of a slice of the parsed part. V8 keeps a whole decoded part
// alive for any slice (≥ 13 characters) of it that survives, so this shows how much of the heap
// kept after reading is whole shared-strings / sheet XML held by a few cell values:
//   node --expose-gc -r ./bench/micro/copyText.js -r tsx/cjs bench/phases.ts DIR --quarter 2026-Q3 --out /tmp/r.xlsx
"use strict";
const { SaxesParser } = require("saxes");
const on = SaxesParser.prototype.on;
SaxesParser.prototype.on = function (name, handler) {
  if (name !== "text") return on.call(this, name, handler);
  return on.call(this, name, (t) => handler(t.length > 12 ? Buffer.from(t, "utf8").toString("utf8") : t));
};
